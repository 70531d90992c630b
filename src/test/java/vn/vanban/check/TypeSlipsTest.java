package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;

/**
 * A slip of each type's own, planted in what vanban renders (the unedited documents have no
 * finding, RenderedExamplesCheckTest): the checker names it, and where the line can be retyped,
 * gives the line as it should read.
 */
class TypeSlipsTest {

    @Test
    void aDecisionWithoutDieu1() {
        byte[] slip = Edits.doc("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Điều 1.</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> Ban hành", "<w:r><w:t xml:space=\"preserve\">Ban hành")
                .apply(Examples.docx(Examples.DECISION));
        List<Finding> findings = TestDocx.check(slip);
        assertEquals(List.of("ND30-ARTICLE-ORDER"), ruleIds(findings));
        Finding finding = findings.get(0);
        assertEquals("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng, chống mại dâm năm 2023 trên địa bàn tỉnh"
                + " Hải Dương.", finding.correction());
        // A long line is shown by its end in the message; the correction holds all of it.
        assertEquals("đoạn đầu tiên sau \"QUYẾT ĐỊNH:\" không mở đầu bằng \"Điều 1.\", sửa thành: \"…theo Quyết định này"
                + " Kế hoạch phòng, chống mại dâm năm 2023 trên địa bàn tỉnh Hải Dương.\"; " + Rules.ARTICLE_ORDER.expected(),
                finding.message());
    }

    @Test
    void aLetterWithATypeNameLine() {
        byte[] slip = Edits.doc("<w:p><w:pPr><w:pStyle w:val=\"KinhGui\"/><w:spacing w:before=\"240\"/>",
                "<w:p><w:pPr><w:pStyle w:val=\"TenLoai\"/></w:pPr><w:r><w:t>CÔNG VĂN</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"KinhGui\"/><w:spacing w:before=\"240\"/>")
                .apply(Examples.docx(Examples.LETTER));
        List<Finding> findings = TestDocx.check(slip);
        assertEquals(List.of("ND30-LETTER-TYPE-NAME"), ruleIds(findings));
        assertEquals("CÔNG VĂN", findings.get(0).excerpt());
        assertEquals("Công văn có dòng tên loại \"CÔNG VĂN\"; " + Rules.LETTER_TYPE_NAME.expected(),
                findings.get(0).message());
    }

    @Test
    void aReportWhoseTableHasNoHeaderRow() {
        byte[] slip = Edits.doc("<w:tblHeader/>", "").apply(Examples.docx(Examples.REPORT));
        List<Finding> findings = TestDocx.check(slip);
        assertEquals(List.of("ND30-TABLE-HEADER"), ruleIds(findings));
        assertEquals(Severity.WARNING, findings.get(0).rule().severity());
        assertEquals("TT", findings.get(0).excerpt());
    }

    /** The same figures typed as columns with the Tab key: no table at all, one finding for the run of lines. */
    @Test
    void aReportWhoseTargetsAreColumnsTypedWithTabs() {
        String row = "<w:p><w:r><w:t>%s</w:t><w:tab/><w:t>%s</w:t><w:tab/><w:t>100%%</w:t></w:r></w:p>";
        byte[] slip = Edits.regex(Edits.DOCUMENT, "<w:tbl>\n<w:tblPr><w:tblW w:w=\"\\d+\" w:type=\"dxa\"/><w:tblBorders>"
                + "<w:top w:val=\"single\".*?</w:tbl>", String.format(row, "TT", "Chỉ tiêu") + String.format(row, "1", "Các huyện")
                + String.format(row, "2", "Tố giác")).apply(Examples.docx(Examples.REPORT));
        List<Finding> findings = TestDocx.check(slip);
        assertEquals(List.of("ND30-TABLE-HEADER"), ruleIds(findings));
        assertEquals("TT Chỉ tiêu 100%", findings.get(0).excerpt().replace('\t', ' '));
        assertEquals("bảng số liệu gõ thành cột bằng phím Tab, không phải bảng của Word; " + Rules.TABLE_HEADER.expected(),
                findings.get(0).message());
    }

    /** An addressee typed in capitals is named; its right case is the clerk's (proper names), so no line is offered. */
    @Test
    void aLetterWithAnAddresseeInCapitals() {
        byte[] slip = Edits.doc(">- Các sở, ban, ngành tỉnh;<", ">- CÁC SỞ, BAN, NGÀNH TỈNH;<").apply(Examples.docx(Examples.LETTER));
        List<Finding> findings = TestDocx.check(slip);
        assertEquals(List.of("ND30-ADDRESSEE-CASE"), ruleIds(findings));
        assertEquals(null, findings.get(0).correction());
        byte[] label = Edits.doc(">Kính gửi:<", ">KÍNH GỬI:<").apply(Examples.docx(Examples.LETTER));
        assertEquals("Kính gửi:", TestDocx.check(label).get(0).correction(), "the label alone is the decree's words");
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id()).toList();
    }
}
