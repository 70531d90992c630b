package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

class ProfileLoaderTest {


    private static List<String> errors(String yaml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProfileLoader.load("co-quan.yaml", yaml));
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void bothExampleProfilesLoad() throws Exception {
        Profile camNgoc = ProfileLoader.load(Derived.CAM_NGOC).profile();
        assertEquals(Level.XA, camNgoc.level());
        assertEquals(GovernmentSystem.BA_CAP, camNgoc.system());
        assertEquals("xã Cẩm Ngọc", camNgoc.territory());
        Profile tueTinh = ProfileLoader.load(Derived.TUE_TINH).profile();
        assertEquals(GovernmentSystem.HAI_CAP, tueTinh.system());
        assertEquals("Văn phòng HĐND và UBND xã", tueTinh.unitFor("tu_phap").orElseThrow().name());
    }

    @Test
    void aMinimalProfileTakesItsDefaults() throws Exception {
        Profile profile = ProfileLoader.load("co-quan.yaml", Derived.TWO_TIER_COMMUNE).profile();
        assertEquals(GovernmentSystem.HAI_CAP, profile.system());
        assertEquals("UBND xã Tuệ Tĩnh", profile.shortName());
        assertEquals(List.of(), profile.units());
    }

    @Test
    void missingFieldsAreAllNamedAtTheTop() {
        assertEquals(List.of(
                "co-quan.yaml:1:1: thiếu khóa bắt buộc 'cap'",
                "co-quan.yaml:1:1: thiếu khóa bắt buộc 'nguoi_ky'",
                "co-quan.yaml:1:1: thiếu khóa bắt buộc 'luu'"),
                errors("""
                        co_quan:
                          ten: [ỦY BAN NHÂN DÂN, XÃ TUỆ TĨNH]
                          viet_tat: UBND
                          dia_danh: Tuệ Tĩnh
                        noi_nhan: [Như trên]
                        """));
    }

    @Test
    void theTierMustFitTheArea() {
        List<String> errors = errors(Derived.TWO_TIER_COMMUNE.replace("cap: xa", "cap: tinh"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("co-quan.yaml:5:6: cap: 'tinh' (cấp tỉnh) không khớp địa bàn 'xã Tuệ Tĩnh' của co_quan (cấp xã)", errors.get(0));
    }

    @Test
    void theTwoTierSystemHasNoDistricts() {
        String district = Derived.TWO_TIER_COMMUNE.replace("XÃ TUỆ TĨNH", "HUYỆN CẨM GIÀNG")
                .replace("Tuệ Tĩnh", "Cẩm Giàng").replace("cap: xa", "cap: huyen");
        assertEquals(List.of("co-quan.yaml:5:6: cap: chính quyền hai cấp (từ 1/7/2025) không có cấp huyện;"
                + " hồ sơ của một huyện trước 1/7/2025 cần 'chinh_quyen: ba_cap'"), errors(district));
    }

    @Test
    void aCodeBelongsToOneUnit() {
        List<String> errors = errors(Derived.TWO_TIER_COMMUNE + """
                don_vi:
                  - {ten: Trạm Y tế xã, ma: y_te}
                  - {ten: Phòng Văn hóa - Xã hội, ma: [van_hoa, y_te]}
                """);
        assertEquals(List.of("co-quan.yaml:15:49: don_vi[2].ma: mã 'y_te' đã dùng cho đơn vị 'Trạm Y tế xã'; mỗi mã chỉ thuộc một đơn vị"),
                errors);
    }

    @Test
    void anUnknownCodeIsAnError() {
        List<String> errors = errors(Derived.TWO_TIER_COMMUNE + "don_vi:\n  - {ten: Trạm Y tế xã, ma: benh_vien}\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(true, errors.get(0).startsWith("co-quan.yaml:14:"), errors.get(0));
    }
}
