package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.TestDocx;

/**
 * The header drawn in two text boxes, as older templates do: the issuing body and number in a
 * box on the left, the Quốc hiệu, motto and date in a box on the right. The boxes' paragraphs are
 * read after the paragraph that anchors them and placed left or right by where the box stands.
 */
class TextBoxHeaderTest {

    private static String box(int id, int leftTwips, int widthTwips, String paragraphs) {
        return "<w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" "
                + "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"margin\"><wp:posOffset>" + leftTwips * 635L + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + widthTwips * 635L + "\" cy=\"914400\"/><wp:wrapNone/><wp:docPr id=\"" + id + "\" name=\"Text Box "
                + id + "\"/><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + widthTwips * 635L
                + "\" cy=\"914400\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:ln><a:noFill/></a:ln></wps:spPr>"
                + "<wps:txbx><w:txbxContent>" + paragraphs + "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>";
    }

    private static String centred(String props, String text) {
        return "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr>" + props + "</w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void headerInTextBoxes() {
        String left = centred("<w:b/><w:sz w:val=\"26\"/>", "ỦY BAN NHÂN DÂN") + centred("<w:b/><w:sz w:val=\"26\"/>", "XÃ TẢ PHÌN")
                + "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>"
                + "<w:ind w:left=\"1100\" w:right=\"1100\"/><w:jc w:val=\"center\"/></w:pPr></w:p>"
                + centred("<w:sz w:val=\"26\"/>", "Số: 05/KH-UBND");
        String right = centred("<w:b/><w:sz w:val=\"26\"/>", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                + centred("<w:b/>", "Độc lập - Tự do - Hạnh phúc") + centred("<w:i/>", "Tả Phìn, ngày 05 tháng 02 năm 2026");
        String body = "<w:p>" + box(1, 0, 3600, left) + box(2, 3700, 5655, right) + "</w:p>"
                + centred("<w:b/>", "KẾ HOẠCH") + centred("<w:b/>", "Phòng, chống thiên tai năm 2026")
                + "<w:p><w:r><w:t>Nội dung kế hoạch./.</w:t></w:r></w:p>" + TestDocx.A4_SECTION;
        ReadDocument doc = TestDocx.read(TestDocx.builder()
                .styles("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>")
                .body(body).build());
        assertEquals("", doc.paragraph(1).text(), "the anchoring paragraph");
        assertEquals("ỦY BAN NHÂN DÂN", doc.paragraph(2).text(), "the boxes' paragraphs follow it");
        assertEquals(true, doc.paragraph(2).place().textBox());
        assertEquals(144, doc.paragraph(2).columnLeft(), "the box's left edge plus its inside margin");

        Components c = Recognizer.recognize(doc);
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ TẢ PHÌN"), c.header().issuerLines().stream().map(Line::text).toList());
        assertEquals(Column.LEFT, c.header().issuerLines().get(0).column());
        assertEquals(Column.RIGHT, c.header().nationalTitle().get(0).column());
        assertEquals("Số: 05/KH-UBND", c.header().number().text());
        assertEquals("Tả Phìn, ngày 05 tháng 02 năm 2026", c.header().placeDate().get(0).text());
        assertEquals(ReadDocument.RuleMark.Kind.BORDER_TOP, c.header().issuerRule().mark().kind());
        assertEquals("KẾ HOẠCH", c.typeName().text());
        assertEquals(List.of("Phòng, chống thiên tai năm 2026"), c.subject().stream().map(Line::text).toList());
    }
}
