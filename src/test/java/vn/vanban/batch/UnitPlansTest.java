package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.model.Authority;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.Signer;

/** Each unit's plan: the shared plan with the unit's body, place, signer, number and variables. */
class UnitPlansTest {

    private final Plan base = Examples.plan(Examples.CAM_NGOC);

    private static BatchUnit unit(Map<String, String> values) {
        return new BatchUnit("24412", "xã", "M'Drắk", "M'Drắk", "xã M'Drắk", values, "don-vi.csv", 3);
    }

    @Test
    void theIssuingBodyAndItsVariablesBecomeTheUnits() throws Exception {
        Plan plan = new UnitPlans(base, "plan.yaml").planFor(unit(Map.of()));
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ M'DRẮK"), plan.issuer().nameLines());
        assertEquals("M'Drắk", plan.issuer().placeName());
        Map<String, String> values = PlanVariables.of(plan).values();
        assertEquals("xã M'Drắk", values.get(PlanVariables.TERRITORY), "the list's spelling, not a re-capitalised header");
        assertEquals("Ủy ban nhân dân xã M'Drắk", values.get(PlanVariables.BODY));
        assertEquals("M'Drắk", values.get(PlanVariables.PLACE));
        Signer signer = base.signer();
        assertEquals(new Signer(signer.authority(), signer.onBehalfOf(), signer.principalTitle(), signer.title(), ""),
                plan.signer(), "without a units file the plan's signer block stays, its name is left blank");
        assertNull(plan.number());
        assertNull(plan.date());
        assertEquals(base.parts(), plan.parts(), "the text is shared, not copied per unit");
    }

    @Test
    void theUnitsFileSetsSignerNumberAndVariables() throws Exception {
        Plan withVariable = base.withVariables(Map.of("truong_tram", "Trưởng Trạm"));
        Plan plan = new UnitPlans(withVariable, "plan.yaml").planFor(unit(Map.of(
                "ho_ten", "Y Bhăm Êban", "so", "9", "chuc_vu", "Chủ tịch", "quyen_han", "không", "bien.truong_tram", "Y sĩ")));
        assertEquals(new Signer(null, null, "Chủ tịch", "Chủ tịch", "Y Bhăm Êban"), plan.signer(), "the head signs in their own name");
        assertEquals(9, plan.number());
        assertEquals("Y sĩ", plan.variables().get("truong_tram"));
        assertTrue(new UnitPlans(withVariable, "plan.yaml").planFor(unit(Map.of())).variables().containsValue("Trưởng Trạm"));
        Plan deputy = new UnitPlans(withVariable, "plan.yaml").planFor(unit(Map.of("quyen_han", "kt", "chuc_vu", "Phó Chủ tịch")));
        assertEquals(new Signer(Authority.KT, null, "Chủ tịch", "Phó Chủ tịch", ""), deputy.signer());
    }

    /** A number and a date belong to one document: the plan's never become a unit's; a letter sent to each unit keeps its own. */
    @Test
    void theNumberAndDateComeFromTheUnitsFileAloneUnlessTheLetterIsSentToEachUnit() throws Exception {
        Plan numbered = base.withNumber(3).withDate(java.time.LocalDate.of(2023, 3, 10));
        UnitPlans plans = new UnitPlans(numbered, "plan.yaml");
        Plan draft = plans.planFor(unit(Map.of()));
        assertNull(draft.number());
        assertNull(draft.date());
        Plan own = plans.planFor(unit(Map.of("so", "12", "ngay", "2023-04-01")));
        assertEquals(12, own.number());
        assertEquals(java.time.LocalDate.of(2023, 4, 1), own.date());
        assertEquals(java.time.LocalDate.of(2023, 4, 5), plans.planFor(unit(Map.of("ngay", "5/4/2023"))).date());
        for (String date : List.of("01.04.2023", "1/4/23", "mai")) {
            assertEquals("ngày '" + date + "' không hợp lệ (cột ngay): cần dạng 2026-01-09 hoặc 09/01/2026",
                    assertThrows(UnitFailure.class, () -> plans.planFor(unit(Map.of("ngay", date)))).reason());
        }
        // A date of the right form that is not on the calendar is told as such, in either form.
        Map<String, String> impossible = Map.of(
                "2023-02-30", "tháng 2 năm 2023 không có ngày 30",
                "31/04/2024", "tháng 4 năm 2024 không có ngày 31",
                "29/02/2023", "tháng 2 năm 2023 không có ngày 29",
                "12/13/2023", "không có tháng 13, tháng viết từ 01 đến 12");
        impossible.forEach((date, why) -> assertEquals("ngày '" + date + "' không có trên lịch (cột ngay): " + why,
                assertThrows(UnitFailure.class, () -> plans.planFor(unit(Map.of("ngay", date)))).reason()));
        assertEquals(java.time.LocalDate.of(2024, 2, 29), plans.planFor(unit(Map.of("ngay", "29/02/2024"))).date());
        assertEquals(List.of(
                "số và ngày của văn bản này không chép sang văn bản của đơn vị (mỗi văn bản một số, một ngày); 1/2 đơn vị"
                        + " thiếu cột so hoặc ngay trong tệp đơn vị nên để trống số hoặc ngày như bản dự thảo",
                "họ tên người ký 'Phạm Văn Hành' là của văn bản này, không chép sang văn bản của đơn vị; 2/2 đơn vị không"
                        + " có cột ho_ten nên để trống họ tên dưới chức vụ cho đơn vị ghi"),
                plans.warnings(List.of(unit(Map.of()), unit(Map.of("so", "1", "ngay", "2023-04-01")))));
        assertEquals(List.of(), new UnitPlans(base.withSigner(new Signer(Authority.TM, "Ủy ban nhân dân", null, "Chủ tịch", "")),
                "plan.yaml").warnings(List.of(unit(Map.of()))), "a draft without a name carries nothing over");

        Plan letter = Examples.plan(Examples.LETTER).withNumber(12).withDate(java.time.LocalDate.of(2023, 3, 10));
        UnitPlans sent = new UnitPlans(letter, "cong-van.yaml");
        Plan copy = sent.planFor(unit(Map.of()));
        assertEquals(12, copy.number(), "one letter sent to each unit keeps its number");
        assertEquals(letter.date(), copy.date());
        assertEquals(letter.signer(), copy.signer());
        assertEquals(List.of(), sent.warnings(List.of(unit(Map.of()))));
    }

