package vn.vanban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanVariablesTest {

    private static Plan plan(Map<String, String> own) {
        Issuer issuer = new Issuer(List.of(), List.of("ỦY BAN NHÂN DÂN", "XÃ CẨM NGỌC"), "UBND", "Cẩm Ngọc", null, null);
        Signer signer = new Signer(Authority.KT, null, "Chủ tịch", "Phó Chủ tịch", "Phạm Văn Hành");
        return Plan.withParts(DocumentKind.KE_HOACH, issuer, null, null, 2023, "Năm ${nam}", List.of(), List.of(),
                List.of(), List.of(), signer, List.of(), List.of("VT"), own, Presentation.DEFAULT);
    }

    @Test
    void builtInVariablesComeFromThePlan() {
        PlanVariables variables = PlanVariables.of(plan(Map.of()));
        assertEquals("năm 2023, so với năm 2022, đến năm 2024",
                variables.expand("năm ${nam}, so với năm ${nam_truoc}, đến năm ${nam_sau}"));
        assertEquals("Ủy ban nhân dân xã Cẩm Ngọc (UBND), xã Cẩm Ngọc, Cẩm Ngọc",
                variables.expand("${co_quan} (${viet_tat}), ${dia_ban}, ${dia_danh}"));
    }

    @Test
    void thePlansOwnVariablesAreExpandedToo() {
        assertEquals("Trưởng thôn Đông", PlanVariables.of(plan(Map.of("thon", "Đông"))).expand("Trưởng thôn ${thon}"));
    }

    @Test
    void onlyAVariableNameIsAReferenceEverythingElseStaysAsTyped() {
        PlanVariables variables = PlanVariables.of(plan(Map.of()));
        String code = "${\"freemarker.template.utility.Execute\"?new()(\"id\")}";
        assertEquals(code, variables.expand(code));
        assertEquals("${khong_co}", variables.expand("${khong_co}"));
        assertEquals("${ nam }", variables.expand("${ nam }"));
        assertEquals("giá $5 {x}", variables.expand("giá $5 {x}"));
    }

    @Test
    void aDoubledDollarWritesTheReferenceLiterally() {
        assertEquals("viết ${nam} để lấy năm 2023", PlanVariables.of(plan(Map.of())).expand("viết $${nam} để lấy năm ${nam}"));
        assertEquals(Set.of("nam"), PlanVariables.references("viết $${nam_sau} để lấy năm ${nam}"));
    }
}
