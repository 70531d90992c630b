package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.problem.Problem;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/** A plan made into every unit's that types its own place: each place at its line and column. */
class TypedPlacesTest {

    private static final String PLAN = String.join("\n",
            "loai: KH",
            "co_quan:",
            "  ten: [ỦY BAN NHÂN DÂN, PHƯỜNG 2 BẢO LỘC]",
            "  viet_tat: UBND",
            "  dia_danh: Phường 2 Bảo Lộc",
            "so: 3",
            "ngay: 2026-01-09",
            "nam: 2026",
            "trich_yeu: Phòng, chống sốt xuất huyết trên địa bàn ${dia_ban} năm ${nam}",
            "can_cu:",
            "  - Kế hoạch số 12/KH-UBND của Ủy ban nhân dân Phường 2 Bảo Lộc",
            "mo_dau: >-",
            "  Để chủ động phòng, chống dịch, Ủy ban nhân dân Phường 2 Bảo Lộc ban hành Kế hoạch:",
            "noi_dung:",
            "  - tieu_de: Nhiệm vụ",
            "    muc:",
            "      - tieu_de: Tuyên truyền",
            "        y:",
            "          - van_ban: 'Phát tờ rơi tại:'",
            "            y: [Chợ Bảo Lộc, Các trường học]",
            "      - tieu_de: Giám sát",
            "        doan: Trạm Y tế phường giám sát ca bệnh; các xã, phường lân cận phối hợp.",
            "nguoi_ky:",
            "  quyen_han: TM",
            "  thay_mat: Ủy ban nhân dân",
            "  chuc_vu: Chủ tịch",
            "  ho_ten: Trần Văn Bình",
            "noi_nhan:",
            "  - TT Đảng ủy, HĐND phường (để b/c)",
            "luu: [VT]",
            "");

    private static List<String> warnings(String text, List<BatchUnit> units) throws Exception {
        YamlTree tree = YamlTree.parse("ke-hoach.yaml", text);
        return TypedPlaces.find(tree, PlanLoader.load(tree).plan(), units, false).stream().map(Problem::format).toList();
    }

    @Test
    void eachPlaceTheTextTypesIsWarnedAtItsLineAndColumn() throws Exception {
        List<BatchUnit> lamDong = BatchUnits.ofProvince(UnitList.current(), "Lâm Đồng");
        List<String> warnings = warnings(PLAN, lamDong);
        String vars = "Nếu đó là đơn vị ban hành, dùng ${dia_danh}, ${dia_ban} hoặc ${co_quan}; nếu là nơi riêng của từng"
                + " đơn vị, dùng một biến trong 'bien' với cột bien.<tên biến> của tệp đơn vị";
        String others = "văn bản của các đơn vị loại xã, đặc khu cũng sẽ ghi 'phường'. Dùng ${dia_ban} (ví dụ 'Trạm Y tế"
                + " ${dia_ban}') hoặc một biến trong 'bien'";
        assertEquals(List.of(
                "ke-hoach.yaml:12:9: cảnh báo: 'Để chủ động phòng, chống dịch, Ủy ban nhân dân Phường 2 Bảo Lộc ban hành Kế hoạch:'"
                        + " ghi thẳng 'Phường 2 Bảo Lộc', tên của đơn vị ban hành kế hoạch này; văn bản của mọi đơn vị sẽ"
                        + " giữ nguyên chữ này. " + vars,
                "ke-hoach.yaml:20:17: cảnh báo: 'Chợ Bảo Lộc' ghi thẳng 'Bảo Lộc', tên của đơn vị ban hành kế hoạch này;"
                        + " văn bản của mọi đơn vị sẽ giữ nguyên chữ này. " + vars,
                "ke-hoach.yaml:22:15: cảnh báo: 'Trạm Y tế phường giám sát ca bệnh; các xã, phường lân cận phối hợp.'"
                        + " ghi thẳng 'phường', loại đơn vị ban hành kế hoạch này; " + others,
                "ke-hoach.yaml:29:5: cảnh báo: 'TT Đảng ủy, HĐND phường (để b/c)' ghi thẳng 'phường', loại đơn vị ban"
                        + " hành kế hoạch này; " + others),
                warnings, "the legal basis names the body on purpose; 'các xã, phường' speaks of units in general");
    }

    @Test
    void theUnitWordIsRightWhenEveryUnitSharesItAndTheExampleTypesNoPlace() throws Exception {
        List<BatchUnit> wards = BatchUnits.ofProvince(UnitList.current(), "Lâm Đồng").stream()
                .filter(u -> u.type().equals("phường")).toList();
        assertEquals(2, warnings(PLAN, wards).size(), "only the two names remain");
        String example = java.nio.file.Files.readString(Examples.yaml(Examples.CAM_NGOC));
        List<BatchUnit> communes = BatchUnits.ofProvince(UnitList.of("2024"), "Thanh Hóa").stream()
                .filter(u -> u.type().equals("xã")).toList();
        assertEquals(List.of(), warnings(example, communes), "the example writes ${dia_ban}; 'xã hội' is no unit");
        List<String> withTown = warnings(example, BatchUnits.ofProvince(UnitList.of("2024"), "Thanh Hóa"));
        assertEquals("ke-hoach.yaml:132:17: cảnh báo: 'Công an xã' ghi thẳng 'xã', loại đơn vị ban hành kế hoạch này;"
                + " văn bản của các đơn vị loại phường, thị trấn cũng sẽ ghi 'xã'. Dùng ${dia_ban} (ví dụ 'Trạm Y tế"
                + " ${dia_ban}') hoặc một biến trong 'bien'", withTown.stream().filter(w -> w.contains(":132:")).findFirst()
                .orElseThrow());
        assertEquals(1, withTown.stream().filter(w -> w.contains(":39:15:") && w.contains("(2 lần)")).count(),
                "one warning a paragraph, with the count: " + withTown);
    }

    @Test
    void theNamePartsAreRunsOfTwoWordsOrMoreAndNeverANumberAlone() {
        assertEquals(List.of("Phường 2 Bảo Lộc", "Bảo Lộc"), TypedPlaces.nameParts("Phường 2 Bảo Lộc"));
        assertEquals(List.of("Xuân Trường - Đà Lạt", "Xuân Trường", "Đà Lạt"), TypedPlaces.nameParts("Xuân Trường - Đà Lạt"));
        assertEquals(List.of("Cẩm Ngọc"), TypedPlaces.nameParts("Cẩm Ngọc"));
    }
}
