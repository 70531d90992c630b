package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.model.Authority;
import vn.vanban.model.Block;
import vn.vanban.model.Entry;
import vn.vanban.model.Item;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.UnitDuty;

/**
 * A plan typed the way Word users type one: numbers typed as text with a tab after them, a header
 * laid out with tabs, manual line breaks between lines and inside a sentence, no styles, and text
 * left over from the days of TCVN3 fonts (.VnTime, and .VnTimeH that prints capitals).
 */
class WordStyleImportTest {

    @TempDir
    static Path dir;

    private static PlanImporter.Result result;

    @BeforeAll
    static void importTheDocument() throws Exception {
        Path file = dir.resolve("ke-hoach-word.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            write(document);
            document.write(out);
        }
        result = PlanImporter.importFile(file, "../schema/ke-hoach.schema.json");
    }

    private static void write(XWPFDocument d) {
        XWPFTable header = d.createTable(1, 2);
        XWPFTableCell left = header.getRow(0).getCell(0);
        XWPFParagraph issuer = left.getParagraphs().get(0);
        run(issuer, "ỦY BAN NHÂN DÂN", true).addBreak();
        legacyFont(run(issuer, tcvn3("xã an bình"), true), ".VnTimeH");
        XWPFTableCell right = header.getRow(0).getCell(1);
        lines(right.getParagraphs().get(0), true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        XWPFParagraph numberAndDate = d.createParagraph();
        run(numberAndDate, "Số: 12/KH-UBND", false);
        numberAndDate.createRun().addTab();
        numberAndDate.createRun().addTab();
        run(numberAndDate, "An Bình, ngày 05 tháng 3 năm 2024", false).setItalic(true);
        XWPFParagraph title = d.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        lines(title, true, "KẾ HOẠCH", "Tuyên truyền, phổ biến pháp luật năm 2024");
        run(d.createParagraph(), "Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;", false).setItalic(true);
        run(d.createParagraph(), "Ủy ban nhân dân xã An Bình ban hành Kế hoạch như sau:", false);
        run(d.createParagraph(), "I. MỤC ĐÍCH, YÊU CẦU", true);
        XWPFParagraph purpose = d.createParagraph();
        run(purpose, "1.", true).addTab();
        run(purpose, "Mục đích:", true);
        run(purpose, " Nâng cao hiểu biết pháp luật của nhân dân.", false);
        numbered(d, "2.", "Yêu cầu", true);
        numbered(d, "-", "Thiết thực, đúng đối tượng;", false);
        lines(d.createParagraph(), false, "- Tiết kiệm;", "- Hiệu quả;");
        legacyFont(run(d.createParagraph(), "- " + tcvn3("Phối hợp chặt chẽ với các thôn."), false), ".VnTime");
        run(d.createParagraph(), "II. NỘI DUNG", true);
        numbered(d, "1.", "Tuyên truyền trên loa truyền thanh", true);
        numbered(d, "a)", "Phát hai lần mỗi tuần;", false);
        numbered(d, "b)", "Phát vào buổi sáng.", false);
        numbered(d, "2.", "Hội nghị", true);
        lines(d.createParagraph(), false, "Tổ chức hội nghị phổ biến", "pháp luật cho cán bộ thôn.");
        run(d.createParagraph(), "III. TỔ CHỨC THỰC HIỆN", true);
        numbered(d, "1.", "Công chức Tư pháp - Hộ tịch: Chủ trì thực hiện.", false);
        numbered(d, "2.", "Đề nghị Ủy ban MTTQ xã", true);
        run(d.createParagraph(), "Phối hợp tuyên truyền đến các thôn.", false);
        run(d.createParagraph(), "Trên đây là Kế hoạch tuyên truyền, phổ biến pháp luật năm 2024./.", false);
        XWPFTable closing = d.createTable(1, 2);
        lines(closing.getRow(0).getCell(0).getParagraphs().get(0), false,
                "Nơi nhận:", "- UBND huyện (b/c);", "- Lưu: VT, TP.");
        XWPFTableCell signer = closing.getRow(0).getCell(1);
        lines(signer.getParagraphs().get(0), true, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        run(signer.addParagraph(), "", false);
        run(signer.addParagraph(), "Nguyễn Văn An", true);
    }

    /** Vietnamese as a TCVN3 font stores it: each letter as the Latin-1 character of its TCVN3 byte. */
    static String tcvn3(String unicode) {
        Map<String, Integer> codes = new HashMap<>();
        LegacyCharts.TCVN3.forEach((code, letter) -> codes.put(letter, code));
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            Integer code = codes.get(String.valueOf(c));
            out.append(code == null ? c : (char) code.intValue());
        }
        return out.toString();
    }

    /** The font as Word sets it when a clerk picks it: for ASCII and for the other Latin letters alike. */
    private static void legacyFont(XWPFRun run, String font) {
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        return run;
    }

    /** Lines of one paragraph separated by manual line breaks (Shift+Enter). */
    private static void lines(XWPFParagraph paragraph, boolean bold, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], bold);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    /** A number typed as text and a tab, as Word users number by hand. */
    private static void numbered(XWPFDocument d, String number, String text, boolean bold) {
        XWPFParagraph paragraph = d.createParagraph();
        run(paragraph, number, bold).addTab();
        run(paragraph, text, bold);
    }

