package vn.vanban.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.TextSimilarity;
import vn.vanban.check.Finding;
import vn.vanban.docx.TestDocx;
import vn.vanban.model.Block;
import vn.vanban.model.Item;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.UnitDuty;

/**
 * The end-to-end case: a commune plan derived from the Hải Dương example has the shape of
 * the Cẩm Ngọc seed (examples/cam-ngoc-2023-phong-chong-mai-dam.yaml reproduces it), renders, and
 * passes vanban check.
 */
class DeriveCommunePlanTest {

    private static final String CITATION = "Thực hiện Kế hoạch số 416/KH-UBND ngày 17/02/2023 của Ủy ban nhân dân"
            + " tỉnh Hải Dương về phòng, chống mại dâm năm 2023";
    private static final String TASKS = "Nội dung thực hiện";
    private static final String ORGANISATION = "Tổ chức thực hiện";

    static Stream<Path> profiles() {
        return Stream.of(Derived.CAM_NGOC, Derived.TUE_TINH);
    }

    private static Plan child(Path profile) {
        return Derived.plan(Derived.fromHaiDuong(profile).text());
    }

    private static byte[] render(Plan plan) {
        return Examples.renderer().render(plan).docx();
    }

    private static Part part(Plan plan, String title) {
        return plan.parts().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + title + " in " + plan.parts().stream().map(Part::title).toList()));
    }

    private static List<String> itemTitles(Part part) {
        List<String> titles = new ArrayList<>();
        for (Block block : part.blocks()) {
            if (block instanceof Block.Items items) {
                items.items().stream().map(Item::title).forEach(titles::add);
            }
        }
        return titles;
    }

    private static List<String> dutyUnits(Part part) {
        List<String> units = new ArrayList<>();
        for (Block block : part.blocks()) {
            if (block instanceof Block.Duties duties) {
                duties.duties().stream().map(UnitDuty::unit).forEach(units::add);
            }
        }
        return units;
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theChildLoadsRendersAndPassesCheck(Path profile) throws IOException {
        Plan plan = child(profile);
        List<Finding> findings = TestDocx.check(render(plan));
        assertEquals(List.of(), findings.stream().map(Finding::message).toList());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theChildCitesTheParentInTheStandardForm(Path profile) {
        String text = Examples.text(render(child(profile)));
        // The only basis is the last one, and the decree ends the last with '.'.
        assertTrue(text.contains("\n" + CITATION + ".\n"), text.substring(0, Math.min(1500, text.length())));
        assertEquals(CITATION, Derived.fromHaiDuong(profile).report().citation());
    }

    @Test
    void theCitationIsFollowedBySemicolonWhenTheClerkAddsABasisAfterIt() {
        String yaml = Derived.fromHaiDuong(Derived.CAM_NGOC).text();
        String lastLine = "      trich_yeu: về phòng, chống mại dâm năm 2023\n";
        assertTrue(yaml.contains(lastLine), yaml);
        String edited = yaml.replace(lastLine, lastLine + "  - Căn cứ tình hình thực tế tại địa phương\n");
        String text = Examples.text(render(Derived.plan(edited)));
        assertTrue(text.contains("\n" + CITATION + ";\n"), text.substring(0, 1500));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void theParentsTaskHeadingsAreKeptAndTheSeedsFourAmongThem(Path profile) {
        List<String> parentTasks = itemTitles(part(Examples.plan(Examples.HAI_DUONG), TASKS));
        List<String> childTasks = itemTitles(part(child(profile), TASKS));
        assertEquals(parentTasks, childTasks);
        // The hand-written Cẩm Ngọc plan keeps the first four of the parent's headings, in its own words.
        Plan handWritten = Examples.plan(Examples.CAM_NGOC);
        List<String> seedTasks = itemTitles(handWritten.parts().get(1));
        assertEquals(4, seedTasks.size());
        for (int i = 0; i < 4; i++) {
            double similarity = TextSimilarity.ratio(seedTasks.get(i), childTasks.get(i));
            assertTrue(similarity >= 0.85, i + ": " + similarity + " " + seedTasks.get(i) + " / " + childTasks.get(i));
        }
    }

    @Test
    void tasksGoToTheCommunesUnitsAsInTheHandWrittenPlan() {
        Plan derived = child(Derived.CAM_NGOC);
        List<String> units = dutyUnits(part(derived, ORGANISATION));
        List<String> handWritten = dutyUnits(part(Examples.plan(Examples.CAM_NGOC), ORGANISATION));
        List<String> profileUnits = Derived.unitNames(Derived.CAM_NGOC);
        for (String unit : units) {
            assertTrue(profileUnits.contains(unit) || unit.equals("Các bộ phận, đơn vị khác thuộc Ủy ban nhân dân xã"), unit);
        }
        // Bộ phận Văn phòng has no duty in the Hải Dương plan (no Văn phòng UBND tỉnh, no Sở Nội vụ there).
        List<String> expected = new ArrayList<>(handWritten);
        expected.remove("Bộ phận Văn phòng");
        assertTrue(units.containsAll(expected), units + " should contain " + expected);
        assertEquals(units.size(), units.stream().distinct().count(), "one entry per unit: " + units);
    }

    @Test
    void aTwoTierCommuneGetsItsOwnUnits() {
        List<String> units = dutyUnits(part(child(Derived.TUE_TINH), ORGANISATION));
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Công an xã", "Trạm Y tế xã", "Phòng Kinh tế",
                "Văn phòng HĐND và UBND xã", "Các phòng, ban, đơn vị khác thuộc Ủy ban nhân dân xã", "Các thôn",
                "Ủy ban MTTQ Việt Nam xã"), units);
        for (String unit : units) {
            assertFalse(unit.contains("tỉnh") || unit.startsWith("Sở "), unit);
        }
    }

    @Test
    void theChildHasTheSeedsShape() {
        Plan derived = child(Derived.CAM_NGOC);
        List<String> childParts = derived.parts().stream().map(Part::title).toList();
        List<String> seedParts = Examples.plan(Examples.CAM_NGOC).parts().stream().map(Part::title).toList();
        // Same opening and closing parts; the task part keeps the parent's title, and the parent's
        // targets part stays for the clerk to cut or rewrite (marked "cần rà soát").
        assertEquals(seedParts.get(0), childParts.get(0));
        assertEquals(seedParts.subList(2, 4), childParts.subList(childParts.size() - 2, childParts.size()));
        assertEquals(List.of("Mục đích, yêu cầu", "Mục tiêu, chỉ tiêu cụ thể", TASKS, "Kinh phí thực hiện", ORGANISATION),
                childParts);
        assertEquals(Examples.plan(Examples.CAM_NGOC).issuer(), derived.issuer());
        assertEquals(Examples.plan(Examples.CAM_NGOC).signer(), derived.signer());
        assertEquals(Examples.plan(Examples.CAM_NGOC).recipients(), derived.recipients());
        assertEquals(Examples.plan(Examples.CAM_NGOC).archive(), derived.archive());
        assertEquals(2023, derived.year());
        assertNull(derived.number());
        assertNull(derived.date());
        assertEquals(1, derived.legalBases().size());
    }

    @Test
    void theDerivedYamlSaysWhatWasDerivedAndWhatToReview() {
        String yaml = Derived.fromHaiDuong(Derived.CAM_NGOC).text();
        assertTrue(yaml.startsWith("# vanban derive: kế hoạch của Ủy ban nhân dân xã Cẩm Ngọc, soạn từ Kế hoạch số 416/KH-UBND"), yaml);
        assertTrue(yaml.contains("      - don_vi: Công an xã  # vanban derive: Công an tỉnh\n"), yaml);
        assertTrue(yaml.contains("# vanban derive: bỏ mục \"Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\""), yaml);
        assertTrue(yaml.contains("# cần rà soát: chỉ tiêu của kế hoạch gốc"), yaml);
        assertTrue(yaml.contains("so: null  # vanban derive: kế hoạch mới"), yaml);
    }
}
