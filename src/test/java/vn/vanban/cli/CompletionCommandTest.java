package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @TempDir
    Path dir;

    @Test
    void theScriptCompletesCommandsAndTheirOptionsInBash() throws Exception {
        CliRun run = CliRun.of("completion");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("_complete_vanban"), run.out());
        Path script = dir.resolve("vanban.bash");
        Files.writeString(script, run.out(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        // What bash offers after "vanban ren<Tab>" and "vanban render --te<Tab>".
        String probe = "source " + script + " 2>/dev/null\n"
                + "COMP_WORDS=(vanban ren); COMP_CWORD=1; _complete_vanban 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(vanban render --te); COMP_CWORD=2; _complete_vanban 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(vanban batch --pro); COMP_CWORD=2; _complete_vanban 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", probe).redirectErrorStream(true).start();
        String offered = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(60, TimeUnit.SECONDS));
        assertEquals("render\n--templates\n--province --progress\n", offered);
    }
}
