package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A fault in a --templates folder is the clerk's: exit 2, the template and line named, nothing written. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TemplateFaultsTest {

    @TempDir
    Path dir;

    private Path templates(String titleMacroBody) throws Exception {
        Path mau = Files.createDirectories(dir.resolve("mau/nd30")).getParent();
        Files.writeString(mau.resolve("nd30/ten-loai.ftlx"), "<#macro khoi t>" + titleMacroBody + "</#macro>\n");
        return mau;
    }

    private CliRun fault(String expected, String... args) throws Exception {
        List<String> before = TestPlans.files(dir);
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), () -> "no '" + expected + "' in: " + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(before, TestPlans.files(dir), "nothing written");
        return run;
    }

    @Test
    void aMacroCallingItselfIsExitTwoNotAStackOverflow() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path mau = templates("<@khoi t/>");
        fault(mau.resolve("nd30/ten-loai.ftlx") + ":1:1: mẫu lồng nhau quá sâu", "render", plan.toString(), "--templates",
                mau.toString(), "-o", dir.resolve("x.docx").toString());
    }

    @Test
    void aLoopThatNeverEndsIsStoppedAtTheTimeLimit() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path mau = templates("<#list 1..2000000000 as i></#list>");
        fault(mau.resolve("nd30/ten-loai.ftlx") + ":1:16: mẫu chạy quá 10 giây", "render", plan.toString(), "--templates",
                mau.toString(), "-o", dir.resolve("x.docx").toString());
    }

    @Test
    void aPartsListNamingAFileOutsideThePackageIsRefused() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path parts = Files.createDirectories(dir.resolve("mau/ke-hoach")).resolve("parts.txt");
        Files.write(parts, Stream.concat(Files.readAllLines(Path.of("templates/ke-hoach/parts.txt")).stream(),
                Stream.of("../../ngoai.xml nd30/goi/app.xml.ftlx")).toList());
        fault(parts + ":", "render", plan.toString(), "--templates", dir.resolve("mau").toString(),
                "-o", dir.resolve("x.docx").toString());
        fault("tên phần '../../ngoai.xml' không dùng được", "batch", plan.toString(), "--province", "Huế",
                "--templates", dir.resolve("mau").toString(), "-o", dir.resolve("ra.zip").toString(), "--zip");
    }
}
