package vn.vanban.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.docx4j.model.PropertyResolver;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ParagraphFormat.LineSpacing;

class EffectiveFormattingTest {

    private static final String DEFAULTS = "<w:docDefaults><w:rPrDefault><w:rPr>"
            + "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" w:eastAsiaTheme=\"minorHAnsi\" w:cstheme=\"minorBidi\"/>"
            + "<w:sz w:val=\"22\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/></w:style>";

    private static final class Doc implements AutoCloseable {
        final XWPFDocument document;
        final XwpfFormatting formatting;

        Doc(TestDocx builder) throws Exception {
            byte[] docx = builder.build();
            document = new XWPFDocument(new ByteArrayInputStream(docx));
            formatting = XwpfFormatting.of(docx);
        }

        XWPFParagraph paragraph(int i) {
            return document.getParagraphs().get(i);
        }

        RunFormat run(int paragraph, int run) {
            return formatting.run(paragraph(paragraph).getRuns().get(run));
        }

        ParagraphFormat format(int paragraph) {
            return formatting.paragraph(paragraph(paragraph));
        }

        @Override
        public void close() throws Exception {
            document.close();
        }
    }

    private static Doc doc(String styles, String body) throws Exception {
        return new Doc(TestDocx.builder().theme("Times New Roman", "Calibri").styles(DEFAULTS + styles).body(body));
    }

    @Test
    void documentDefaultsApplyWhenNothingElseSaysAnything() throws Exception {
        try (Doc d = doc("", "<w:p><w:r><w:t>chữ</w:t></w:r></w:p>")) {
            RunFormat run = d.run(0, 0);
            assertEquals(11.0, run.sizePt());
            assertEquals("Calibri", run.fonts().ascii(), "asciiTheme=minorHAnsi resolves through the theme part");
            assertEquals("Calibri", run.fonts().hAnsi());
            assertFalse(run.bold());
            assertEquals(160, d.format(0).spacingAfter());
            assertEquals(new LineSpacing(LineSpacing.Rule.AUTO, 259), d.format(0).lineSpacing());
            assertEquals("Normal", d.format(0).styleId(), "a paragraph without w:pStyle has the default paragraph style");
        }
    }

    @Test
    void withoutStylesWordDefaultsAreTimesNewRomanTenPoint() throws Exception {
        try (Doc d = new Doc(TestDocx.builder().body("<w:p><w:r><w:t>chữ</w:t></w:r></w:p>"))) {
            RunFormat run = d.run(0, 0);
            assertEquals(10.0, run.sizePt());
            assertEquals("Times New Roman", run.fonts().ascii());
            assertEquals(Alignment.LEFT, d.format(0).alignment());
        }
    }

