package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;

class ServeCommandTest {

    @TempDir
    Path work;

    @Test
    void otherCommandsNeverLoadTheWebServer() throws IOException {
        for (List<String> args : List.of(List.of("render", "examples/" + Examples.CAM_NGOC + ".yaml", "-o",
                work.resolve("x.docx").toString()), List.of("serve", "--help"), List.of("--help"))) {
            Path log = work.resolve("classes-" + args.get(0).replace("-", "") + ".log");
            CliRun run = CliProcess.run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log),
                    args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            String loaded = Files.readString(log);
            assertTrue(loaded.contains("vn.vanban.cli.Vanban "), "the log lists vanban's classes");
            assertFalse(loaded.contains("org.eclipse.jetty"), args + " loads Jetty");
            assertFalse(loaded.contains("vn.vanban.serve."), args + " loads the desk");
        }
    }

    @Test
    void aFolderThatIsNotThereIsToldAndNothingStarts() {
        CliRun run = CliRun.of("serve", work.resolve("khong-co").toString(), "--no-browser");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(work.resolve("khong-co") + ": không có thư mục này\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aPortOutOfRangeOrTakenIsTold() throws IOException {
        CliRun range = CliRun.of("serve", work.toString(), "--port", "70000", "--no-browser");
        assertEquals(ExitCode.BAD_INPUT, range.exitCode());
        assertTrue(range.err().startsWith("--port: cổng 70000 không dùng được"), range.err());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun busy = CliRun.of("serve", work.toString(), "--port", Integer.toString(taken.getLocalPort()), "--no-browser");
            assertEquals(ExitCode.BAD_INPUT, busy.exitCode());
            assertTrue(busy.err().startsWith("--port: cổng " + taken.getLocalPort() + " đang bận"), busy.err());
        }
    }
}
