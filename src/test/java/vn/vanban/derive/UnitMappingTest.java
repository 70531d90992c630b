package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.YamlTree;

/** Units of the higher plan and their counterparts: every one maps or is listed for the clerk. */
class UnitMappingTest {


    static Stream<Path> profiles() {
        return Stream.of(Derived.CAM_NGOC, Derived.TUE_TINH);
    }

    /** Every unit the Hải Dương plan names: each phan_cong entry's don_vi, each chu_tri and phoi_hop. */
    private static List<String> parentUnits() throws Exception {
        List<String> names = new ArrayList<>();
        collect(YamlTree.read(Derived.parent()).root(), names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("phan_cong")) {
                    field.getValue().forEach(entry -> names.add(PlainText.normalize(entry.get("don_vi").asText())));
                } else if (field.getKey().equals("chu_tri") || field.getKey().equals("phoi_hop")) {
                    if (field.getValue().isArray()) {
                        field.getValue().forEach(n -> names.add(PlainText.normalize(n.asText())));
                    } else {
                        names.add(PlainText.normalize(field.getValue().asText()));
                    }
                }
                collect(field.getValue(), names);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, names));
        }
    }

    private static DeriveReport.UnitChange change(DeriveReport report, String parentName) {
        return report.units().stream().filter(u -> u.parentName().equals(parentName)).findFirst()
                .orElseThrow(() -> new AssertionError(parentName + " is not in the report: " + report.units()));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyUnitOfTheHaiDuongExampleMapsOrIsListed(Path profile) throws Exception {
        DeriveReport report = Derived.fromHaiDuong(profile).report();
        String printed = DeriveReportFormat.format(report);
        List<String> units = parentUnits();
        assertEquals(13, units.size(), units.toString());
        assertEquals(units.size(), report.units().size());
        int listed = 0;
        for (String unit : units) {
            DeriveReport.UnitChange change = change(report, unit);
            if (change.childName() == null) {
                listed++;
                assertEquals(DeriveReport.Outcome.DROPPED, change.outcome(), unit);
                String section = printed.substring(printed.indexOf("Không có đơn vị tương ứng, mục phân công đã bỏ"));
                assertTrue(section.contains(change.line() + ": " + unit + "\n"), section);
            } else {
                assertFalse(change.childName().contains("tỉnh"), change.toString());
            }
        }
        // A commune has no procuracy and no court: that entry is listed, not silently gone.
        assertEquals(1, listed);
        assertNull(change(report, "Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh").childName());
    }

    @Test
    void theTwoTierTableGivesTheIssuesCounterparts() {
        DeriveReport report = Derived.fromHaiDuong(Derived.profile(Derived.TWO_TIER_COMMUNE)).report();
        assertEquals("Công an xã", change(report, "Công an tỉnh").childName());
        assertEquals("Trạm Y tế xã", change(report, "Sở Y tế").childName());
        assertEquals("Phòng Văn hóa - Xã hội", change(report, "Sở Văn hóa, Thể thao và Du lịch").childName());
        assertEquals("Phòng Văn hóa - Xã hội", change(report, "Sở Lao động - Thương binh và Xã hội").childName());
        assertEquals("Phòng Kinh tế", change(report, "Sở Tài chính").childName());
        assertEquals("Văn phòng HĐND và UBND xã", change(report, "Sở Tư pháp").childName());
        DeriveReport.UnitChange front = report.units().stream()
                .filter(u -> u.parentName().startsWith("Mặt trận Tổ quốc Việt Nam tỉnh")).findFirst().orElseThrow();
        assertTrue(front.childName().startsWith("Ủy ban MTTQ Việt Nam xã, Hội Liên hiệp Phụ nữ xã"), front.childName());
        assertEquals("bảng", change(report, "Công an tỉnh").how());
        assertEquals("Các thôn", change(report, "Ủy ban nhân dân các huyện, thị xã, thành phố").childName());
    }

    @Test
    void theThreeTierTableNamesTheFormerCommuneUnits() {
        String threeTier = Derived.TWO_TIER_COMMUNE.replace("cap: xa\n", "cap: xa\nchinh_quyen: ba_cap\n");
        DeriveReport report = Derived.fromHaiDuong(Derived.profile(threeTier)).report();
        assertEquals("Trạm Y tế xã", change(report, "Sở Y tế").childName());
        assertEquals("Bộ phận Tư pháp - Hộ tịch", change(report, "Sở Tư pháp").childName());
        assertEquals("Các trường học trên địa bàn xã", change(report, "Sở Giáo dục và Đào tạo").childName());
        assertEquals(GovernmentSystem.BA_CAP, report.system());
    }

    @Test
    void theProfilesOwnMappingComesBeforeTheTable() {
        String overriding = Derived.TWO_TIER_COMMUNE + """
                anh_xa:
                  - {tu: Sở Y tế, sang: Phòng Văn hóa - Xã hội}
                  - {tu: Viện Kiểm sát nhân dân tỉnh, sang: Công an xã}
                  - {tu: Tòa án nhân dân tỉnh, sang: Công an xã}
                  - {tu: Công an tỉnh, sang: null}
                """;
        DerivedPlan derived = Derived.fromHaiDuong(Derived.profile(overriding));
        DeriveReport report = derived.report();
        DeriveReport.UnitChange health = change(report, "Sở Y tế");
        assertEquals("Phòng Văn hóa - Xã hội", health.childName());
        assertEquals("anh_xa của hồ sơ", health.how());
        assertEquals("Công an xã", change(report, "Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh").childName());
        DeriveReport.UnitChange police = change(report, "Công an tỉnh");
        assertNull(police.childName());
        assertEquals(DeriveReport.Outcome.DROPPED, police.outcome());
        assertTrue(DeriveReportFormat.format(report).contains(police.line() + ": Công an tỉnh\n"));
        // Without the override the table's names stand.
        DeriveReport plain = Derived.fromHaiDuong(Derived.profile(Derived.TWO_TIER_COMMUNE)).report();
        assertEquals("Trạm Y tế xã", change(plain, "Sở Y tế").childName());
        Derived.plan(derived.text());
    }

    @Test
    void theProfilesUnitTakesTheRowsWork() {
        DeriveReport report = Derived.fromHaiDuong(Derived.TUE_TINH).report();
        DeriveReport.UnitChange justice = change(report, "Sở Tư pháp");
        assertEquals("Văn phòng HĐND và UBND xã", justice.childName());
        assertEquals("hồ sơ", justice.how());
    }
}