    @Test
    void aPropertySetOnlyInABasedOnAncestorCounts() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:name w:val=\"Base\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:jc w:val=\"both\"/><w:ind w:firstLine=\"567\"/><w:spacing w:before=\"120\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Child\"><w:name w:val=\"Child\"/><w:basedOn w:val=\"Base\"/>"
                + "<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>";
        try (Doc d = doc(styles, "<w:p><w:pPr><w:pStyle w:val=\"Child\"/></w:pPr><w:r><w:t>chữ</w:t></w:r></w:p>")) {
            RunFormat run = d.run(0, 0);
            assertEquals(14.0, run.sizePt(), "size from the grandparent style");
            assertEquals("Times New Roman", run.fonts().hAnsi(), "explicit font in a style beats the theme default");
            assertTrue(run.bold(), "bold from the style itself");
            ParagraphFormat p = d.format(0);
            assertEquals(Alignment.JUSTIFIED, p.alignment());
            assertEquals(567, p.firstLine());
            assertEquals(120, p.spacingBefore(), "spacing attributes inherit one by one");
            assertEquals(240, p.spacingAfter());
            assertEquals("Child", p.styleId());
        }
    }

    @Test
    void characterStyleChainAndDirectFormatting() throws Exception {
        String styles = "<w:style w:type=\"character\" w:styleId=\"Nhan\"><w:name w:val=\"Nhấn\"/><w:rPr><w:i/><w:sz w:val=\"26\"/></w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"NhanDo\"><w:name w:val=\"Nhấn đỏ\"/><w:basedOn w:val=\"Nhan\"/>"
                + "<w:rPr><w:color w:val=\"FF0000\"/></w:rPr></w:style>";
        String body = "<w:p><w:r><w:rPr><w:rStyle w:val=\"NhanDo\"/></w:rPr><w:t>a</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"NhanDo\"/><w:i w:val=\"0\"/><w:sz w:val=\"24\"/><w:color w:val=\"auto\"/></w:rPr><w:t>b</w:t></w:r></w:p>";
        try (Doc d = doc(styles, body)) {
            RunFormat styled = d.run(0, 0);
            assertTrue(styled.italic());
            assertEquals(13.0, styled.sizePt());
            assertEquals("FF0000", styled.color());
            assertFalse(styled.black());
            RunFormat direct = d.run(0, 1);
            assertFalse(direct.italic(), "w:i w:val=0 turns the style's italic off");
            assertEquals(12.0, direct.sizePt());
            assertTrue(direct.black());
        }
    }

    @Test
    void toggleSetInParagraphAndCharacterStylesCancelsOut() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Dam\"><w:name w:val=\"Đậm\"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Dam\"/></w:pPr>"
                + "<w:r><w:t>a</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>b</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/><w:b/></w:rPr><w:t>c</w:t></w:r></w:p>";
        try (Doc d = doc(styles, body)) {
            assertTrue(d.run(0, 0).bold());
            assertTrue(d.run(0, 0).caps(), "caps from the paragraph style");
            assertFalse(d.run(0, 1).bold(), "bold paragraph style and bold character style: the toggles cancel (§17.7.3)");
            assertTrue(d.run(0, 2).bold(), "direct formatting sets the value outright");
        }
    }

    @Test
    void themeAttributeWinsOverThePlainOneBesideIt() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"TieuDe\"><w:name w:val=\"Tiêu đề\"/>"
                + "<w:rPr><w:rFonts w:ascii=\"Arial\" w:asciiTheme=\"majorHAnsi\" w:hAnsi=\"Arial\" w:hAnsiTheme=\"majorHAnsi\"/></w:rPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"TieuDe\"/></w:pPr><w:r><w:t>a</w:t></w:r>"
                + "<w:r><w:rPr><w:rFonts w:ascii=\"Cambria\" w:hAnsi=\"Cambria\"/></w:rPr><w:t>b</w:t></w:r></w:p>";
        try (Doc d = doc(styles, body)) {
            assertEquals("Times New Roman", d.run(0, 0).fonts().ascii(), "majorHAnsi is the theme's major font");
            assertEquals("Cambria", d.run(0, 1).fonts().hAnsi(), "a plain font in direct formatting overrides the theme font");
        }
    }

    @Test
    void themeColoursResolveThroughTheColourScheme() throws Exception {
        String body = "<w:p><w:r><w:rPr><w:color w:val=\"123456\" w:themeColor=\"text1\"/></w:rPr><w:t>a</w:t></w:r>"
                + "<w:r><w:rPr><w:color w:val=\"000000\" w:themeColor=\"accent1\"/></w:rPr><w:t>b</w:t></w:r></w:p>";
        try (Doc d = doc("", body)) {
            assertEquals("000000", d.run(0, 0).color());
            assertEquals("4472C4", d.run(0, 1).color());
        }
    }

    @Test
    void tableStyleAppliesInsideItsTableOnly() throws Exception {
        String styles = "<w:style w:type=\"table\" w:styleId=\"BangDau\"><w:name w:val=\"Bảng đầu\"/>"
                + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/></w:rPr>"
                + "<w:tblPr><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
        String body = "<w:tbl><w:tblPr><w:tblStyle w:val=\"BangDau\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid>"
                + "<w:tr><w:tc><w:p><w:r><w:t>trong bảng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                + "<w:p><w:r><w:t>ngoài bảng</w:t></w:r></w:p>";
        try (Doc d = doc(styles, body)) {
            XWPFParagraph inside = d.document.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0);
            assertEquals(Alignment.CENTER, d.formatting.paragraph(inside).alignment());
            assertTrue(d.formatting.run(inside.getRuns().get(0)).bold());
            assertEquals(Alignment.LEFT, d.format(0).alignment());
            assertFalse(d.run(0, 0).bold());
            int[] margins = d.formatting.tableCellMargins("BangDau");
            assertEquals(57, margins[0]);
            assertEquals(57, margins[1]);
        }
    }

    @Test
    void numberingLevelIndentSitsBetweenStyleAndDirectFormatting() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"DanhSach\"><w:name w:val=\"Danh sách\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:ind w:left=\"100\" w:firstLine=\"100\"/></w:pPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"DanhSach\"/></w:pPr><w:r><w:t>một</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"DanhSach\"/><w:ind w:firstLine=\"567\"/></w:pPr><w:r><w:t>hai</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"DanhSach\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>ba</w:t></w:r></w:p>";
        try (Doc d = new Doc(TestDocx.builder().styles(DEFAULTS + styles).numbering(numbering).body(body))) {
            ParagraphFormat first = d.format(0);
            assertEquals(new ParagraphFormat.NumberingRef(1, 0), first.numbering(), "numbering given by the style");
            assertEquals(720, first.left());
            assertEquals(-360, first.firstLine(), "the level's hanging indent overrides the style's");
            ParagraphFormat second = d.format(1);
            assertEquals(720, second.left());
            assertEquals(567, second.firstLine(), "direct firstLine overrides the level's hanging indent");
            ParagraphFormat third = d.format(2);
            assertNull(third.numbering(), "numId 0 removes the style's numbering");
            assertEquals(100, third.left());
        }
    }

    @Test
    void tabStopsMergeAndClear() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
                + "<w:pPr><w:tabs><w:tab w:val=\"center\" w:pos=\"4680\"/><w:tab w:val=\"right\" w:pos=\"9360\"/></w:tabs></w:pPr></w:style>";
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:tabs><w:tab w:val=\"clear\" w:pos=\"9360\"/>"
                + "<w:tab w:val=\"left\" w:pos=\"1000\"/></w:tabs></w:pPr><w:r><w:t>a</w:t></w:r></w:p>";
        try (Doc d = doc(styles, body)) {
            assertEquals(List.of(new ParagraphFormat.TabStop("left", 1000), new ParagraphFormat.TabStop("center", 4680)),
                    d.format(0).tabs());
        }
    }

    @Test
    void anUnknownStyleIdFallsBackToTheDefaultParagraphStyle() throws Exception {
        String styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Thuong\"><w:name w:val=\"Thường\"/>"
                + "<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>";
        String defaults = DEFAULTS.replace("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>", "");
        try (Doc d = new Doc(TestDocx.builder().styles(defaults + styles)
                .body("<w:p><w:pPr><w:pStyle w:val=\"KhongCo\"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"))) {
            assertEquals("Thuong", d.format(0).styleId());
            assertEquals(Alignment.JUSTIFIED, d.format(0).alignment());
        }
    }

    /**
     * docx4j's PropertyResolver is an independent implementation of the same resolution; on every
     * paragraph and run of the rendered example the two agree on alignment, size, bold and italic.
     */
    @Test
    void agreesWithDocx4jOnTheRenderedExample() throws Exception {
        byte[] docx = TestDocx.camNgoc();
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        PropertyResolver resolver = pkg.getMainDocumentPart().getPropertyResolver();
        List<P> docx4jParagraphs = new ArrayList<>();
        collect(pkg.getMainDocumentPart().getContent(), docx4jParagraphs);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XwpfFormatting formatting = XwpfFormatting.of(docx);
            List<XWPFParagraph> ours = Examples.paragraphs(document.getBodyElements());
            assertEquals(docx4jParagraphs.size(), ours.size());
            int runs = 0;
            for (int i = 0; i < ours.size(); i++) {
                P p = docx4jParagraphs.get(i);
                PPr pPr = resolver.getEffectivePPr(p.getPPr());
                JcEnumeration jc = pPr.getJc() == null ? JcEnumeration.LEFT : pPr.getJc().getVal();
                Alignment expected = switch (jc) {
                    case CENTER -> Alignment.CENTER;
                    case BOTH -> Alignment.JUSTIFIED;
                    case RIGHT -> Alignment.RIGHT;
                    default -> Alignment.LEFT;
                };
                assertEquals(expected, formatting.paragraph(ours.get(i)).alignment(), "paragraph " + (i + 1));
                List<R> docx4jRuns = p.getContent().stream().filter(R.class::isInstance).map(R.class::cast).toList();
                List<XWPFRun> ourRuns = ours.get(i).getRuns();
                assertEquals(docx4jRuns.size(), ourRuns.size());
                for (int r = 0; r < ourRuns.size(); r++) {
                    RPr rPr = resolver.getEffectiveRPr(docx4jRuns.get(r).getRPr(), p.getPPr());
                    RunFormat run = formatting.run(ourRuns.get(r));
                    BigInteger size = rPr.getSz() == null ? BigInteger.valueOf(20) : rPr.getSz().getVal();
                    assertEquals(size.doubleValue() / 2, run.sizePt(), "size, paragraph " + (i + 1));
                    assertEquals(rPr.getB() != null && rPr.getB().isVal(), run.bold(), "bold, paragraph " + (i + 1));
                    assertEquals(rPr.getI() != null && rPr.getI().isVal(), run.italic(), "italic, paragraph " + (i + 1));
                    runs++;
                }
            }
            assertTrue(runs > 50, "compared " + runs + " runs");
        }
    }

    private static void collect(List<Object> content, List<P> out) {
        for (Object o : content) {
            Object element = org.docx4j.XmlUtils.unwrap(o);
            if (element instanceof P p) {
                out.add(p);
            } else if (element instanceof org.docx4j.wml.Tbl table) {
                for (Object row : table.getContent()) {
                    for (Object cell : ((org.docx4j.wml.Tr) org.docx4j.XmlUtils.unwrap(row)).getContent()) {
                        collect(((org.docx4j.wml.Tc) org.docx4j.XmlUtils.unwrap(cell)).getContent(), out);
                    }
                }
            }
        }
    }
}
