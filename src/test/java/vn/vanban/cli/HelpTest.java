package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {

    /**
     * `vanban --help` lists each command with the first line of its description: that line must be
     * a whole sentence, or the list shows a clause cut off at a comma.
     */
    @Test
    void everyCommandIsListedWithAWholeSentence() {
        CommandLine vanban = new CommandLine(new Vanban());
        List<String> cut = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : vanban.getSubcommands().entrySet()) {
            if (command.getKey().equals("help")) {
                continue;
            }
            String[] description = command.getValue().getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0].strip();
            if (!first.endsWith(".")) {
                cut.add(command.getKey() + ": " + first);
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theHelpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String command : List.of("render", "preview", "next-year", "check", "derive", "companion", "import", "batch",
                "units, don-vi")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in:\n" + run.out());
        }
        assertTrue(run.out().contains("Mã thoát: 0 thành công"), run.out());
    }
}
