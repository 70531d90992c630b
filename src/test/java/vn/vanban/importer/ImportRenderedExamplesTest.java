package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.model.Plan;

/** Each example rendered to .docx and imported back gives the same plan: render(import(render(e))) = render(e). */
class ImportRenderedExamplesTest {

    @TempDir
    Path dir;

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    private PlanImporter.Result importRendered(String name) throws Exception {
        Path docx = dir.resolve(name + ".docx");
        Files.write(docx, Examples.docx(name));
        return PlanImporter.importFile(docx, "../schema/ke-hoach.schema.json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theImportRendersToTheSameText(String name) throws Exception {
        Plan plan = importRendered(name).plan();
        String expected = Examples.text(Examples.docx(name));
        assertEquals(expected, Examples.text(Examples.renderer().render(plan).docx()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theImportHasTheExamplesShapeSignerAndRecipients(String name) throws Exception {
        Plan expected = Examples.plan(name);
        PlanImporter.Result result = importRendered(name);
        Plan plan = result.plan();
        assertEquals(PlanShape.of(expected), PlanShape.of(plan));
        assertEquals(expected.signer(), plan.signer());
        assertEquals(expected.recipients(), plan.recipients());
        assertEquals(expected.archive(), plan.archive());
        assertEquals(expected.issuer().nameLines(), plan.issuer().nameLines());
        assertEquals(expected.number(), plan.number());
        assertEquals(expected.date(), plan.date());
        assertEquals(List.of(), result.report());
    }
}
