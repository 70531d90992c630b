package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Renders the example with the title macro doing this, which must stop with the message at the title template. */
    private void titleFault(String body, String atTitleTemplate) throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path mau = templates(body);
        TestPlans.refused(dir, mau.resolve("nd30/ten-loai.ftlx") + atTitleTemplate, "render", plan.toString(), "--templates",
                mau.toString(), "-o", dir.resolve("x.docx").toString());
    }

    @Test
    void aMacroCallingItselfIsExitTwoNotAStackOverflow() throws Exception {
        // The 501st level falls on the macro or on its call, both on line 1, as deep as the template
        // that calls the title block nests it: the template and its line are what the clerk needs.
        Path plan = TestPlans.copyOfExample(dir);
        Path mau = templates("<@khoi t/>");
        CliRun run = TestPlans.refused(dir, mau.resolve("nd30/ten-loai.ftlx") + ":1:", "render", plan.toString(),
                "--templates", mau.toString(), "-o", dir.resolve("x.docx").toString());
        assertTrue(run.err().matches("(?s).*ten-loai\\.ftlx:1:(1|16): mẫu lồng nhau quá sâu.*"), run.err());
    }

    @Test
    void aLoopThatNeverEndsIsStoppedAtTheTimeLimit() throws Exception {
        titleFault("<#list 1..2000000000 as i></#list>", ":1:16: mẫu chạy quá 10 giây");
    }

    @Test
    void aPartsListNamingAFileOutsideThePackageIsRefused() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path parts = Files.createDirectories(dir.resolve("mau/ke-hoach")).resolve("parts.txt");
        Files.write(parts, Stream.concat(Files.readAllLines(Path.of("templates/ke-hoach/parts.txt")).stream(),
                Stream.of("../../ngoai.xml nd30/goi/app.xml.ftlx")).toList());
        TestPlans.refused(dir, parts + ":", "render", plan.toString(), "--templates", dir.resolve("mau").toString(),
                "-o", dir.resolve("x.docx").toString());
        TestPlans.refused(dir, "tên phần '../../ngoai.xml' không dùng được", "batch", plan.toString(), "--province", "Huế",
                "--templates", dir.resolve("mau").toString(), "-o", dir.resolve("ra.zip").toString(), "--zip");
    }
}
