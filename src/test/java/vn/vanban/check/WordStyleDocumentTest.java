package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.RunFormat;
import vn.vanban.docx.TestDocx;

/**
 * A plan written the way Word users write ({@link WordStyleDocument}): styles, theme fonts, a
 * header and a closing block laid out with tabs, manual line breaks, drawn lines, Word's
 * automatic lettering. The checker must find its components and report exactly its faults.
 */
class WordStyleDocumentTest {

    /** DrawingML lines with their VML fallback, and VML only (what Word 2003 wrote). */
    @ParameterizedTest(name = "VML only: {0}")
    @ValueSource(booleans = {false, true})
    void findsExactlyThePlantedFaults(boolean vmlOnly) {
        List<Finding> findings = TestDocx.check(WordStyleDocument.build(vmlOnly));
        assertEquals(List.of(
                "ND30-NUMBER-PADDING@4",
                "ND30-DATE-PADDING@4",
                "ND30-FONT-FAMILY@12",
                "ND30-BODY-INDENT@14",
                "ND30-BODY-SPACING@15",
                "ND30-POINT-ORDER@18",
                "ND30-POINT-LETTER@19"), TestDocx.ids(findings));
        Finding indent = findings.get(3);
        assertEquals(List.of(14, 15, 16, 17, 18, 19), indent.paragraphs(), "one finding names every list paragraph");
        assertTrue(indent.message().startsWith("chữ đầu dòng lùi vào 0,64 cm (ở 6 đoạn)"), indent.message());
        assertTrue(findings.get(2).message().startsWith("phông chữ \"Calibri\""), findings.get(2).message());
        assertTrue(findings.get(6).message().contains("danh sách đánh số tự động của Word"), findings.get(6).message());
    }

    @ParameterizedTest(name = "VML only: {0}")
    @ValueSource(booleans = {false, true})
    void theCorrectedDocumentIsClean(boolean vmlOnly) {
        assertEquals(List.of(), TestDocx.ids(TestDocx.check(WordStyleDocument.build(vmlOnly, true))));
    }

    @Test
    void readsTabsLineBreaksListNumbersAndThemeFonts() {
        ReadDocument doc = TestDocx.read(WordStyleDocument.build(false));
        assertEquals("\tUBND TỈNH THANH HÓA\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", doc.paragraph(1).text());
        assertEquals(WordStyleDocument.SUBJECT_1 + "\n" + WordStyleDocument.SUBJECT_2, doc.paragraph(6).text());
        assertEquals("a) Giám sát chặt chẽ tình hình dịch bệnh trên địa bàn;", doc.paragraph(14).text());
        assertEquals("f", doc.paragraph(19).label().substring(0, 1));
        Para type = doc.paragraph(5);
        RunFormat typeFormat = type.spans().get(0).format();
        assertEquals("Times New Roman", typeFormat.fonts().hAnsi(), "majorHAnsi wins over the Arial beside it");
        assertTrue(typeFormat.bold());
        assertEquals(14.0, typeFormat.sizePt(), "the size comes from Normal, two styles up");
        RunFormat heading = doc.paragraph(10).spans().get(0).format();
        assertTrue(heading.caps(), "heading 1 shows its lower-case text in capitals");
        assertEquals(2, doc.paragraph(3).marks().size(), "the two lines drawn under the header");
        ReadDocument.Section section = doc.sections().get(0);
        assertNotNull(section.defaultHeader().pageField());
        assertTrue(section.defaultHeader().pageField().centered(), "after a tab, at the Header style's centre tab stop");
        assertEquals(List.of(14.0), section.defaultHeader().pageField().sizes());
        assertTrue(section.titlePage());
    }

    @Test
    void recognisesEveryComponent() {
        Components c = Recognizer.recognize(TestDocx.read(WordStyleDocument.build(false)));
        assertEquals(List.of("UBND TỈNH THANH HÓA"), texts(c.header().parentLines()));
        assertEquals(List.of(WordStyleDocument.ISSUER), texts(c.header().issuerLines()));
        assertEquals(Column.LEFT, c.header().issuerLines().get(0).column());
        assertEquals(List.of("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), texts(c.header().nationalTitle()));
        assertEquals(Column.RIGHT, c.header().nationalTitle().get(0).column());
        assertEquals(WordStyleDocument.MOTTO, c.header().motto().text());
        assertEquals("Số: 5/KH-SYT", c.header().number().text());
        assertEquals(List.of("Thanh Hóa, ngày 5 tháng 3 năm 2024"), texts(c.header().placeDate()));
        assertEquals("KẾ HOẠCH", c.typeName().text());
        assertEquals("KH", c.typeAbbreviation());
        assertEquals(List.of(WordStyleDocument.SUBJECT_1, WordStyleDocument.SUBJECT_2), texts(c.subject()));
        assertNotNull(c.header().issuerRule());
        assertNotNull(c.header().mottoRule());
        assertNotNull(c.subjectRule());
        assertEquals(List.of(BodyKind.BASIS, BodyKind.PARAGRAPH, BodyKind.SECTION, BodyKind.ITEM, BodyKind.PARAGRAPH,
                BodyKind.ITEM, BodyKind.POINT, BodyKind.POINT, BodyKind.POINT, BodyKind.POINT, BodyKind.POINT, BodyKind.POINT,
                BodyKind.PARAGRAPH, BodyKind.PARAGRAPH), c.body().stream().map(Components.BodyPara::kind).toList());
        assertEquals("Nơi nhận:", c.recipientsLabel().text());
        assertEquals(List.of("- UBND tỉnh (b/c);", "- Các phòng chức năng;", "- Lưu: VT, NVY."), texts(c.recipients()));
        assertEquals(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), texts(c.signerTitles()));
        assertEquals("Nguyễn Văn An", c.signerName().text());
        assertEquals(Column.RIGHT, c.signerName().column(), "a lone name after a tab stands at the right-hand tab stop");
    }

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
