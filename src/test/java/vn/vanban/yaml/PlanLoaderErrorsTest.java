package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * Every kind of bad plan the issue names, made by breaking one thing in a real example: the
 * problem is reported in Vietnamese at the line and column of the broken value.
 */
class PlanLoaderErrorsTest {

    private static final String SOURCE = "ke-hoach.yaml";

    private static String example() throws Exception {
        return Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
    }

    /** The example with one line replaced; the replaced text must occur exactly once. */
    private static String breaking(String original, String replacement) throws Exception {
        String text = example();
        assertEquals(text.indexOf(original), text.lastIndexOf(original), "ambiguous: " + original);
        assertTrue(text.contains(original), original);
        return text.replace(original, replacement);
    }

    private static List<Problem> problems(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanLoader.load(SOURCE, text));
        return e.problems();
    }

    /** The 1-based line of the first occurrence of a fragment. */
    private static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        assertTrue(index >= 0, fragment);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    /**
     * The one problem of the example with one line replaced: it stands on the line that holds
     * {@code atLine} and its message says {@code says}.
     */
    private static Problem reported(String original, String replacement, String atLine, String says) throws Exception {
        String text = breaking(original, replacement);
        Problem p = single(problems(text));
        assertEquals(lineOf(text, atLine), p.line(), p.toString());
        assertTrue(p.message().contains(says), p.message());
        return p;
    }

    @Test
    void theExampleItselfLoads() throws Exception {
        PlanLoader.LoadedPlan loaded = PlanLoader.load(SOURCE, example());
        assertEquals(4, loaded.plan().parts().size());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void anAuthorityOtherThanTheFiveOfTheDecree() throws Exception {
        Problem p = reported("quyen_han: KT", "quyen_han: PCT", "quyen_han: PCT", "'PCT' không hợp lệ");
        assertEquals(14, p.column());
        assertTrue(p.message().contains("TM, KT, TL, TUQ, Q"), p.message());
    }

    @Test
    void aDateThatIsNotOnTheCalendar() throws Exception {
        Problem p = reported("ngay: null        # dự thảo", "ngay: 2023-02-30  # dự thảo", "ngay: 2023-02-30",
                "2023-02-30 không có trên lịch");
        assertEquals(7, p.column());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-13-09 | không có tháng 13, tháng viết từ 01 đến 12; ngày viết dạng NĂM-THÁNG-NGÀY, có phải 2026-09-13?",
            "2026-00-10 | không có tháng 0, tháng viết từ 01 đến 12)",
            "2026-14-31 | không có tháng 14, tháng viết từ 01 đến 12)",
            "2026-01-32 | tháng 1 năm 2026 không có ngày 32)",
            "2026-01-00 | không có ngày 0, ngày viết từ 01)",
            "2026-00-00 | không có tháng 0, tháng viết từ 01 đến 12)",
            "2026-02-29 | tháng 2 năm 2026 không có ngày 29)",
            "2026-04-31 | tháng 4 năm 2026 không có ngày 31)"})
    void aDateNotOnTheCalendarSaysWhichPartIsWrong(String date, String says) throws Exception {
        Problem p = reported("ngay: null        # dự thảo", "ngay: " + date + "  # dự thảo", "ngay: " + date, "ngay: ngày " + date
                + " không có trên lịch (" + says);
        assertEquals(7, p.column());
        assertTrue(p.message().endsWith(says.endsWith("?") ? says + ")" : says), p.message());
    }

    @Test
    void aLeapDayIsOnTheCalendar() throws Exception {
        String text = breaking("ngay: null        # dự thảo", "ngay: 2024-02-29  # dự thảo");
        assertEquals(java.time.LocalDate.of(2024, 2, 29), PlanLoader.load(SOURCE, text).plan().date());
    }

    @Test
    void aDateWrittenTheWrongWay() throws Exception {
        reported("ngay: 2023-03-31", "ngay: 31/3/2023", "ngay: 31/3/2023", "NĂM-THÁNG-NGÀY");
    }

    @Test
    void aNumberBelowOne() throws Exception {
        Problem p = reported("so: null          # dự thảo", "so: 0             # dự thảo", "so: 0",
                "so: giá trị 0 nhỏ hơn mức tối thiểu 1");
        assertEquals(5, p.column());
        assertTrue(p.message().startsWith("so: "), p.message());
    }

    @Test
    void aFontSizeOutsideTheDecreesRange() throws Exception {
        String text = example() + "trinh_bay:\n  co_chu: 12\n";
        Problem p = single(problems(text));
        assertEquals(lineOf(text, "co_chu: 12"), p.line());
        assertTrue(p.message().contains("trinh_bay.co_chu: giá trị 12 nhỏ hơn mức tối thiểu 13")
                && p.message().contains("Nghị định 30"), p.message());
    }

    @Test
    void aMarginOutsideTheDecreesRange() throws Exception {
        String text = example() + "trinh_bay:\n  le: {trai: 25, phai: 21}\n";
        List<Problem> problems = problems(text);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("trinh_bay.le.trai: giá trị 25 nhỏ hơn mức tối thiểu 30"));
        assertTrue(problems.get(1).message().contains("trinh_bay.le.phai: giá trị 21 lớn hơn mức tối đa 20"));
    }

    @Test
    void aMistypedKeyIsNotSilentlyIgnored() throws Exception {
        String text = breaking("  - tieu_de: Kinh phí thực hiện", "  - tieu_dee: Kinh phí thực hiện");
        List<Problem> problems = problems(text);
        Problem unknown = problems.stream().filter(p -> p.message().contains("tieu_dee")).findFirst().orElseThrow();
        assertEquals(lineOf(text, "tieu_dee"), unknown.line());
        assertEquals(5, unknown.column());
        assertTrue(unknown.message().contains("khóa không hợp lệ 'tieu_dee'; có phải 'tieu_de'?"), unknown.message());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("thiếu khóa bắt buộc 'tieu_de'")),
                "the part now lacks its title: " + problems);
    }

    @Test
    void anUnknownTopLevelKey() throws Exception {
        String text = example() + "nguoi_nhan: [VT]\n";
        Problem p = single(problems(text));
        assertEquals(lineOf(text, "nguoi_nhan:"), p.line());
        assertEquals(1, p.column());
        assertTrue(p.message().contains("khóa không hợp lệ 'nguoi_nhan'"), p.message());
    }

    @Test
    void textWithAColonThatYamlReadAsAKey() throws Exception {
        reported("  - Các bộ phận tại mục IV của KH", "  - Các bộ phận: tại mục IV của KH", "Các bộ phận: tại", "dấu nháy");
    }

    @Test
    void aYamlSyntaxError() throws Exception {
        String text = breaking("luu: [VT, VH]", "luu: [VT, VH");
        Problem p = single(problems(text));
        assertTrue(p.line() >= lineOf(text, "luu: [VT, VH"), p.toString());
        assertTrue(p.message().startsWith("lỗi cú pháp YAML"), p.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"luu: [VT, VH", "luu: \"VT, VH", "luu: [VT, VH,", "luu: {VT: 1", "luu: [VT, VH]]"})
    void aYamlSyntaxErrorIsToldInVietnamese(String broken) throws Exception {
        String text = breaking("luu: [VT, VH]", broken);
        Problem p = single(problems(text));
        assertTrue(p.message().startsWith("lỗi cú pháp YAML: "), p.message());
        assertFalse(p.message().matches("(?s).*\\b(expected|found|but got|while parsing)\\b.*"),
                "SnakeYAML's English reached the clerk: " + p.message());
    }

    @Test
    void aMissingRequiredKey() throws Exception {
        reported("  ho_ten: Phạm Văn Hành\n", "", "nguoi_ky:", "nguoi_ky: thiếu khóa bắt buộc 'ho_ten'");
    }

    @Test
    void anUndeclaredVariable() throws Exception {
        reported("trich_yeu: Phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}",
                "trich_yeu: Phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nma}", "trich_yeu:",
                "biến ${nma} chưa được khai báo");
    }

    @Test
    void aDuplicatedKey() throws Exception {
        reported("nam: 2023\n", "nam: 2023\nnam: 2024\n", "nam: 2024", "khóa 'nam' bị lặp lại");
    }

    @Test
    void aSignerWithoutTheTitleTheirAuthorityNeeds() throws Exception {
        String text = breaking("  chuc_vu_truong: Chủ tịch\n", "");
        Problem p = single(problems(text));
        assertTrue(p.message().contains("quyền hạn KT cần 'chuc_vu_truong'"), p.message());
    }

    @Test
    void aYearThatIsNotANumber() throws Exception {
        reported("nam: 2023", "nam: hai nghìn", "nam: hai", "nam: cần số nguyên, nhưng gặp văn bản");
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() throws Exception {
        String text = breaking("quyen_han: KT", "quyen_han: PCT").replace("so: null ", "so: -4 ")
                .replace("nam: 2023", "nam: 1800");
        List<Problem> problems = problems(text);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).line() < problems.get(1).line() && problems.get(1).line() < problems.get(2).line());
    }

    @Test
    void problemsFormatAsFileLineColumn() {
        assertEquals("a.yaml:3:7: thiếu", Problem.error("a.yaml", 3, 7, "thiếu").format());
        assertEquals("a.yaml:3:7: cảnh báo: nên", Problem.warning("a.yaml", 3, 7, "nên").format());
        assertEquals("a.yaml: không tìm thấy tệp", Problem.ofFile("a.yaml", "không tìm thấy tệp").format());
    }

    @Test
    void anEmptyFileAndAFileThatIsNotAPlan() {
        assertTrue(problems("").get(0).message().contains("tệp rỗng"));
        Problem notAPlan = problems("- một\n- hai\n").get(0);
        assertTrue(notAPlan.message().contains("cần nhóm khóa, nhưng gặp danh sách"), notAPlan.message());
    }

    @Test
    void aSubjectInCapitalsIsAWarningNotAnError() throws Exception {
        String text = breaking("trich_yeu: Phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}",
                "trich_yeu: PHÒNG, CHỐNG MẠI DÂM NĂM ${nam}");
        List<Problem> warnings = PlanLoader.load(SOURCE, text).warnings();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("trích yếu viết chữ thường"));
    }
}
