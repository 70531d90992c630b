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
        assertEquals(base.signer(), plan.signer(), "without a units file the plan's signer signs");
        assertNull(plan.number());
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
        assertEquals(new Signer(Authority.KT, null, "Chủ tịch", "Phó Chủ tịch", base.signer().name()), deputy.signer());
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
        assertEquals("thiếu họ tên người ký (cột ho_ten)",
                assertThrows(UnitFailure.class, () -> plans.planFor(unit(Map.of("ho_ten", "")))).reason());
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

    @Test
    void aPlanThatTypesItsOwnPlaceIsToldSo() throws Exception {
        assertTrue(new UnitPlans(base, "plan.yaml").placeNamedOutright().isEmpty(), "the example uses ${dia_ban}");
        Plan typed = Plan.withParts(base.kind(), base.issuer(), base.number(), base.date(), base.year(),
                "Phòng, chống mại dâm trên địa bàn xã Cẩm Ngọc", base.legalBases(), base.introduction(), base.parts(),
                base.closing(), base.signer(), base.recipients(), base.archive(), base.variables(), base.presentation());
        String warning = new UnitPlans(typed, "plan.yaml").placeNamedOutright().orElseThrow();
        assertTrue(warning.startsWith("nội dung kế hoạch ghi thẳng 'Cẩm Ngọc' (1 đoạn)"), warning);
    }
}
