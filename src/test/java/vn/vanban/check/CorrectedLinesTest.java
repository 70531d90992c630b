package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.docx.TestDocx;

/**
 * Slips planted one at a time in a correct plan typed in Word (the corrected {@link
 * WordStyleDocument}): check finds each, its message says how the line should read ("sửa thành:
 * ..."), and typing that line in place of the slip leaves the rule satisfied. Where no corrected
 * line can be known, the finding says what is wrong and offers none.
 */
class CorrectedLinesTest {

    private static final String DOCUMENT = "word/document.xml";
    private static final String OPENING = "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh Thanh Hóa "
            + "về công tác y tế dự phòng năm 2024.";
    private static final String ENDING = "Trên đây là Kế hoạch phòng, chống dịch bệnh mùa hè năm 2024 của Sở Y tế./.";

    /**
     * One slip: the text of a run of the clean document, what the clerk typed instead, the rule
     * that is broken and the line as it should read (null when it cannot be known).
     */
    record Slip(String rule, String clean, String typed, String corrected) {
        @Override
        public String toString() {
            return rule + ": \"" + typed + "\"";
        }
    }

    private static final byte[] CLEAN = WordStyleDocument.build(false, true);

    static Stream<Slip> slips() {
        return Stream.of(
                // Nơi nhận (mục II.9.d): a note after the semicolon, no dash, a full stop, no colon
                new Slip("ND30-RECIPIENTS-PUNCTUATION", "- UBND tỉnh (b/c);", "- Sở Y tế; (b/c)", "- Sở Y tế (b/c);"),
                new Slip("ND30-RECIPIENTS-PUNCTUATION", "- Các phòng chức năng;", "Các phòng chức năng;", "- Các phòng chức năng;"),
                new Slip("ND30-RECIPIENTS-PUNCTUATION", "- Các phòng chức năng;", "- Các phòng chức năng.", "- Các phòng chức năng;"),
                new Slip("ND30-RECIPIENTS-PUNCTUATION", "Nơi nhận:", "Nơi nhận", "Nơi nhận:"),
                new Slip("ND30-ARCHIVE-LINE", "- Lưu: VT, NVY.", "- Lưu: NVY, VT", "- Lưu: VT, NVY."),
                new Slip("ND30-ARCHIVE-LINE", "- Lưu: VT, NVY.", "- Lưu VT, NVY", "- Lưu: VT, NVY."),
                new Slip("ND30-ARCHIVE-LINE", "- Lưu: VT, NVY.", "- Lưu: VT.", null),
                // Số, ký hiệu (mục II.3)
                new Slip("ND30-NUMBER-PADDING", "Số: 05/KH-SYT", "Số: 5/KH-SYT", "Số: 05/KH-SYT"),
                new Slip("ND30-NUMBER-PADDING", "Số: 05/KH-SYT", "Số: 015/KH-SYT", "Số: 15/KH-SYT"),
                new Slip("ND30-NUMBER-FORMAT", "Số: 05/KH-SYT", "Số 15/kh-syt", "Số: 15/KH-SYT"),
                new Slip("ND30-NUMBER-FORMAT", "Số: 05/KH-SYT", "Số: 15/KH - SYT", "Số: 15/KH-SYT"),
                new Slip("ND30-SYMBOL-TYPE", "Số: 05/KH-SYT", "Số: 15/QĐ-SYT", "Số: 15/KH-SYT"),
                // Địa danh và thời gian (mục II.4)
                new Slip("ND30-DATE-PADDING", "Thanh Hóa, ngày 05 tháng 3 năm 2024", "Thanh Hóa, ngày 5 tháng 03 năm 2024",
                        "Thanh Hóa, ngày 05 tháng 3 năm 2024"),
                new Slip("ND30-DATE-PADDING", "Thanh Hóa, ngày 05 tháng 3 năm 2024", "Thanh Hóa, ngày 15 tháng 1 năm 2024",
                        "Thanh Hóa, ngày 15 tháng 01 năm 2024"),
                new Slip("ND30-DATE-FORMAT", "Thanh Hóa, ngày 05 tháng 3 năm 2024", "thanh hóa ngày 05 tháng 3 năm 2024",
                        "Thanh Hóa, ngày 05 tháng 3 năm 2024"),
                new Slip("ND30-DATE-CASE", "Thanh Hóa, ngày 05 tháng 3 năm 2024", "THANH HÓA, NGÀY 05 THÁNG 3 NĂM 2024",
                        "Thanh Hóa, ngày 05 tháng 3 năm 2024"),
                // Quốc hiệu, Tiêu ngữ, tên cơ quan, tên loại (mục II.1, 2, 5)
                new Slip("ND30-MOTTO-TEXT", WordStyleDocument.MOTTO, "Độc lập – Tự do – Hạnh phúc", WordStyleDocument.MOTTO),
                new Slip("ND30-MOTTO-CASE", WordStyleDocument.MOTTO, "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", WordStyleDocument.MOTTO),
                new Slip("ND30-NATIONAL-TITLE-CASE", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam",
                        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Slip("ND30-ISSUER-CASE", "SỞ Y TẾ", "Sở Y tế", "SỞ Y TẾ"),
                new Slip("ND30-PARENT-CASE", "UBND TỈNH THANH HÓA", "UBND tỉnh Thanh Hóa", "UBND TỈNH THANH HÓA"),
                new Slip("ND30-TYPE-CASE", "KẾ HOẠCH", "Kế hoạch", "KẾ HOẠCH"),
                new Slip("ND30-SUBJECT-CASE", WordStyleDocument.SUBJECT_1, "PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM", null),
                // Nội dung (mục II.6): a basis's end, the body's end, point letters
                new Slip("ND30-BASIS-PUNCTUATION", OPENING, OPENING.replace("2024.", "2024,"), OPENING),
                new Slip("ND30-BODY-END", ENDING, ENDING.replace("./.", "."), ENDING),
                new Slip("ND30-POINT-ORDER", "đ) Phối hợp với các ngành liên quan;", "e) Phối hợp với các ngành liên quan;",
                        "đ) Phối hợp với các ngành liên quan;"),
                new Slip("ND30-POINT-LETTER", "c) Tập huấn cho cán bộ y tế tuyến xã;", "f) Tập huấn cho cán bộ y tế tuyến xã;",
                        "c) Tập huấn cho cán bộ y tế tuyến xã;"),
                // Người ký (mục II.7)
                new Slip("ND30-SIGNER-AUTHORITY", "KT. GIÁM ĐỐC", "KT GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
                new Slip("ND30-SIGNER-AUTHORITY", "KT. GIÁM ĐỐC", "K/T GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
                new Slip("ND30-SIGNER-NAME-CASE", "Nguyễn Văn An", "NGUYỄN VĂN AN", "Nguyễn Văn An"),
                new Slip("ND30-SIGNER-TITLE-CASE", "PHÓ GIÁM ĐỐC", "Phó Giám đốc", "PHÓ GIÁM ĐỐC"),
                new Slip("ND30-RECIPIENTS-LABEL-CASE", "Nơi nhận:", "NƠI NHẬN:", "Nơi nhận:"));
    }

    private static byte[] typed(String clean, String typed) {
        return TestDocx.edit(CLEAN, DOCUMENT, ">" + clean + "<", ">" + typed + "<");
    }

    @Test
    void theCleanDocumentHasNoFindings() {
        assertEquals(List.of(), TestDocx.ids(TestDocx.check(CLEAN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slips")
    void theSlipIsFoundWithTheLineAsItShouldRead(Slip slip) {
        List<Finding> findings = TestDocx.check(typed(slip.clean(), slip.typed()));
        Finding finding = findings.stream().filter(f -> f.rule().id().equals(slip.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(slip + " gave " + TestDocx.ids(findings)));
        assertTrue(finding.message().endsWith(finding.rule().expected()), finding.message());
        if (slip.corrected() == null) {
            assertNull(finding.correction(), finding.message());
            assertFalse(finding.message().contains("sửa thành"), finding.message());
            return;
        }
        assertEquals(slip.corrected(), finding.correction(), finding.message());
        assertTrue(finding.message().contains(", sửa thành: \"" + CorrectedText.shortened(slip.corrected()) + "\"; "),
                finding.message());
        List<Finding> mended = TestDocx.check(typed(slip.clean(), slip.corrected()));
        assertEquals(List.of(), TestDocx.ids(mended), "typing the corrected line mends it");
    }

    /** The case: the message says where the note goes, not the general rule alone. */
    @Test
    void aNoteAfterTheSemicolonIsToldToMoveBeforeIt() {
        Finding finding = TestDocx.check(typed("- UBND tỉnh (b/c);", "- Sở Y tế; (b/c)")).stream()
                .filter(f -> f.rule() == Rules.RECIPIENTS_PUNCTUATION).findFirst().orElseThrow();
        assertEquals("dòng \"- Sở Y tế; (b/c)\" có ghi chú \"(b/c)\" sau dấu chấm phẩy, ghi chú phải đứng trước dấu chấm phẩy,"
                + " sửa thành: \"- Sở Y tế (b/c);\"; " + Rules.RECIPIENTS_PUNCTUATION.expected(), finding.message());
    }

    /** On a draft, the room left for the number, the day and the month stays in the corrected line. */
    @Test
    void aDraftKeepsItsBlanks() {
        byte[] draft = TestDocx.edit(TestDocx.edit(TestDocx.camNgoc(), DOCUMENT, ">Số:         /KH-UBND<", ">Số         /kh-ubnd<"),
                DOCUMENT, ">Cẩm Ngọc, ngày      tháng      năm 2023<", ">Cẩm Ngọc ngày      tháng      năm 2023<");
        List<Finding> findings = TestDocx.check(draft);
        assertEquals(List.of("ND30-NUMBER-FORMAT@7", "ND30-DATE-FORMAT@8"), TestDocx.ids(findings));
        assertEquals("Số:         /KH-UBND", findings.get(0).correction());
        assertEquals("Cẩm Ngọc, ngày      tháng      năm 2023", findings.get(1).correction());
    }

    /** A long paragraph's correction is shown from its end, where the fix is; the JSON field has it whole. */
    @Test
    void aLongCorrectionIsShownByItsEnd() {
        Finding finding = TestDocx.check(typed(OPENING, OPENING.replace("2024.", "2024,"))).stream()
                .filter(f -> f.rule() == Rules.BASIS_PUNCTUATION).findFirst().orElseThrow();
        assertEquals(OPENING, finding.correction());
        assertTrue(finding.message().contains("sửa thành: \"…"), finding.message());
        assertTrue(finding.message().contains("về công tác y tế dự phòng năm 2024.\"; "), finding.message());
        assertTrue(new CheckReport("x.docx", List.of(finding)).json().contains("\"correction\" : \"" + OPENING + "\""));
    }
}
