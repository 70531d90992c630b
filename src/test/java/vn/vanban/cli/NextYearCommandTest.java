package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.vanban.Examples;
import vn.vanban.nextyear.NextYear;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

class NextYearCommandTest {

    private static final String INPUT = Examples.CAM_NGOC + ".yaml";
    private static final String OUTPUT = "cam-ngoc-2024-phong-chong-mai-dam.yaml";

    @TempDir
    Path dir;

    private Path plan;
    private CopiedExample example;

    @BeforeEach
    void copyExample() throws Exception {
        example = CopiedExample.of(Examples.CAM_NGOC, dir);
        plan = example.path();
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheNextYearBesideThePlanWithTheYearInItsName() throws Exception {
        CliRun run = CliRun.of("next-year", plan.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path out = dir.resolve(OUTPUT);
        assertTrue(run.out().startsWith("Kế hoạch năm 2024 từ " + plan + " (năm 2023)\n"), run.out());
        assertTrue(run.out().contains("  13: nam: 2023 → nam: 2024\n"), run.out());
        assertTrue(run.out().endsWith("Đã ghi " + out + "\n"), run.out());
        assertEquals(List.of(INPUT, OUTPUT), files(), "no temporary file left behind");
        String expected = NextYear.roll(YamlTree.read(plan), 2024).text();
        assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(2024, PlanLoader.load(out).plan().year());
        example.assertUntouched();
    }

    @Test
    void aNameWithoutTheYearGetsTheYearAdded() throws Exception {
        Path unnamed = dir.resolve("ke-hoach.yaml");
        Files.write(unnamed, example.original());
        CliRun run = CliRun.of("next-year", unnamed.toString(), "--nam", "2025");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.exists(dir.resolve("ke-hoach-2025.yaml")));
        assertEquals(Path.of("a/kh-2024.yml"), NextYearCommand.defaultOutput(Path.of("a/kh-2023.yml"), 2023, 2024));
        assertEquals(Path.of("kh-12023-2024.yaml"), NextYearCommand.defaultOutput(Path.of("kh-12023.yaml"), 2023, 2024));
        assertEquals(Path.of("kh-2024.yaml"), NextYearCommand.defaultOutput(Path.of("kh"), 2023, 2024));
    }

    @Test
    void dryRunPrintsTheReportAndWritesNothing() throws Exception {
        CliRun run = CliRun.of("next-year", plan.toString(), "--dry-run");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("  13: nam: 2023 → nam: 2024\n"), run.out());
        assertTrue(run.out().contains("Cần rà soát:"), run.out());
        assertTrue(run.out().endsWith("Chạy thử (--dry-run): không ghi tệp nào; tệp sẽ ghi là " + dir.resolve(OUTPUT) + "\n"),
                run.out());
        assertEquals(List.of(INPUT), files());
        example.assertUntouched();
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve(OUTPUT);
        Files.writeString(out, "bản cũ");
        CliRun refused = CliRun.of("next-year", plan.toString());
        assertEquals(ExitCode.BAD_INPUT, refused.exitCode());
        assertEquals(out + ": tệp đã có; dùng --force để ghi đè\n", refused.err());
        assertEquals("bản cũ", Files.readString(out));
        CliRun forced = CliRun.of("next-year", plan.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out).contains("nam: 2024"));
        example.assertUntouched();
    }

    @Test
    void theInputIsNeverTheOutput() throws Exception {
        CliRun run = CliRun.of("next-year", plan.toString(), "-o", plan.toString(), "--force");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("tệp ra trùng tệp vào"), run.err());
        example.assertUntouched();
    }

    @Test
    void notYamlIsReportedAtItsLineAndNothingIsWritten() throws Exception {
        Path bad = dir.resolve("hong-2023.yaml");
        Files.writeString(bad, "nam: 2023\ntrich_yeu: [chưa đóng\n");
        CliRun run = CliRun.of("next-year", bad.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .+"), run.err());
        assertEquals(List.of(INPUT, "hong-2023.yaml"), files());
    }

    @Test
    void yamlThatIsNotAPlanIsReportedAndNothingIsWritten() throws Exception {
        Path other = dir.resolve("danh-sach-2023.yaml");
        Files.writeString(other, "- một\n- hai\n");
        CliRun run = CliRun.of("next-year", other.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().startsWith(other.toString()), run.err());
        assertEquals(List.of(INPUT, "danh-sach-2023.yaml"), files());
    }

    @Test
    void aYearThatIsNotANumberIsRefused() throws Exception {
        CliRun run = CliRun.of("next-year", plan.toString(), "--nam", "abc");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("--nam: 'abc' không phải là một năm; cần năm viết bằng bốn chữ số, ví dụ --nam 2024\n", run.err());
        assertEquals(List.of(INPUT), files());
    }

    @Test
    void aYearOutOfRangeOrNotAfterThePlanIsRefused() throws Exception {
        CliRun far = CliRun.of("next-year", plan.toString(), "--nam", "2300");
        assertEquals(ExitCode.BAD_INPUT, far.exitCode());
        assertEquals("--nam: năm 2300 nằm ngoài khoảng cho phép 1945–2200\n", far.err());
        CliRun same = CliRun.of("next-year", plan.toString(), "--nam", "2023");
        assertEquals(ExitCode.BAD_INPUT, same.exitCode());
        assertEquals("--nam: năm mới (2023) phải sau năm của kế hoạch (2023)\n", same.err());
        assertEquals(List.of(INPUT), files());
    }

    @Test
    void aMissingFileIsReported() throws Exception {
        CliRun run = CliRun.of("next-year", dir.resolve("khong-co.yaml").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("không tìm thấy tệp"), run.err());
    }

    @Test
    void aResultThatDoesNotValidateIsNotWritten() throws Exception {
        NextYearCommand command = new NextYearCommand();
        command.roller = (tree, year) -> new NextYear.Rollover("nam: hai nghìn\n", "Kế hoạch", 2023, year, List.of(), List.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(plan.toString());
        assertEquals(ExitCode.INTERNAL, code);
        assertTrue(err.toString().contains(dir.resolve(OUTPUT) + ": kế hoạch năm 2024 không hợp lệ nên không ghi tệp nào"),
                err.toString());
        assertEquals("", out.toString(), "no report for a result that is not written");
        assertEquals(List.of(INPUT), files());
    }

    @Test
    void aByteOrderMarkStays() throws Exception {
        Path marked = dir.resolve("bom-2023.yaml");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] content = new byte[bom.length + example.original().length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(example.original(), 0, content, bom.length, example.original().length);
        Files.write(marked, content);
        assertEquals(ExitCode.OK, CliRun.of("next-year", marked.toString()).exitCode());
        byte[] written = Files.readAllBytes(dir.resolve("bom-2024.yaml"));
        assertArrayEquals(bom, java.util.Arrays.copyOf(written, 3));
    }

    @Test
    void theCommandIsListed() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("next-year"), run.out());
        CliRun help = CliRun.of("next-year", "--help");
        assertEquals(ExitCode.OK, help.exitCode());
        assertTrue(help.out().contains("--dry-run") && help.out().contains("--nam"), help.out());
    }
}