    /** As the loader warns for a plan: a unit's date in neither the plan's year nor the one before is likely a slip. */
    @Test
    void unitsDatedOutsideThePlansYearAreWarnedOnceForTheBatch() throws Exception {
        UnitPlans plans = new UnitPlans(base, "plan.yaml");
        int year = base.year();
        List<BatchUnit> units = List.of(unit(Map.of("ngay", year + "-04-01")), unit(Map.of("ngay", "15/12/" + (year - 1))),
                unit(Map.of("ngay", "05/01/" + (year + 9))), unit(Map.of("ngay", (year - 2) + "-01-01")), unit(Map.of("ngay", "mai")));
        assertEquals("2/5 đơn vị có ngày ban hành (cột ngay) không khớp kế hoạch năm " + year + ", ví dụ don-vi.csv:3: 24412 xã"
                + " M'Drắk: 05/01/" + (year + 9), plans.warnings(units).get(0));
        assertTrue(plans.warnings(units.subList(0, 2)).stream().noneMatch(w -> w.contains("không khớp")),
                "the plan's year and the one before fit");
    }

    @Test
    void aNumberCellWithLeadingZerosIsTheDecimalNumber() throws Exception {
        // As the plan's own so: 08 is read since YAML 1.2 typing; the units file always read it so.
        UnitPlans plans = new UnitPlans(base, "plan.yaml");
        for (int n = 1; n <= 9; n++) {
            assertEquals(n, plans.planFor(unit(Map.of("so", "0" + n))).number());
        }
        assertEquals(10, plans.planFor(unit(Map.of("so", "010"))).number());
    }

    @Test
    void aUnitsValueThatCannotBeUsedFailsThatUnitOnly() throws Exception {
        UnitPlans plans = new UnitPlans(base, "plan.yaml");
        assertEquals("", plans.planFor(unit(Map.of("ho_ten", ""))).signer().name(), "an empty cell is a name left blank");
        for (String number : List.of("0", "12a", "-3", "1234567", "1.5")) {
            assertEquals("số '" + number + "' không hợp lệ (cột so): cần một số nguyên dương, ví dụ 15",
                    assertThrows(UnitFailure.class, () -> plans.planFor(unit(Map.of("so", number)))).reason());
        }
        assertTrue(assertThrows(UnitFailure.class, () -> plans.planFor(unit(Map.of("quyen_han", "PCT")))).reason()
                .startsWith("quyền hạn 'PCT' không hợp lệ"));
        assertEquals("quyền hạn TM cần 'thay_mat' trong nguoi_ky của kế hoạch",
                assertThrows(UnitFailure.class, () -> plans.planFor(unit(Map.of("quyen_han", "TM")))).reason());
        Plan noTitle = base.withSigner(new Signer(Authority.Q, null, "Chủ tịch", null, "An"));
        assertEquals("thiếu chức vụ người ký (cột chuc_vu hoặc nguoi_ky.chuc_vu của kế hoạch)", assertThrows(UnitFailure.class,
                () -> new UnitPlans(noTitle, "plan.yaml").planFor(unit(Map.of("quyen_han", "KT")))).reason());
    }
}
