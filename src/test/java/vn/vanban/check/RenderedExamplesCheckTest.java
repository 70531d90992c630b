package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.docx.ReadDocument;
import vn.vanban.model.Block;
import vn.vanban.docx.TestDocx;

/**
 * End to end: every example rendered in-process by DocxRenderer and checked. What vanban render
 * writes must satisfy the decree.
 */
class RenderedExamplesCheckTest {

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void theRenderedExampleHasNoFindings(String example) {
        List<Finding> findings = TestDocx.check(Examples.docx(example));
        assertEquals(List.of(), TestDocx.ids(findings),
                () -> findings.stream().map(Finding::message).toList().toString());
    }

    /** Each document is checked by the rules of its own type: the type is told from the .docx alone. */
    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void eachDocumentIsRecognisedAsTheTypeItWasWrittenAs(String example) {
        Components c = Recognizer.recognize(TestDocx.read(Examples.docx(example)));
        assertEquals(Examples.plan(example).kind().type(), c.type());
    }

    @Test
    void theDecisionsAuthorityDecidesAndArticlesAreFound() {
        Components c = Recognizer.recognize(TestDocx.read(Examples.docx(Examples.DECISION)));
        assertEquals("QUYẾT ĐỊNH", c.typeName().text());
        assertEquals(List.of("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG"), texts(c, BodyKind.AUTHORITY));
        assertEquals(5, texts(c, BodyKind.BASIS).size());
        assertEquals(List.of("QUYẾT ĐỊNH:"), texts(c, BodyKind.DECIDES));
        assertEquals(List.of("Điều 1.", "Điều 2.", "Điều 3."),
                texts(c, BodyKind.ARTICLE).stream().map(t -> t.substring(0, t.indexOf('.') + 1)).toList());
    }

    @Test
    void theLettersSubjectInTheHeaderAndItsAddresseesAreFound() {
        Components c = Recognizer.recognize(TestDocx.read(Examples.docx(Examples.LETTER)));
        assertNull(c.typeName());
        assertEquals(List.of("V/v triển khai Kế hoạch phòng, chống mại dâm năm 2023"),
                c.header().letterSubject().stream().map(Line::text).toList());
        assertEquals(List.of("Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Ủy ban nhân dân các huyện, thị xã, thành phố."),
                texts(c, BodyKind.ADDRESSEE));
    }

    @Test
    void theReportsTargetsAreARealTableWithARepeatedHeaderRow() {
        Components c = Recognizer.recognize(TestDocx.read(Examples.docx(Examples.REPORT)));
        assertEquals("BÁO CÁO", c.typeName().text());
        assertEquals(1, c.tables().size());
        Components.BodyTable table = c.tables().get(0);
        assertEquals("TT", table.first().text());
        int targets = Examples.plan(Examples.REPORT).parts().stream().flatMap(p -> p.blocks().stream())
                .filter(b -> b instanceof Block.Targets).mapToInt(b -> ((Block.Targets) b).rows().size()).sum();
        assertEquals(targets + 1, table.rows(), "the header row and one row per target");
        assertTrue(table.headerRow());
        assertTrue(c.body().stream().noneMatch(b -> b.para().place().inTable()), "table cells are not running text");
    }

    private static List<String> texts(Components c, BodyKind kind) {
        return c.body().stream().filter(b -> b.kind() == kind).map(b -> b.para().text().strip()).toList();
    }

    /** No finding must not mean nothing was found: every component is there. */
    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#names")
    void everyComponentIsFound(String example) {
        Components c = Recognizer.recognize(TestDocx.read(Examples.docx(example)));
        assertFalse(c.header().issuerLines().isEmpty());
        assertNotNull(c.header().issuerRule());
        assertFalse(c.header().nationalTitle().isEmpty());
        assertNotNull(c.header().motto());
        assertNotNull(c.header().mottoRule());
        assertNotNull(c.header().number());
        assertFalse(c.header().placeDate().isEmpty());
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
