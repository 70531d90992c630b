package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.nd30.Form;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * A --templates folder is a sandbox: its parts list cannot name files outside the package, and
 * its templates cannot run forever, nest without end, write without end, or reach files outside
 * the folder. Every such fault is the clerk's (user templates) and is placed at a template and line.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TemplateSandboxTest {

    /** Short limits, so that the tests do not wait the ten seconds a clerk's run is given. */
    private static final TemplateSet.Limits QUICK = new TemplateSet.Limits(1, 500, 1024 * 1024);

    @TempDir
    Path dir;

    private Path mau() throws Exception {
        return Files.createDirectories(dir.resolve("mau/nd30")).getParent();
    }

    /** The part title template replaced by one whose macro does this. */
    private Path titleMacro(String body) throws Exception {
        Path mau = mau();
        Files.writeString(mau.resolve("nd30/ten-loai.ftlx"), "<#macro khoi t>" + body + "</#macro>\n");
        return mau;
    }

    private static Map<String, Object> camNgoc() {
        return Map.of("doc", PlanLayout.layout(Examples.plan(Examples.CAM_NGOC)).view());
    }

    private Problem fails(Path mau, TemplateSet.Limits limits) throws Exception {
        TemplateSet templates = TemplateSet.load(DocxRenderer.templateFolder(Form.TYPED), mau, limits);
        TemplateSet.TemplateFailure failure = assertThrows(TemplateSet.TemplateFailure.class, () -> templates.render(camNgoc()));
        assertTrue(failure.userTemplates(), "the clerk's to fix: exit 2");
        return failure.problem();
    }

    private void assertAtTitleTemplate(Problem problem, int column) {
        assertTrue(problem.source().endsWith("ten-loai.ftlx"), problem.format());
        assertEquals(1, problem.line(), problem.format());
        assertEquals(column, problem.column(), problem.format());
    }

    @Test
    void aMacroCallingItselfIsStoppedAndNamed() throws Exception {
        Problem problem = fails(titleMacro("<@khoi t/>"), QUICK);
        // The 501st level falls on the macro (column 1) or on its call (column 16), as deep as the
        // document template nests the title block; both name the template and its line.
        assertTrue(problem.column() == 1 || problem.column() == 16, problem.format());
        assertAtTitleTemplate(problem, problem.column());
        assertTrue(problem.message().startsWith("mẫu lồng nhau quá sâu"), problem.format());
    }

    @Test
    void aLoopThatNeverEndsStopsAtTheTimeLimit() throws Exception {
        Problem problem = fails(titleMacro("<#list 1..2000000000 as i><#if i < 0>x</#if></#list>"), QUICK);
        assertAtTitleTemplate(problem, 42);
        assertTrue(problem.message().startsWith("mẫu chạy quá 1 giây"), problem.format());
    }

    @Test
    void anEmptyLoopAndAnEndlessBuiltInStopToo() throws Exception {
        // Neither enters a template element while it runs: the wait for the thread gives up instead.
        for (String body : List.of("<#list 1..2000000000 as i></#list>", "${(1..2000000000)?join(\",\")}")) {
            Problem problem = fails(titleMacro(body), QUICK);
            assertAtTitleTemplate(problem, 16);
            assertTrue(problem.message().startsWith("mẫu chạy quá 1 giây"), problem.format());
        }
    }

    @Test
    void anAttemptCannotRecoverFromTheLimit() throws Exception {
        Problem problem = fails(titleMacro("<#attempt><#list 1..2000000000 as i><#if i < 0>x</#if></#list>"
                + "<#recover>đã cứu</#attempt>"), QUICK);
        assertTrue(problem.message().startsWith("mẫu chạy quá 1 giây"), problem.format());
    }

    @Test
    void aTemplateWritingWithoutEndStopsAtTheOutputLimit() throws Exception {
        // Time enough that only the output limit can stop it, however loaded the machine.
        Problem problem = fails(titleMacro("<#list 1..2000000000 as i>${i}</#list>"), new TemplateSet.Limits(120, 500, 1024 * 1024));
        assertTrue(problem.source().endsWith("ten-loai.ftlx"), problem.format());
        assertEquals("mẫu ghi ra quá nhiều: phần word/document.xml dài hơn 1 MB", problem.message());
    }

    @Test
    void partNamesCannotLeaveThePackageNorRepeat() throws Exception {
        Path mau = mau();
        Path parts = Files.createDirectories(mau.resolve("ke-hoach")).resolve("parts.txt");
        List<String> lines = Files.readAllLines(Path.of("templates/ke-hoach/parts.txt"));
        Files.write(parts, Stream.concat(lines.stream(), Stream.of(
                "../../ngoai.xml nd30/goi/app.xml.ftlx",
                "/tuyet-doi.xml nd30/goi/app.xml.ftlx",
                "word\\\\doi.xml nd30/goi/app.xml.ftlx",
                "WORD/Document.xml ke-hoach/document.xml.ftlx",
                "word/them.xml ../ngoai.ftlx")).toList());
        int first = lines.size() + 1;
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TemplateSet.load(DocxRenderer.templateFolder(Form.TYPED), mau, QUICK));
        assertEquals(List.of(first, first + 1, first + 2, first + 3, first + 4),
                e.problems().stream().map(Problem::line).toList(), e.problems().toString());
        assertTrue(e.problems().get(0).format().startsWith(parts + ":" + first + ":1: tên phần '../../ngoai.xml' không dùng được"),
                e.problems().get(0).format());
        assertTrue(e.problems().get(3).message().startsWith("phần 'WORD/Document.xml' đã có ở dòng"), e.problems().get(3).format());
        assertTrue(e.problems().get(4).message().startsWith("tên tệp mẫu '../ngoai.ftlx' không dùng được"), e.problems().get(4).format());
    }

    @Test
    void aLinkOutOfTheFolderIsNamedBeforeAnythingRuns() throws Exception {
        Path outside = Files.writeString(dir.resolve("ngoai.ftlx"), "<#macro khoi t>X</#macro>\n");
        Path mau = mau();
        Path link = mau.resolve("nd30/ten-loai.ftlx");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TemplateSet.load(DocxRenderer.templateFolder(Form.TYPED), mau, QUICK));
        assertEquals(link + ": tệp mẫu là liên kết (symlink) trỏ ra ngoài thư mục mẫu; vanban chỉ đọc tệp nằm trong thư mục"
                + " mẫu: hãy chép tệp vào đó", e.problems().get(0).format());
    }

    @Test
    void aTemplateLargerThanAMegabyteIsNotRead() throws Exception {
        // The title template is imported while the document part runs, so the refusal comes then.
        Problem problem = fails(titleMacro("x".repeat(1024 * 1024)), QUICK);
        assertTrue(problem.source().endsWith("ten-loai.ftlx"), problem.format());
        assertTrue(problem.message().startsWith("tệp mẫu quá lớn (trên 1024 KB)"), problem.format());
    }

    @Test
    void theBundledTemplatesGivenAsAFolderRenderTheSameBytesUnderTheGuard() throws Exception {
        Path mau = dir.resolve("mau");
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = mau.resolve(Path.of("templates").relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        for (String example : Examples.names()) {
            assertArrayEquals(Examples.docx(example), DocxRenderer.create(mau).render(Examples.plan(example)).docx(), example);
        }
    }
}
