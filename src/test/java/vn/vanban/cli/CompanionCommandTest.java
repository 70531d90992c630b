package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.companion.Companion;
import vn.vanban.companion.CompanionKind;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

class CompanionCommandTest {

    private static final String PLAN = Examples.HAI_DUONG + ".yaml";

    @TempDir
    Path dir;

    private Path plan;
    private CopiedExample example;

    @BeforeEach
    void copyExample() throws Exception {
        example = CopiedExample.of(Examples.HAI_DUONG, dir);
        plan = example.path();
    }

    @Test
    void writesEachKindBesideThePlanAsTheLibraryWritesIt() throws Exception {
        Map<String, CompanionKind> typed = Map.of("qđ", CompanionKind.DECISION, "Bc", CompanionKind.REPORT, "CV", CompanionKind.LETTER);
        for (Map.Entry<String, CompanionKind> kind : typed.entrySet()) {
            CliRun run = CliRun.of("companion", plan.toString(), "--loai", kind.getKey());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals("", run.err(), "a companion of a valid plan has no warnings");
            Path out = dir.resolve(Examples.HAI_DUONG + "-" + kind.getValue().fileSuffix() + ".yaml");
            assertTrue(run.out().startsWith(kind.getValue().title() + " kế hoạch từ " + PLAN + "\n  dẫn: Kế hoạch số 416/KH-UBND"
                    + " ngày 17/02/2023 của Ủy ban nhân dân tỉnh Hải Dương về phòng, chống mại dâm năm 2023\n"), run.out());
            assertTrue(run.out().contains("\nCần điền (dòng: việc):\n"), run.out());
            assertTrue(run.out().endsWith("\nĐã ghi " + out + "\n"), run.out());
            String expected = Companion.write(YamlTree.read(plan), kind.getValue(), new Companion.Options(PLAN,
                    "../schema/" + kind.getValue().schemaFile())).text();
            assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8));
            assertEquals(kind.getValue().kind(), PlanLoader.load(out).plan().kind());
        }
        assertEquals(List.of(Examples.HAI_DUONG + "-bao-cao.yaml", Examples.HAI_DUONG + "-cong-van.yaml",
                Examples.HAI_DUONG + "-quyet-dinh.yaml", PLAN), TestPlans.files(dir), "no temporary file left behind");
        example.assertUntouched();
    }

    @Test
    void theModelineNamesTheSchemaFromWhereTheFileLands() throws Exception {
        Path out = dir.resolve("thu-muc/con/quyet-dinh.yaml");
        Files.createDirectories(out.getParent());
        CliRun run = CliRun.of("companion", Examples.yaml(Examples.HAI_DUONG).toString(), "--loai", "QD", "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        String reference = InstalledSchema.modeline(Files.readString(out));
        assertEquals(Path.of("schema/quyet-dinh.schema.json").toAbsolutePath().normalize(),
                out.getParent().resolve(reference).toAbsolutePath().normalize(), reference);

        Path bare = dir.resolve("khong-modeline.yaml");
        Files.writeString(bare, new String(example.original(), StandardCharsets.UTF_8).replaceFirst("# yaml-language-server: \\S+\n", ""));
        CliRun installed = CliRun.of("companion", bare.toString(), "--loai", "CV");
        assertEquals(ExitCode.OK, installed.exitCode(), installed.err());
        String own = InstalledSchema.modeline(Files.readString(dir.resolve("khong-modeline-cong-van.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve(own)), "this vanban's own schema: " + own);
        assertTrue(own.endsWith("schema/cong-van.schema.json"), own);
    }

    @Test
    void dryRunPrintsTheReportAndWritesNothing() throws Exception {
        CliRun run = CliRun.of("companion", plan.toString(), "--loai", "BC", "--dry-run");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("- Mục I: 6 nhiệm vụ (phần \"Nội dung thực hiện\" của kế hoạch)\n"), run.out());
        assertTrue(run.out().contains("- Mục II: 8 chỉ tiêu của kế hoạch, mỗi chỉ tiêu một dòng của bảng\n"), run.out());
        assertTrue(run.out().endsWith("Chạy thử (--dry-run): không ghi tệp nào; tệp sẽ ghi là "
                + dir.resolve(Examples.HAI_DUONG + "-bao-cao.yaml") + "\n"), run.out());
        assertEquals(List.of(PLAN), TestPlans.files(dir));
    }

    @Test
    void anExistingOutputIsKeptUnlessForced() throws Exception {
        Path out = dir.resolve(Examples.HAI_DUONG + "-cong-van.yaml");
        Files.writeString(out, "bản cũ");
        TestPlans.refused(dir, out + ": tệp đã có; dùng --force để ghi đè", "companion", plan.toString(), "--loai", "CV");
        assertEquals("bản cũ", Files.readString(out));
        CliRun forced = CliRun.of("companion", plan.toString(), "--loai", "CV", "-f");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out).contains("\nloai: CV\n"));
        example.assertUntouched();
    }

    @Test
    void thePlanIsNeverTheOutput() throws Exception {
        TestPlans.refused(dir, plan + ": tệp ra trùng tệp vào", "companion", plan.toString(), "--loai", "QĐ",
                "-o", plan.toString(), "--force");
        TestPlans.refused(dir, "tệp ra trùng tệp vào", "companion", plan.toString(), "--loai", "BC",
                "-o", dir.resolve("thu-muc/../" + PLAN).toString(), "-f");
        example.assertUntouched();
    }

    @Test
    void anUnknownKindIsRefusedInVietnamese() throws Exception {
        CliRun run = TestPlans.refused(dir, "--loai: 'TB' không phải văn bản đi kèm vanban soạn được; cần QĐ (quyết định ban"
                + " hành), BC (báo cáo kết quả) hoặc CV (công văn triển khai)", "companion", plan.toString(), "--loai", "TB");
        assertEquals("", run.out());
        TestPlans.refused(dir, "vanban companion: thiếu tùy chọn bắt buộc --loai QĐ|BC|CV", "companion", plan.toString());
    }

    @Test
    void aFileThatIsNotAPlanIsToldAtItsLine() throws Exception {
        Path list = dir.resolve("danh-sach.yaml");
        Files.writeString(list, "- một\n- hai\n");
        CliRun notPlan = TestPlans.refused(dir, list.toString(), "companion", list.toString(), "--loai", "BC");
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(list.toString()) + ":\\d+:\\d+: ").matcher(notPlan.err()).find(),
                notPlan.err());
        Path broken = dir.resolve("hong.yaml");
        Files.writeString(broken, "nam: 2023\ntrich_yeu: [chưa đóng\n");
        CliRun notYaml = TestPlans.refused(dir, broken + ":", "companion", broken.toString(), "--loai", "QĐ");
        assertTrue(notYaml.err().matches("(?s)" + Pattern.quote(broken.toString()) + ":\\d+:\\d+: .+"), notYaml.err());
    }

    @Test
    void aDecisionGivenAsThePlanIsRefusedAtItsLoai() throws Exception {
        Path decision = dir.resolve("quyet-dinh.yaml");
        Files.copy(Examples.yaml(Examples.DECISION), decision);
        CliRun run = TestPlans.refused(dir, decision + ":6:7: tệp này là quyết định (loai: QĐ), không phải kế hoạch;"
                + " vanban companion soạn văn bản đi kèm một kế hoạch (loai: KH), chương trình (CTr) hoặc phương án (PA)",
                "companion", decision.toString(), "--loai", "BC");
        assertEquals("", run.out());
        Path report = dir.resolve("bao-cao.yaml");
        Files.copy(Examples.yaml(Examples.REPORT), report);
        TestPlans.refused(dir, report + ":6:7: tệp này là báo cáo (loai: BC), không phải kế hoạch", "companion",
                report.toString(), "--loai", "CV");
    }
}
