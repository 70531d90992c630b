package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.TestDocx;

/**
 * End to end: every example rendered in-process by DocxRenderer and checked. What vanban render
 * writes must satisfy the decree.
 */
class RenderedExamplesCheckTest {

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    @Test
    void bothExamplesAreChecked() {
        assertEquals(List.of(Examples.CAM_NGOC, Examples.HAI_DUONG), Examples.names());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theRenderedExampleHasNoFindings(String example) {
        List<Finding> findings = TestDocx.check(Examples.docx(example));
        assertEquals(List.of(), TestDocx.ids(findings),
                () -> findings.stream().map(Finding::message).toList().toString());
    }

    /** No finding must not mean nothing was found: every component is there. */
    @ParameterizedTest
    @MethodSource("examples")
    void everyComponentIsFound(String example) {
        Components c = Recognizer.recognize(TestDocx.read(Examples.docx(example)));
        assertFalse(c.issuerLines().isEmpty());
        assertNotNull(c.issuerRule());
        assertFalse(c.nationalTitle().isEmpty());
        assertNotNull(c.motto());
        assertNotNull(c.mottoRule());
        assertNotNull(c.number());
        assertFalse(c.placeDate().isEmpty());
        assertEquals("KẾ HOẠCH", c.typeName().text());
        assertEquals("KH", c.typeAbbreviation());
        assertFalse(c.subject().isEmpty());
        assertNotNull(c.subjectRule());
        assertFalse(c.body().isEmpty());
        assertNotNull(c.recipientsLabel());
        assertFalse(c.recipients().isEmpty());
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), c.signerTitles().stream().map(Line::text).toList());
        assertNotNull(c.signerName());
        ReadDocument doc = TestDocx.read(Examples.docx(example));
        assertNotNull(doc.sections().get(0).defaultHeader().pageField());
    }
}
