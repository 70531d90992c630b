package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.vanban.Examples;

/** Example plans copied into a test's own folder, so commands write their outputs there. */
final class TestPlans {

    private TestPlans() {
    }

    /** The Cẩm Ngọc example as dir/ke-hoach.yaml. */
    static Path copyOfExample(Path dir) throws IOException {
        Path plan = dir.resolve("ke-hoach.yaml");
        Files.writeString(plan, Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replace("../schema/", "schema/"), StandardCharsets.UTF_8);
        return plan;
    }

    /**
     * Runs a command line that must be refused: exit 2, the expected words on stderr and no stack
     * trace there, and no file added to or removed from the folder.
     */
    static CliRun refused(Path dir, String expected, String... args) throws IOException {
        List<String> before = files(dir);
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), () -> "no '" + expected + "' in: " + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(before, files(dir), "nothing written");
        return run;
    }

    /** The names in a folder, sorted. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
