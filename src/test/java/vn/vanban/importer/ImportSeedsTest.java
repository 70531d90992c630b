package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.TextSimilarity;
import vn.vanban.model.Plan;
import vn.vanban.model.VietnameseNames;

/** The two seed text files imported: the rendered import has the seed's words and the example's shape. */
class ImportSeedsTest {

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    private static PlanImporter.Result imported(String name) throws Exception {
        return PlanImporter.importFile(Examples.seed(name), "../schema/ke-hoach.schema.json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theRenderedImportHasTheSeedsWords(String name) throws Exception {
        String seed = Files.readString(Examples.seed(name), StandardCharsets.UTF_8);
        String rendered = Examples.text(Examples.renderer().render(imported(name).plan()).docx());
        TextSimilarity.assertSimilar(name, seed, rendered, 0.97);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theImportHasTheHandWrittenExamplesPartsItemsAndUnits(String name) throws Exception {
        assertEquals(PlanShape.of(Examples.plan(name)), PlanShape.of(imported(name).plan()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theHeaderSignerRecipientsAndArchiveAreTheExamples(String name) throws Exception {
        Plan expected = Examples.plan(name);
        Plan plan = imported(name).plan();
        assertEquals(expected.issuer().nameLines(), plan.issuer().nameLines());
        assertEquals(expected.issuer().parentLines(), plan.issuer().parentLines());
        assertEquals(expected.issuer().abbreviation(), plan.issuer().abbreviation());
        assertEquals(expected.issuer().placeName(), plan.issuer().placeName());
        assertEquals(expected.number(), plan.number());
        assertEquals(expected.date(), plan.date());
        assertEquals(expected.year(), plan.year());
        assertEquals(expected.kind(), plan.kind());
        assertEquals(expected.signer(), plan.signer());
        assertEquals(lower(expected.recipients()), lower(plan.recipients()));
        assertEquals(expected.archive(), plan.archive());
        assertEquals(expected.legalBases().size(), plan.legalBases().size());
        assertEquals(expected.presentation().legalBasisLayout(), plan.presentation().legalBasisLayout());
        assertEquals(expected.closing().size(), plan.closing().size());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theSeedsHaveNothingUnrecognised(String name) throws Exception {
        assertEquals(List.of(), imported(name).report());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theYamlReadsLikeTheExamples(String name) throws Exception {
        String yaml = imported(name).yaml();
        String example = Files.readString(Examples.yaml(name), StandardCharsets.UTF_8);
        assertTrue(yaml.startsWith(PlanYamlWriter.MODELINE + "../schema/ke-hoach.schema.json\n"), yaml);
        assertEquals(topLevelKeys(example), topLevelKeys(yaml), "the same keys in the same order");
        assertTrue(yaml.contains("\nmo_dau: >-\n"), "long text as a folded block");
        assertTrue(yaml.lines().allMatch(l -> l.codePointCount(0, l.length()) <= 100), "wrapped at 100 columns");
    }

    private static List<String> topLevelKeys(String yaml) {
        return yaml.lines().filter(l -> l.matches("^[a-z_]+:.*")).map(l -> l.substring(0, l.indexOf(':'))).toList();
    }

    private static List<String> lower(List<String> lines) {
        return lines.stream().map(VietnameseNames::lower).toList();
    }
}
