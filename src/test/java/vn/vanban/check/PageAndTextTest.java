package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.check.Edits.styles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.docx.TestDocx;

/** Page numbers in their many Word forms, and the fonts that mean the text is not Unicode. */
class PageAndTextTest {

    private static final String PAGE = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    private static final String CENTRED = "<w:pPr><w:jc w:val=\"center\"/></w:pPr>";
    private static final String STYLES = "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" "
            + "w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>";

    private static List<String> pageFindings(TestDocx builder, String sectionExtra) {
        byte[] docx = builder.styles(STYLES).body("<w:p><w:r><w:t>Nội dung.</w:t></w:r></w:p>"
                + TestDocx.A4_SECTION.replace("<w:pgSz", sectionExtra + "<w:pgSz")).build();
        return TestDocx.check(docx).stream().map(f -> f.rule().id() + ": " + f.message().split(";")[0])
                .filter(s -> s.startsWith("ND30-PAGE-NUMBER")).toList();
    }

    private static final String REFS = "<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>"
            + "<w:headerReference w:type=\"first\" r:id=\"rIdH2\"/>";

    @Test
    void aCentredPageFieldFromPageTwoIsRight() {
        assertEquals(List.of(), pageFindings(TestDocx.builder().header("1", "<w:p>" + CENTRED + PAGE + "</w:p>")
                .header("2", "<w:p/>"), REFS + "<w:titlePg/>"));
    }

    @Test
    void aSimpleFieldCountsAndTheFirstPageMustNotShowIt() {
        String simple = "<w:p>" + CENTRED + "<w:fldSimple w:instr=\" PAGE \\* MERGEFORMAT \"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>";
        assertEquals(List.of("ND30-PAGE-NUMBER-FIRST-PAGE: chưa bật \"Trang đầu khác\" nên số trang hiện cả ở trang thứ nhất"),
                pageFindings(TestDocx.builder().header("1", simple), "<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>"));
    }

    @Test
    void aPageNumberInTheFooterIsInTheWrongPlace() {
        assertEquals(List.of("ND30-PAGE-NUMBER-POSITION: số trang đặt ở chân trang"),
                pageFindings(TestDocx.builder().footer("1", "<w:p>" + CENTRED + PAGE + "</w:p>"),
                        "<w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>"));
    }

    @Test
    void noPageNumberIsMissingUnlessTheDocumentHasOnePage() {
        assertEquals(List.of("ND30-PAGE-NUMBER-MISSING: không tìm thấy số trang (trường PAGE) ở đầu trang"),
                pageFindings(TestDocx.builder(), ""));
        assertEquals(List.of(), pageFindings(TestDocx.builder().pages(1), ""));
        assertEquals(List.of("ND30-PAGE-NUMBER-MISSING: không tìm thấy số trang (trường PAGE) ở đầu trang"),
                pageFindings(TestDocx.builder().pages(3), ""));
    }

    @Test
    void withEvenAndOddHeadersBothNeedTheNumber() {
        assertEquals(List.of("ND30-PAGE-NUMBER-MISSING: số trang chỉ có ở trang lẻ"),
                pageFindings(TestDocx.builder().settings("<w:evenAndOddHeaders/>").header("1", "<w:p>" + CENTRED + PAGE + "</w:p>")
                        .header("2", "<w:p/>"), REFS + "<w:titlePg/>"));
    }

    @Test
    void numberingFromTwoItalicOrSmallIsWrong() {
        String small = "<w:p>" + CENTRED + PAGE.replace("<w:r><w:t>2</w:t></w:r>",
                "<w:r><w:rPr><w:i/><w:sz w:val=\"20\"/></w:rPr><w:t>2</w:t></w:r>") + "</w:p>";
        assertEquals(List.of("ND30-PAGE-NUMBER-FORMAT: số trang cỡ chữ 10 pt, in nghiêng, bắt đầu từ số 2"),
                pageFindings(TestDocx.builder().header("1", small).header("2", "<w:p/>"),
                        REFS + "<w:titlePg/><w:pgNumType w:start=\"2\"/>"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Times New Roman|",
        "times new roman|",
        ".VnTime|ND30-LEGACY-FONT",
        ".VnTimeH|ND30-LEGACY-FONT",
        "VNI-Times|ND30-LEGACY-FONT",
        "VNI-Helve|ND30-LEGACY-FONT",
        "VPS Times|ND30-LEGACY-FONT",
        "Arial|ND30-FONT-FAMILY",
        "Calibri|ND30-FONT-FAMILY",
    })
    void fontNames(String font, String rule) {
        byte[] docx = styles("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"",
                "w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\"").apply(RuleViolationsTest.base(RuleViolationsTest.CLEAN));
        List<String> found = TestDocx.check(docx).stream().map(f -> f.rule().id())
                .filter(id -> id.equals("ND30-LEGACY-FONT") || id.equals("ND30-FONT-FAMILY")).distinct().toList();
        assertEquals(rule == null ? List.of() : List.of(rule), found);
    }
    /**
     * One run, two fonts: its plain letters take the ascii font, its Vietnamese letters (ế, ạ)
     * the hAnsi one. A font other than the first in the run is found too, on that paragraph, and a
     * colour once for the run whatever its letters.
     */
    @ParameterizedTest(name = "ascii {0}, hAnsi {1}")
    @CsvSource(delimiter = '|', value = {"Times New Roman|Arial|Arial", "Arial|Times New Roman|Arial", "Calibri|Arial|Arial, Calibri"})
    void everyFontOfARunIsChecked(String ascii, String hAnsi, String found) {
        String run = "<w:r><w:rPr><w:rFonts w:ascii=\"" + ascii + "\" w:hAnsi=\"" + hAnsi + "\"/><w:color w:val=\"C00000\"/></w:rPr>"
                + "<w:t>Kế hoạch</w:t></w:r>";
        byte[] docx = TestDocx.builder().styles(STYLES)
                .body("<w:p><w:r><w:t>Nội dung.</w:t></w:r></w:p><w:p>" + run + "</w:p>" + TestDocx.A4_SECTION).build();
        List<Finding> findings = TestDocx.check(docx);
        List<String> fonts = findings.stream().filter(f -> f.rule().id().equals("ND30-FONT-FAMILY"))
                .map(f -> f.message().split("\"")[1]).sorted().toList();
        assertEquals(List.of(found.split(", ")), fonts);
        assertTrue(findings.stream().filter(f -> f.rule().id().startsWith("ND30-FONT")).allMatch(f -> f.paragraphs().equals(List.of(2))),
                findings::toString);
        assertEquals(1, findings.stream().filter(f -> f.rule().id().equals("ND30-FONT-COLOR")).count());
    }
}
