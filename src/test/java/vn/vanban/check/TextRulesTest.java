package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vanban.check.Edits.all;
import static vn.vanban.check.Edits.doc;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.docx.TestDocx;

/**
 * The rules about what is written, each way it can be right or wrong: zero padding of the number
 * and the date, the "Số:" pattern and the symbol, the motto, the Quốc hiệu's two spellings, point
 * letters, Nơi nhận and the Lưu line. Each row puts one text into the corrected rendering and
 * lists the findings of the rule family it expects (none when the text is right).
 */
class TextRulesTest {

    private static final String NUMBER = ">Số:         /KH-UBND<";
    private static final String DATE = ">Cẩm Ngọc, ngày      tháng      năm 2023<";

    private static List<String> findings(UnaryOperator<byte[]> edit, String family) {
        byte[] docx = edit.apply(RuleViolationsTest.base(RuleViolationsTest.CLEAN));
        return TestDocx.check(docx).stream().map(f -> f.rule().id()).filter(id -> id.startsWith(family)).toList();
    }

    private static List<String> expected(String ids) {
        return ids == null || ids.isBlank() ? List.of() : List.of(ids.split(" "));
    }

    @ParameterizedTest(name = "\"{0}\" → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Cẩm Ngọc, ngày 05 tháng 01 năm 2020|",
        "Cẩm Ngọc, ngày 17 tháng 02 năm 2023|",
        "Cẩm Ngọc, ngày 29 tháng 6 năm 2019|",
        "Cẩm Ngọc, ngày 10 tháng 12 năm 2023|",
        "Cẩm Ngọc, ngày 31 tháng 3 năm 2023|",
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019|",
        "Cẩm Ngọc, ngày      tháng      năm 2023|",
        "Cẩm Ngọc, ngày ... tháng ... năm 2023|",
        "Cẩm Ngọc, ngày 5 tháng 6 năm 2023|ND30-DATE-PADDING",
        "Cẩm Ngọc, ngày 05 tháng 1 năm 2023|ND30-DATE-PADDING",
        "Cẩm Ngọc, ngày 15 tháng 2 năm 2023|ND30-DATE-PADDING",
        "Cẩm Ngọc, ngày 15 tháng 03 năm 2023|ND30-DATE-PADDING",
        "Cẩm Ngọc, ngày 15 tháng 09 năm 2023|ND30-DATE-PADDING",
        "Cẩm Ngọc, ngày 005 tháng 12 năm 2023|ND30-DATE-PADDING",
        "Cẩm Ngọc ngày 05 tháng 01 năm 2023|ND30-DATE-FORMAT",
        "cẩm Ngọc, ngày 05 tháng 01 năm 2023|ND30-DATE-FORMAT",
        "Cẩm Ngọc, ngày 05/01/2023 năm 2023|ND30-DATE-FORMAT",
    })
    void dateLine(String text, String ids) {
        assertEquals(expected(ids), findings(doc(DATE, ">" + text + "<"), "ND30-DATE-"));
    }

    @ParameterizedTest(name = "\"{0}\" → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Số: 05/KH-UBND|",
        "Số: 416/KH-UBND|",
        "Số: 10/KH-UBND|",
        "Số:    /KH-UBND|",
        "Số: 5/KH-UBND|ND30-NUMBER-PADDING",
        "Số: 0416/KH-UBND|ND30-NUMBER-PADDING",
        "Số: 010/KH-UBND|ND30-NUMBER-PADDING",
        "Số: 005/KH-UBND|ND30-NUMBER-PADDING",
        "Số 05/KH-UBND|ND30-NUMBER-FORMAT",
        "SỐ: 05/KH-UBND|ND30-NUMBER-FORMAT",
        "Số: 05/KH - UBND|ND30-NUMBER-FORMAT",
        "Số: 05/kh-UBND|ND30-NUMBER-FORMAT",
        "Số: 05 KH-UBND|ND30-NUMBER-FORMAT",
        "Số: 05/KH.UBND|ND30-NUMBER-FORMAT",
        "Số: 5/KH UBND|ND30-NUMBER-FORMAT ND30-NUMBER-PADDING",
    })
    void numberLine(String text, String ids) {
        assertEquals(expected(ids), findings(doc(NUMBER, ">" + text + "<"), "ND30-NUMBER-"));
    }

    /** The symbol against Phụ lục III: the type name KẾ HOẠCH (or another) and its abbreviation. */
    @ParameterizedTest(name = "{0} numbered {1} → [{2}]")
    @CsvSource(delimiter = '|', value = {
        "KẾ HOẠCH|05/KH-UBND|",
        "KẾ HOẠCH|05/KH-SYT|",
        "KẾ HOẠCH|05/QĐ-UBND|ND30-SYMBOL-TYPE",
        "KẾ HOẠCH|05/UBND-VX|ND30-SYMBOL-TYPE",
        "QUYẾT ĐỊNH|05/QĐ-UBND|",
        "QUY ĐỊNH|05/QyĐ-UBND|",
        "CHƯƠNG TRÌNH|05/CTr-UBND|",
        "TỜ TRÌNH|05/TTr-UBND|",
        "BÁO CÁO|05/BC-UBND|",
        "BÁO CÁO|05/BB-UBND|ND30-SYMBOL-TYPE",
        "GIẤY MỜI|05/GM-UBND|",
    })
    void symbolAgainstTypeName(String typeName, String number, String ids) {
        UnaryOperator<byte[]> edit = all(doc(">KẾ HOẠCH<", ">" + typeName + "<"), doc(NUMBER, ">Số: " + number + "<"));
        assertEquals(expected(ids), findings(edit, "ND30-SYMBOL-"));
    }

    @ParameterizedTest(name = "\"{0}\" → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Độc lập - Tự do - Hạnh phúc|",
        "Độc lập – Tự do – Hạnh phúc|ND30-MOTTO-TEXT",
        "Độc lập-Tự do-Hạnh phúc|ND30-MOTTO-TEXT",
        "Độc Lập - Tự Do - Hạnh Phúc|ND30-MOTTO-TEXT",
        "Độc lập Tự do Hạnh phúc|ND30-MOTTO-TEXT",
        "ĐỘC LẬP - TỰ DO - HẠNH PHÚC|ND30-MOTTO-CASE",
    })
    void motto(String text, String ids) {
        // A motto written differently is a different width: its rule length is judged separately.
        List<String> found = findings(doc(">Độc lập - Tự do - Hạnh phúc<", ">" + text + "<"), "ND30-MOTTO-").stream()
                .filter(id -> !id.contains("-RULE-")).toList();
        assertEquals(expected(ids), found);
    }

    /** The decree writes both HÒA and HOÀ; either is the Quốc hiệu. */
    @ParameterizedTest(name = "\"{0}\" → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|",
        "Cộng hoà xã hội chủ nghĩa Việt Nam|ND30-NATIONAL-TITLE-CASE",
        "VIỆT NAM DÂN CHỦ CỘNG HÒA|ND30-NATIONAL-TITLE-MISSING",
    })
    void nationalTitle(String text, String ids) {
        assertEquals(expected(ids), findings(doc(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<", ">" + text + "<"), "ND30-NATIONAL-"));
    }

    /** The Vietnamese alphabet has no f, j, w or z; after d) comes đ), after e) comes g). */
    @ParameterizedTest(name = "points {0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "a b c d đ e g h|",
        "a b c d e|ND30-POINT-ORDER",
        "a b c d đ e f|ND30-POINT-LETTER",
        "j|ND30-POINT-LETTER",
        "a b c d đ e g h i k l m n o p q r s t u v w|ND30-POINT-LETTER",
        "a b c d đ e g h i k l m n o p q r s t u v x y z|ND30-POINT-LETTER",
    })
    void pointLetters(String letters, String ids) {
        StringBuilder points = new StringBuilder();
        for (String letter : letters.split(" ")) {
            points.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(letter).append(") Nội dung điểm.</w:t></w:r></w:p>");
        }
        UnaryOperator<byte[]> edit = doc("<w:p><w:pPr><w:pStyle w:val=\"DeMuc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">II.",
                points + "<w:p><w:pPr><w:pStyle w:val=\"DeMuc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">II.");
        List<String> found = findings(edit, "ND30-POINT-").stream().distinct().sorted().toList();
        assertEquals(expected(ids).stream().sorted().toList(), found);
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
        ">- Lưu: VT, VH.<|",
        ">- Lưu: VT, VH (02b).<|",
        ">- Lưu: VT.<|ND30-ARCHIVE-LINE",
        ">- Lưu VT, VH.<|ND30-ARCHIVE-LINE",
        ">- Lưu: VT, VH<|ND30-ARCHIVE-LINE",
        ">- Lưu: VH, VT.<|ND30-ARCHIVE-LINE",
        ">- Lưu hồ sơ.<|ND30-ARCHIVE-LINE",
        ">- VP UBND huyện.<|ND30-ARCHIVE-LINE ND30-RECIPIENTS-PUNCTUATION",
    })
    void archiveLine(String text, String ids) {
        List<String> found = findings(doc(">- Lưu: VT, VH.<", text), "ND30-").stream()
                .filter(id -> id.startsWith("ND30-ARCHIVE") || id.startsWith("ND30-RECIPIENTS")).sorted().toList();
        assertEquals(expected(ids).stream().sorted().toList(), found);
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
        ">- VP UBND huyện (b/c);<|",
        ">– VP UBND huyện (b/c);<|",
        ">+ VP UBND huyện (b/c);<|ND30-RECIPIENTS-PUNCTUATION",
        ">VP UBND huyện (b/c);<|ND30-RECIPIENTS-PUNCTUATION",
        ">- VP UBND huyện (b/c),<|ND30-RECIPIENTS-PUNCTUATION",
        ">- VP UBND huyện (b/c)<|ND30-RECIPIENTS-PUNCTUATION",
    })
    void recipientLines(String text, String ids) {
        assertEquals(expected(ids), findings(doc(">- VP UBND huyện (b/c);<", text), "ND30-RECIPIENTS-"));
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
        ">KT. CHỦ TỊCH<|",
        ">KT CHỦ TỊCH<|ND30-SIGNER-AUTHORITY",
        ">K/T CHỦ TỊCH<|ND30-SIGNER-AUTHORITY",
        ">KT. Chủ tịch<|ND30-SIGNER-TITLE-CASE",
    })
    void signerAuthority(String text, String ids) {
        assertEquals(expected(ids), findings(doc(">KT. CHỦ TỊCH<", text), "ND30-SIGNER-"));
    }

    /** Below the Lưu line stands at most the drafter's symbol and copies (ô 12): not a recipient, not the signer. */
    @org.junit.jupiter.api.Test
    void linesBelowTheArchiveLineAreNeitherRecipientsNorSigner() {
        UnaryOperator<byte[]> edit = doc(">- Lưu: VT, VH.</w:t></w:r></w:p>",
                ">- Lưu: VT, VH.</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"NoiNhan\"/></w:pPr><w:r><w:t>PL.(30)</w:t></w:r></w:p>"
                        + "<w:p><w:pPr><w:pStyle w:val=\"NoiNhan\"/></w:pPr><w:r><w:t>***</w:t></w:r></w:p>");
        byte[] docx = edit.apply(RuleViolationsTest.base(RuleViolationsTest.CLEAN));
        Components c = Recognizer.recognize(TestDocx.read(docx));
        assertEquals("- Lưu: VT, VH.", c.recipients().get(c.recipients().size() - 1).text());
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), c.signerTitles().stream().map(Line::text).toList());
        assertEquals("Phạm Văn Hành", c.signerName().text());
        assertEquals(List.of(), TestDocx.ids(TestDocx.check(docx)));
    }

    /** A signer block with a stray mark (a table border typed as "|") still ends with the name. */
    @org.junit.jupiter.api.Test
    void letterlessLinesAreNotSignerLines() {
        UnaryOperator<byte[]> edit = doc(">Phạm Văn Hành</w:t></w:r></w:p>",
                ">Phạm Văn Hành</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"HoTen\"/><w:spacing w:before=\"0\"/></w:pPr>"
                        + "<w:r><w:t>|</w:t></w:r></w:p>");
        Components c = Recognizer.recognize(TestDocx.read(edit.apply(RuleViolationsTest.base(RuleViolationsTest.CLEAN))));
        assertEquals("Phạm Văn Hành", c.signerName().text());
    }
}
