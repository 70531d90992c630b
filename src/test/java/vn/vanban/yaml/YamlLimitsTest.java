package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * The YAML loader's limits: each is answered in Vietnamese at the line and column where it was
 * crossed, and a real plan's use of aliases stays well inside them.
 */
class YamlLimitsTest {

    private static final String SOURCE = "ke-hoach.yaml";

    @TempDir
    Path dir;

    private static String example() throws Exception {
        return Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
    }

    private static Problem single(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanLoader.load(SOURCE, text));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem problem = e.problems().get(0);
        assertTrue(problem.line() > 0 && problem.column() > 0, "placed: " + problem.format());
        return problem;
    }

    private static void assertVietnamese(Problem problem) {
        for (String english : List.of("exceed", "Nesting", "aliases", "max=", "limit")) {
            assertTrue(!problem.message().contains(english), problem.format());
        }
    }

    /** Cẩm Ngọc's plan with one more part whose items all share one list of points through an alias. */
    private static String sharing(int items) throws Exception {
        StringBuilder part = new StringBuilder("\n  - tieu_de: Các thôn\n    muc:\n");
        for (int i = 0; i < items; i++) {
            part.append("      - tieu_de: Thôn ").append(i + 1).append('\n');
            part.append(i == 0 ? "        y: &chung\n          - Họp dân.\n          - Báo cáo xã.\n" : "        y: *chung\n");
        }
        String text = example();
        int end = text.indexOf("\nket_luan:");
        assertTrue(end > 0);
        return text.substring(0, end) + part + text.substring(end);
    }

    @Test
    void aPlanSharingAListWithSixtyItemsLoads() throws Exception {
        // 50 aliases was SnakeYAML's default limit, and vanban's until now.
        Plan plan = PlanLoader.load(SOURCE, sharing(61)).plan();
        assertEquals(5, plan.parts().size());
    }

    @Test
    void tooManyAliasesAreToldWhereTheLimitIsCrossed() throws Exception {
        String text = sharing(YamlTree.MAX_ALIASES + 2);
        Problem problem = single(text);
        assertTrue(problem.message().startsWith("quá nhiều chỗ dùng bí danh (*)"), problem.format());
        int firstUse = text.indexOf("*chung");
        int line = (int) text.substring(0, firstUse).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(line + 2 * YamlTree.MAX_ALIASES, problem.line(), "the alias past the limit");
        assertVietnamese(problem);
    }

    @Test
    void aBillionLaughsIsStoppedEarly() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            bomb.append("]\n");
        }
        Problem problem = single(bomb.toString());
        assertTrue(problem.message().startsWith("bí danh (*) làm kế hoạch nở ra quá nhiều giá trị"), problem.format());
        assertVietnamese(problem);
    }

    @Test
    void nestingTooDeepIsPlaced() throws Exception {
        String text = example().replace("luu: [VT, VH]", "luu: [VT, VH]\ntrinh_bay: " + "[".repeat(100) + "]".repeat(100));
        Problem problem = single(text);
        assertTrue(problem.message().startsWith("cấu trúc lồng nhau quá sâu"), problem.format());
        // The plan's own map is the first level: the 64th bracket is the 65th.
        assertEquals("trinh_bay: ".length() + YamlTree.MAX_DEPTH, problem.column(), "at the bracket past the limit");
        assertVietnamese(problem);
    }

    @Test
    void aMillionTinyValuesAreRefusedBeforeTheyFillTheMemory() throws Exception {
        String text = example().replace("luu: [VT, VH]", "luu: [" + "a,".repeat(YamlTree.MAX_VALUES) + "b]");
        Problem problem = single(text);
        assertTrue(problem.message().startsWith("tệp có quá nhiều giá trị"), problem.format());
        assertVietnamese(problem);
    }

    @Test
    void aDuplicateKeyInBracesIsPlaced() throws Exception {
        Problem problem = single(example().replace("luu: [VT, VH]", "luu: [VT, VH]\ntrinh_bay: {co_chu: 14, co_chu: 13}"));
        assertEquals("khóa 'co_chu' bị lặp lại", problem.message());
    }

    @Test
    void halfASurrogatePairIsNotPrintedAsAQuestionMark() throws Exception {
        Problem problem = single(example().replace("luu: [VT, VH]", "luu: [VT, \"V\\uD800H\"]"));
        assertTrue(problem.message().contains("U+D800, một nửa cặp mã UTF-16 đứng lẻ"), problem.format());
        // A whole pair is a letter like any other.
        PlanLoader.load(SOURCE, example().replace("luu: [VT, VH]", "luu: [VT, \"V\\uD835\\uDC00H\"]"));
    }

    @Test
    void lineSeparatorsInsideATextAreSpaces() throws Exception {
        Plan plan = PlanLoader.load(SOURCE, example().replace("trich_yeu: Phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}",
                "trich_yeu: \"Phòng, chống\\Lmại dâm\\Ntrên địa bàn\\u2029${dia_ban} năm ${nam}\"")).plan();
        assertEquals("Phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}", plan.subject());
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws Exception {
        Path big = dir.resolve("lon.yaml");
        Files.write(big, new byte[(int) YamlTree.MAX_BYTES + 1]);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> YamlTree.read(big));
        assertTrue(e.problems().get(0).message().startsWith("tệp quá lớn (trên 2 MB)"), e.problems().toString());
    }

    @Test
    void aFileThatNeverEndsIsNotRead() {
        Path endless = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(endless), "no /dev/zero here");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> YamlTree.read(endless));
        assertEquals("/dev/zero: tệp quá lớn (trên 2 MB); một kế hoạch thường dưới 100 KB, tệp đơn vị của cả một tỉnh dưới 1 MB",
                e.problems().get(0).format());
    }
}
