package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.PlanLoader;

/**
 * What render writes, check accepts, or the loader warned before: a plan's Lưu line and legal
 * bases, written the ways a clerk writes them, warn at load exactly when the rendered .docx fails
 * the checker's rule for them.
 */
class LoaderAgreesWithCheckTest {

    private static final String ARCHIVE = "luu: [VT, VH]";
    private static final String SECOND_BASIS = """
              - dan: Thực hiện
                van_ban:
                  loai: công văn
                  so: 789/UBND-VP
                  ngay: 2023-04-12
                  co_quan: UBND huyện Cẩm Thủy
                  trich_yeu: về việc triển khai Kế hoạch phòng, chống mại dâm năm 2023
            """;

    static Stream<Arguments> archives() {
        return Stream.of(
                Arguments.of("luu: [VT, VH]", false),
                Arguments.of("luu: [VT, VH, Lai (9)]", false),
                Arguments.of("luu: [VT, VH.]", false),
                Arguments.of("luu: [VT]", true),
                Arguments.of("luu: [VT.]", true),
                Arguments.of("luu: [VH, VT]", true),
                Arguments.of("luu: [VH]", true),
                Arguments.of("luu: [Văn thư, VH]", true));
    }

    static Stream<Arguments> bases() {
        return Stream.of(
                Arguments.of("  - Căn cứ Kế hoạch số 45/KH-UBND ngày 05/01/2023 của UBND huyện về các sự kiện văn hóa\n", false),
                Arguments.of("  - Thực hiện Kế hoạch số 45/KH-UBND ngày 05/01/2023 của UBND huyện\n", false),
                Arguments.of("  - Theo đề nghị của Trưởng Công an xã\n", false),
                Arguments.of("  - Kế hoạch số 45/KH-UBND ngày 05/01/2023 của UBND huyện về các sự kiện văn hóa\n", true),
                Arguments.of("  - Nghị quyết của Đảng ủy xã về công tác năm 2023\n", true),
                Arguments.of(SECOND_BASIS, false),
                Arguments.of(SECOND_BASIS.replace("dan: Thực hiện", "dan: Căn cứ"), false),
                Arguments.of(SECOND_BASIS.replace("dan: Thực hiện", "dan: Theo"), true));
    }

    private static String example() throws Exception {
        return Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
    }

    /** The warnings of the plan's text, and the rules its rendered .docx fails. */
    private static void assertAgree(String text, String warningSays, Set<String> rules, boolean fails) throws Exception {
        PlanLoader.LoadedPlan loaded = PlanLoader.load("ke-hoach.yaml", text);
        List<Problem> warned = loaded.warnings().stream().filter(w -> w.message().contains(warningSays)).toList();
        List<String> failed = TestDocx.check(Examples.renderer().render(loaded.plan()).docx()).stream()
                .map(f -> f.rule().id()).filter(rules::contains).toList();
        assertEquals(fails, !failed.isEmpty(), "check found " + failed);
        assertEquals(fails ? 1 : 0, warned.size(), "the loader warned " + loaded.warnings());
        warned.forEach(w -> assertTrue(w.line() > 0 && w.column() > 0, w.format()));
    }

    @ParameterizedTest
    @MethodSource("archives")
    void theArchiveLineWarnsAtLoadWhenCheckWouldFailIt(String archive, boolean fails) throws Exception {
        String text = example();
        assertTrue(text.contains(ARCHIVE));
        assertAgree(text.replace(ARCHIVE, archive), "dòng Lưu", Set.of("ND30-ARCHIVE-LINE"), fails);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aLegalBasisWarnsAtLoadWhenCheckWouldFailIt(String basis, boolean fails) throws Exception {
        String text = example();
        assertTrue(text.contains(SECOND_BASIS));
        assertAgree(text.replace(SECOND_BASIS, basis), "can_cu[2]", Set.of("ND30-BASIS-PUNCTUATION", "ND30-BODY-ITALIC"),
                fails);
    }
}
