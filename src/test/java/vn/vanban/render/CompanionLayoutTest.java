package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.docx.XwpfFormatting;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.RunFormat;
import vn.vanban.render.FontMetrics.Style;

/**
 * The Quyết định, the Công văn and the Báo cáo as Word reads them back: the parts each form has
 * (Phụ lục III, Mẫu 1.3, 1.5, 1.4), in their order, with the format the rule book gives them.
 */
class CompanionLayoutTest {

    /** A document read back: its top-level paragraphs and tables, and the effective formats. */
    private record Read(XWPFDocument document, XwpfFormatting formatting) {

        static Read of(String example) throws Exception {
            byte[] docx = Examples.docx(example);
            return new Read(new XWPFDocument(new ByteArrayInputStream(docx)), XwpfFormatting.of(docx));
        }

        List<XWPFParagraph> body() {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    paragraphs.add(p);
                }
            }
            return paragraphs;
        }

        XWPFParagraph starting(String text) {
            return body().stream().filter(p -> p.getText().startsWith(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no paragraph starting " + text));
        }

        RunFormat format(XWPFRun run) {
            return formatting.run(run);
        }

        /** The paragraphs of a table cell. */
        List<XWPFParagraph> cell(int table, int row, int column) {
            return document.getTables().get(table).getRow(row).getCell(column).getParagraphs();
        }
    }

    @Test
    void aDecisionHasItsAuthorityItsBasesQuyetDinhAndArticles() throws Exception {
        Read read = Read.of(Examples.DECISION);
        List<String> texts = read.body().stream().map(XWPFParagraph::getText).toList();
        int type = texts.indexOf("QUYẾT ĐỊNH");
        assertTrue(type >= 0, texts.toString());
        assertEquals("Về việc ban hành Kế hoạch phòng, chống mại dâm năm 2023", texts.get(type + 1));
        assertEquals("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", texts.get(type + 2), "the collective body decides (TM.)");
        int decides = texts.indexOf("QUYẾT ĐỊNH:");
        List<String> bases = texts.subList(type + 3, decides);
        assertEquals(5, bases.size(), bases.toString());
        for (int i = 0; i < bases.size(); i++) {
            assertTrue(bases.get(i).endsWith(i == bases.size() - 1 ? "." : ";"), bases.get(i));
        }
        assertTrue(bases.get(4).startsWith("Theo đề nghị của Giám đốc Sở"), bases.get(4));

        for (String centred : List.of("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "QUYẾT ĐỊNH:")) {
            XWPFParagraph p = read.starting(centred);
            assertEquals(Alignment.CENTER, read.formatting.paragraph(p).alignment(), centred);
            p.getRuns().forEach(r -> assertTrue(read.format(r).bold(), centred + " is bold"));
        }
        for (String basis : bases) {
            read.starting(basis).getRuns().forEach(r -> assertTrue(read.format(r).italic(), basis + " is italic"));
        }
        List<String> articles = texts.subList(decides + 1, decides + 4);
        for (int i = 0; i < 3; i++) {
            XWPFParagraph article = read.starting("Điều " + (i + 1) + ". ");
            assertEquals(articles.get(i), article.getText());
            XWPFRun label = article.getRuns().get(0);
            assertEquals("Điều " + (i + 1) + ".", label.text(), "the label is a run of its own");
            assertTrue(read.format(label).bold(), "the label is bold");
            article.getRuns().subList(1, article.getRuns().size())
                    .forEach(r -> assertFalse(read.format(r).bold(), "the article's text runs on upright, not bold"));
        }
        assertTrue(articles.get(2).endsWith("thi hành Quyết định này./."), articles.get(2));
        assertTrue(read.cell(1, 0, 0).get(1).getText().equals("- Như Điều 3;"), "Nơi nhận opens with Như Điều 3");
        assertTrue(read.cell(0, 1, 0).get(0).getText().endsWith("/QĐ-UBND"));
    }

    @Test
    void anAuthorityNotSignedOnBehalfIsTheHeadsTitleAndTheBody() throws Exception {
        var plan = Examples.plan(Examples.DECISION);
        var signer = new vn.vanban.model.Signer(vn.vanban.model.Authority.KT, null, "Chủ tịch", "Phó Chủ tịch", "A");
        var view = PlanLayout.layout(plan.withSigner(signer)).view();
        assertEquals("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", view.body().get(0).text());
        assertEquals(BodyParagraph.Kind.AUTHORITY, view.body().get(0).kind());
    }

    @Test
    void aLetterHasNoTypeNameItsSubjectUnderTheNumberAndItsAddresseesUnderTheColon() throws Exception {
        Read read = Read.of(Examples.LETTER);
        List<String> texts = read.body().stream().map(XWPFParagraph::getText).toList();
        assertFalse(texts.stream().anyMatch(t -> t.equals("CÔNG VĂN")), "a Công văn has no type name");
        List<XWPFParagraph> numberCell = read.cell(0, 1, 0);
        assertEquals("Số:         /UBND-KGVX", numberCell.get(0).getText().replace('\u00a0', ' '),
                "the symbol is the body's and the drafting unit's");
        XWPFParagraph subject = numberCell.get(1);
        assertEquals("V/v triển khai Kế hoạch phòng, chống mại dâm năm 2023", subject.getText());
        subject.getRuns().forEach(r -> {
            assertEquals(12.0, read.format(r).sizePt(), "V/v is 12 pt");
            assertFalse(read.format(r).bold());
        });
        assertEquals(Alignment.CENTER, read.formatting.paragraph(subject).alignment());

        int label = texts.indexOf("Kính gửi:");
        assertTrue(label >= 0, texts.toString());
        XWPFParagraph first = read.body().get(label + 1);
        XWPFParagraph second = read.body().get(label + 2);
        assertEquals("- Các sở, ban, ngành tỉnh;", first.getText());
        assertEquals("- Ủy ban nhân dân các huyện, thị xã, thành phố.", second.getText());
        int labelIndent = indent(read.body().get(label));
        int toColon = FontMetrics.widthTwips("Kính gửi", Style.REGULAR, 14);
        for (XWPFParagraph line : List.of(first, second)) {
            int hanging = line.getCTP().getPPr().getInd().getHanging() == null ? 0
                    : ((BigInteger) line.getCTP().getPPr().getInd().getHanging()).intValue();
            assertEquals(labelIndent + toColon, indent(line) - hanging, "the dash stands under the colon");
        }
        assertTrue(texts.get(texts.size() - 1).endsWith("nghiêm túc triển khai thực hiện./."));
        assertEquals("- Như trên;", read.cell(1, 0, 0).get(1).getText());
    }

    @Test
    void aReportHasOneAddresseeOnItsLineAndATableOfTargetsWithARepeatedHeader() throws Exception {
        Read read = Read.of(Examples.REPORT);
        XWPFParagraph addressee = read.starting("Kính gửi: ");
        assertEquals("Kính gửi: Bộ Lao động - Thương binh và Xã hội", addressee.getText());
        assertEquals(Alignment.CENTER, read.formatting.paragraph(addressee).alignment());
        XWPFTable table = read.document.getTables().get(1);
        XWPFTableRow header = table.getRow(0);
        assertNotNull(header.getCtRow().getTrPr(), "the header row has properties");
        assertEquals(1, header.getCtRow().getTrPr().sizeOfTblHeaderArray(), "the header row repeats on every page");
        assertEquals(List.of("TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá"),
                header.getTableCells().stream().map(c -> c.getText()).toList());
        header.getTableCells().forEach(c -> c.getParagraphs().get(0).getRuns()
                .forEach(r -> assertTrue(read.format(r).bold(), "header cells are bold")));
        assertEquals(6, table.getRows().size(), "a header and one row per target");
        assertEquals(List.of("3", "100%", "96%", "Chưa đạt (96%)"), List.of(table.getRow(3).getCell(0).getText(),
                table.getRow(3).getCell(2).getText(), table.getRow(3).getCell(3).getText(),
                table.getRow(3).getCell(4).getText()), "the assessment compares the figures");
        assertEquals("Đạt (102%)", table.getRow(4).getCell(4).getText());
        assertEquals("Đạt", table.getRow(5).getCell(4).getText(), "the clerk's own word stands");
        for (XWPFTableRow row : table.getRows()) {
            assertEquals(1, row.getCtRow().getTrPr().sizeOfCantSplitArray(), "no row splits across pages");
        }
        int width = 0;
        for (var col : table.getCTTbl().getTblGrid().getGridColList()) {
            width += ((BigInteger) col.getW()).intValue();
        }
        assertEquals(PlanLayout.layout(Examples.plan(Examples.REPORT)).view().page().textWidth(), width,
                "the table takes the text width");
    }

    @Test
    void onlyAFormsOwnPartsAreThere() throws Exception {
        assertNull(PlanLayout.layout(Examples.plan(Examples.LETTER)).view().title(), "no type name for a Công văn");
        assertNull(PlanLayout.layout(Examples.plan(Examples.DECISION)).view().addressees());
        assertNull(PlanLayout.layout(Examples.plan(Examples.DECISION)).view().header().letterSubject());
        assertNull(PlanLayout.layout(Examples.plan(Examples.CAM_NGOC)).view().addressees());
    }

    private static int indent(XWPFParagraph p) {
        var ind = p.getCTP().getPPr().getInd();
        return ind == null || ind.getLeft() == null ? 0 : ((BigInteger) ind.getLeft()).intValue();
    }
}
