package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Both launchers run every command but serve on the first JIT tier, batch included, and a batch
 * with the serial collector and a small young generation; the benchmark measures a batch with the same flags: a batch measured
 * otherwise than a clerk runs it would report another program.
 */
class LauncherFlagsTest {

    private static final String FIRST_TIER = "-XX:TieredStopAtLevel=1";
    private static final String SERIAL_GC = "-XX:+UseSerialGC";
    private static final String SMALL_YOUNG = "-Xmn32m";

    @Test
    void theBashLauncherLeavesOnlyServeOnEveryTier() throws Exception {
        String bash = Files.readString(Path.of("vanban"), StandardCharsets.UTF_8);
        assertTrue(bash.contains("case \"${1:-}\" in\n  serve) ;;\n  batch) jvm+=(" + FIRST_TIER + " " + SERIAL_GC + " " + SMALL_YOUNG + ") ;;\n"
                + "  *) jvm+=(" + FIRST_TIER + ") ;;\nesac"), bash);
    }

    @Test
    void theWindowsLauncherLeavesOnlyServeOnEveryTier() throws Exception {
        String cmd = Files.readString(Path.of("vanban.cmd"), StandardCharsets.US_ASCII);
        assertTrue(cmd.contains("if not \"%~1\"==\"\" if /i not \"%~1\"==\"serve\" set \"JVM=%JVM% " + FIRST_TIER + "\""), cmd);
        assertTrue(cmd.contains("if /i \"%~1\"==\"batch\" set \"JVM=%JVM% " + SERIAL_GC + " " + SMALL_YOUNG + "\""), cmd);
    }

    @Test
    void theBenchmarkRunsABatchAsTheLaunchersDo() throws Exception {
        String bench = Files.readString(Path.of("bench/harness/src/main/java/vn/vanban/bench/BenchMain.java"), StandardCharsets.UTF_8);
        assertTrue(bench.contains("LAUNCHER_BATCH_FLAGS = List.of(\"" + FIRST_TIER + "\", \"" + SERIAL_GC + "\", \"" + SMALL_YOUNG + "\")"),
                "BenchMain's batch flags");
    }
}