    private static Plan plan() {
        return result.plan();
    }

    @Test
    void theHeaderIsReadFromTheTableAndTheTabbedLine() {
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"), plan().issuer().nameLines());
        assertEquals(List.of(), plan().issuer().parentLines());
        assertEquals("UBND", plan().issuer().abbreviation());
        assertEquals("An Bình", plan().issuer().placeName());
        assertEquals(12, plan().number());
        assertEquals(LocalDate.of(2024, 3, 5), plan().date());
        assertEquals(2024, plan().year());
        assertEquals("Tuyên truyền, phổ biến pháp luật năm 2024", plan().subject());
        assertEquals(List.of(new LegalBasis.Written("Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012")),
                plan().legalBases());
        assertEquals(List.of("Ủy ban nhân dân xã An Bình ban hành Kế hoạch như sau:"), plan().introduction());
    }

    @Test
    void numbersTypedAsTextWithTabsGiveItemsPointsAndDashes() {
        List<Part> parts = plan().parts();
        assertEquals(List.of("Mục đích, yêu cầu", "Nội dung", "Tổ chức thực hiện"), parts.stream().map(Part::title).toList());
        List<Item> aims = ((Block.Items) parts.get(0).blocks().get(0)).items();
        assertEquals("Mục đích", aims.get(0).title());
        assertEquals("Nâng cao hiểu biết pháp luật của nhân dân.", aims.get(0).text());
        assertEquals("Yêu cầu", aims.get(1).title());
        assertNull(aims.get(1).text());
        assertEquals(List.of(new Block.Dashes(List.of(Entry.of("Thiết thực, đúng đối tượng;"), Entry.of("Tiết kiệm;"),
                Entry.of("Hiệu quả;"), Entry.of("Phối hợp chặt chẽ với các thôn.")), false)), aims.get(1).blocks(),
                "a line break between dashes makes two dashes; the .VnTime dash is Unicode");
        List<Item> content = ((Block.Items) parts.get(1).blocks().get(0)).items();
        assertEquals("Tuyên truyền trên loa truyền thanh", content.get(0).title());
        assertEquals(List.of(new Block.Points(List.of(Entry.of("Phát hai lần mỗi tuần;"), Entry.of("Phát vào buổi sáng.")))),
                content.get(0).blocks());
        assertEquals(List.of(new Block.Paragraphs(List.of("Tổ chức hội nghị phổ biến pháp luật cho cán bộ thôn."))),
                content.get(1).blocks(), "a line break inside a sentence does not cut it");
    }

    @Test
    void unitsClosingRecipientsAndSigner() {
        List<UnitDuty> duties = ((Block.Duties) plan().parts().get(2).blocks().get(0)).duties();
        assertEquals(new UnitDuty("Công chức Tư pháp - Hộ tịch", false, "Chủ trì thực hiện.", List.of()), duties.get(0));
        assertEquals(new UnitDuty("Ủy ban MTTQ xã", true, null,
                List.of(new Block.Paragraphs(List.of("Phối hợp tuyên truyền đến các thôn.")))), duties.get(1));
        assertEquals(List.of("Trên đây là Kế hoạch tuyên truyền, phổ biến pháp luật năm 2024./."), plan().closing());
        assertEquals(List.of("UBND huyện (b/c)"), plan().recipients());
        assertEquals(List.of("VT", "TP"), plan().archive());
        assertEquals(Authority.TM, plan().signer().authority());
        assertEquals("Ủy ban nhân dân", plan().signer().onBehalfOf());
        assertEquals("Chủ tịch", plan().signer().title());
        assertEquals("Nguyễn Văn An", plan().signer().name());
    }

    @Test
    void legacyFontTextIsUnicodeNfc() {
        String yaml = result.yaml();
        assertTrue(yaml.contains("- Phối hợp chặt chẽ với các thôn."), yaml);
        assertFalse(yaml.contains(tcvn3("Phối hợp")), "no TCVN3 bytes left");
        assertTrue(Normalizer.isNormalized(yaml, Normalizer.Form.NFC));
        assertTrue(tcvn3("Phối hợp").startsWith("Ph\u00E8i"), "the test writes real TCVN3: ố is byte E8");
    }

    @Test
    void nothingIsLeftUnrecognised() {
        assertEquals(List.of(), result.report());
        assertTrue(result.yaml().contains("\n  ten: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH]\n"), result.yaml());
    }
}
