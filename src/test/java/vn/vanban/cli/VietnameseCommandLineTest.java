package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * What a clerk sees after the usual mistakes (an unknown option, a missing or mistyped file, a
 * typo in a command's name) and after --help is Vietnamese: none of picocli's own English words.
 */
class VietnameseCommandLineTest {

    /** picocli's English, as it prints it in help and in parse errors. */
    private static final List<String> ENGLISH = List.of("Usage", "Commands:", "Options:", "Unknown", "Unmatched",
            "Did you mean", "Possible solutions", "Missing required", "Show this help", "Print version",
            "Display help", "Invalid value", "Expected parameter", "mutually exclusive", "specified only once",
            "COMMAND", "is not an int", "Error:", "expected only one", "option '");

    private static void assertVietnamese(CliRun run) {
        for (String text : new String[] {run.out(), run.err()}) {
            for (String english : ENGLISH) {
                assertTrue(!text.contains(english), () -> "'" + english + "' reached the clerk:\n" + text);
            }
        }
    }

    private static CliRun mistake(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertVietnamese(run);
        return run;
    }

    @Test
    void anUnknownOptionIsNamedWithWhatWasMeant() {
        CliRun run = mistake("render", "--forse", "ke-hoach.yaml");
        assertEquals("vanban render: không có tùy chọn '--forse'; có phải là --force?\n"
                + "Xem hướng dẫn: vanban render --help\n", run.err().replace("\r\n", "\n"));
        mistake("check", "--jsn", "a.docx");
        mistake("batch", "ke-hoach.yaml", "--tinh", "Huế", "-o", "ra");
    }

    @Test
    void aTypoInACommandNameSuggestsTheCommand() {
        CliRun run = mistake("rendr", "ke-hoach.yaml");
        assertTrue(run.err().startsWith("vanban: không có lệnh 'rendr'; có phải là vanban render"), run.err());
        CliRun unlike = mistake("xyz");
        assertTrue(unlike.err().contains("không có lệnh 'xyz'"), unlike.err());
        CliRun help = mistake("help", "rendr");
        assertTrue(help.err().contains("không có lệnh 'rendr'; các lệnh: render,"), help.err());
    }

    @Test
    void aMissingFileOrValueIsNamed() {
        CliRun noPlan = mistake("render");
        assertTrue(noPlan.err().startsWith("vanban render: thiếu PLAN.yaml (tệp kế hoạch YAML)"), noPlan.err());
        CliRun noValue = mistake("render", "ke-hoach.yaml", "-o");
        assertTrue(noValue.err().startsWith("vanban render: thiếu giá trị sau --output (OUT.docx)"), noValue.err());
        CliRun absent = mistake("render", "khong-co-tep-nay.yaml");
        assertTrue(absent.err().startsWith("khong-co-tep-nay.yaml: không tìm thấy tệp"), absent.err());
        CliRun noUnits = mistake("batch", "ke-hoach.yaml", "-o", "ra");
        assertTrue(noUnits.err().contains("thiếu một trong --province"), noUnits.err());
        mistake("batch", "ke-hoach.yaml", "--province", "Huế");
        mistake("derive", "tinh.yaml");
        mistake("import");
    }

    @Test
    void wrongValuesAndCombinationsAreTold() {
        CliRun dpi = mistake("preview", "ke-hoach.yaml", "--dpi", "cao");
        assertTrue(dpi.err().contains("giá trị 'cao' không dùng được cho --dpi: cần một số nguyên"), dpi.err());
        CliRun both = mistake("batch", "ke-hoach.yaml", "--province", "Huế", "--units", "a.csv", "-o", "ra");
        assertTrue(both.err().contains("chỉ dùng một trong --province, --units"), both.err());
        CliRun twice = mistake("render", "ke-hoach.yaml", "-o", "a.docx", "-o", "b.docx");
        assertTrue(twice.err().contains("tùy chọn --output chỉ được dùng một lần"), twice.err());
        CliRun extra = mistake("render", "a.yaml", "b.yaml");
        assertTrue(extra.err().contains("thừa 'b.yaml'"), extra.err());
    }

    @Test
    void everyHelpIsVietnamese() {
        List<String> commands = new ArrayList<>(new CommandLine(new Vanban()).getSubcommands().keySet());
        List<String[]> helps = new ArrayList<>();
        helps.add(new String[] {"--help"});
        helps.add(new String[] {"help"});
        for (String command : commands) {
            helps.add(new String[] {command, "--help"});
            helps.add(new String[] {"help", command});
        }
        for (String[] args : helps) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCode.OK, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.out().startsWith("Cách dùng: vanban"), run.out());
            assertVietnamese(run);
        }
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("-h, --help      In hướng dẫn này rồi thoát."), top.out());
        assertTrue(top.out().contains("Các lệnh:"), top.out());
    }

    @Test
    void theOutputOptionSaysWhatEachCommandWrites() {
        assertTrue(CliRun.of("render", "--help").out().contains("-o, --output=OUT.docx"));
        assertTrue(CliRun.of("import", "--help").out().contains("-o, --output=PLAN.yaml"));
        assertTrue(CliRun.of("derive", "--help").out().contains("-o, --output=CHILD.yaml"));
        assertTrue(CliRun.of("preview", "--help").out().contains("-o, --output=DIR"));
        String batch = CliRun.of("batch", "--help").out();
        assertTrue(batch.startsWith("Cách dùng: vanban batch PLAN.yaml -o=DIR\n"), batch);
        assertTrue(batch.toLowerCase(Locale.ROOT).contains("(bắt buộc)"), batch);
    }
}
