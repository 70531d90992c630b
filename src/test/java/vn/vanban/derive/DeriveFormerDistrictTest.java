package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.check.Finding;
import vn.vanban.docx.TestDocx;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.YamlTree;

/** The three tiers before 1 July 2025: a district plan from the province's, a commune plan from the district's. */
class DeriveFormerDistrictTest {

    private static final String DISTRICT = """
            co_quan:
              ten: [ỦY BAN NHÂN DÂN, HUYỆN CẨM GIÀNG]
              viet_tat: UBND
              dia_danh: Cẩm Giàng
            cap: huyen
            chinh_quyen: ba_cap
            nguoi_ky:
              quyen_han: KT
              chuc_vu_truong: Chủ tịch
              chuc_vu: Phó Chủ tịch
              ho_ten: Nguyễn Văn B
            noi_nhan: [UBND tỉnh (b/c), Các phòng, ban, đơn vị tại mục V]
            luu: [VT, LĐTBXH]
            """;

    private static final String COMMUNE = """
            co_quan:
              ten: [ỦY BAN NHÂN DÂN, XÃ CẨM VŨ]
              viet_tat: UBND
              dia_danh: Cẩm Vũ
            cap: xa
            chinh_quyen: ba_cap
            nguoi_ky:
              quyen_han: TM
              thay_mat: Ủy ban nhân dân
              chuc_vu: Chủ tịch
              ho_ten: Nguyễn Văn C
            noi_nhan: [UBND huyện (b/c)]
            luu: [VT, VHXH]
            """;

    private static DeriveReport.UnitChange change(DeriveReport report, String parentName) {
        return report.units().stream().filter(u -> u.parentName().equals(parentName)).findFirst()
                .orElseThrow(() -> new AssertionError(parentName + " is not in the report: " + report.units()));
    }

    private static List<String> findings(Plan plan) throws Exception {
        return TestDocx.check(Examples.renderer().render(plan).docx()).stream().map(Finding::message).toList();
    }

    /** The district's plan as issued: the clerk gave it a number and a date. */
    private static YamlTree issuedDistrictPlan() throws InvalidInputException {
        String text = Derived.fromHaiDuong(Derived.profile(DISTRICT)).text();
        assertTrue(text.contains("\nso: null  # vanban derive"), text);
        assertTrue(text.contains("\nngay: null\n"), text);
        return YamlTree.parse("cam-giang.yaml", text.replaceFirst("\nso: null[^\n]*\n", "\nso: 12\n")
                .replace("\nngay: null\n", "\nngay: 2023-03-01\n"));
    }

    @Test
    void aDistrictPlanFromTheProvincesRendersAndPassesCheck() throws Exception {
        DerivedPlan derived = Derived.fromHaiDuong(Derived.profile(DISTRICT));
        Plan plan = Derived.plan(derived.text());
        assertEquals(List.of(), findings(plan));
        DeriveReport report = derived.report();
        assertEquals(Level.HUYEN, report.to());
        assertEquals("Công an huyện", change(report, "Công an tỉnh").childName());
        assertEquals("Trung tâm Y tế huyện", change(report, "Sở Y tế").childName());
        assertEquals("Phòng Lao động - Thương binh và Xã hội", change(report, "Sở Lao động - Thương binh và Xã hội").childName());
        assertEquals("Ủy ban nhân dân các xã, thị trấn", change(report, "Ủy ban nhân dân các huyện, thị xã, thành phố").childName());
        // A district has a procuracy and a court: nothing is left out.
        assertEquals("Viện Kiểm sát nhân dân huyện và Tòa án nhân dân huyện",
                change(report, "Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh").childName());
        assertTrue(report.units().stream().noneMatch(u -> u.outcome() == DeriveReport.Outcome.DROPPED), report.units().toString());
        for (DeriveReport.UnitChange unit : report.units()) {
            assertFalse(unit.childName().contains("..."), unit.toString());
        }
        assertTrue(derived.text().contains("Các phòng, ban, đơn vị khác thuộc Ủy ban nhân dân huyện"), derived.text());
    }

    @Test
    void aCommunePlanFromTheDistrictsCitesTheDistrict() throws Exception {
        DerivedPlan derived = Derivation.derive(issuedDistrictPlan(), Derived.profile(COMMUNE),
                new Derivation.Options("cam-giang.yaml", "cam-vu.yaml", null));
        assertEquals("Thực hiện Kế hoạch số 12/KH-UBND ngày 01/3/2023 của Ủy ban nhân dân huyện Cẩm Giàng"
                + " về phòng, chống mại dâm năm 2023", derived.report().citation());
        assertEquals(Level.HUYEN, derived.report().from());
        Plan plan = Derived.plan(derived.text());
        assertEquals(List.of(), findings(plan));
        assertEquals("Công an xã", change(derived.report(), "Công an huyện").childName());
        assertEquals("Trạm Y tế xã", change(derived.report(), "Trung tâm Y tế huyện").childName());
        assertEquals("các thôn", change(derived.report(), "Ủy ban nhân dân các xã, thị trấn").childName().toLowerCase());
    }

    @Test
    void aTwoTierProfileCannotTakeADistrictPlan() throws Exception {
        YamlTree district = issuedDistrictPlan();
        String twoTier = COMMUNE.replace("chinh_quyen: ba_cap\n", "");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Derivation.derive(district,
                Derived.profile(twoTier), new Derivation.Options("cam-giang.yaml", "co-quan.yaml", null)));
        assertEquals(List.of("co-quan.yaml: kế hoạch gốc của huyện Cẩm Giàng (cấp huyện) nhưng hồ sơ theo chính quyền hai cấp"
                + " (từ 1/7/2025), không có cấp huyện; hồ sơ cần 'chinh_quyen: ba_cap'"),
                e.problems().stream().map(Problem::format).toList());
    }
}
