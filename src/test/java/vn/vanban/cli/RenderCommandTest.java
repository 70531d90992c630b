package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;

class RenderCommandTest {

    @TempDir
    Path dir;

    private Path copyOfExample() throws Exception {
        return TestPlans.copyOfExample(dir);
    }

    private List<String> files() throws Exception {
        return TestPlans.files(dir);
    }

    @Test
    void writesTheDocxBesideThePlanByDefault() throws Exception {
        Path plan = copyOfExample();
        CliRun run = CliRun.of("render", plan.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path docx = dir.resolve("ke-hoach.docx");
        assertTrue(run.out().contains("Đã ghi " + docx));
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(docx));
        assertEquals(List.of("ke-hoach.docx", "ke-hoach.yaml"), files(), "no temporary file left behind");
    }

    @Test
    void badInputExitsTwoWithFileLineColumnAndWritesNothing() throws Exception {
        Path plan = copyOfExample();
        Files.writeString(plan, Files.readString(plan).replace("quyen_han: KT", "quyen_han: XX"));
        CliRun run = CliRun.of("render", plan.toString(), "-o", dir.resolve("out.docx").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().matches("(?s)" + java.util.regex.Pattern.quote(plan.toString()) + ":\\d+:\\d+: .*'XX' không hợp lệ.*"),
                run.err());
        assertEquals(List.of("ke-hoach.yaml"), files());
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws Exception {
        Path plan = copyOfExample();
        Path out = dir.resolve("out.docx");
        Files.writeString(out, "bản cũ");
        CliRun refused = CliRun.of("render", plan.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, refused.exitCode());
        assertTrue(refused.err().contains("tệp đã có; dùng --force để ghi đè"), refused.err());
        assertEquals("bản cũ", Files.readString(out));

        CliRun forced = CliRun.of("render", plan.toString(), "-o", out.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out));
    }

    @Test
    void aMissingPlanFile() {
        CliRun run = CliRun.of("render", dir.resolve("khong-co.yaml").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("khong-co.yaml: không tìm thấy tệp"), run.err());
    }

    @Test
    void aFileThatIsNotUtf8() throws Exception {
        Path plan = dir.resolve("latin1.yaml");
        Files.write(plan, "trich_yeu: Ph\u00f2ng\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("render", plan.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("không được mã hóa UTF-8"), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        CliRun run = CliRun.of("render", copyOfExample().toString(), "--khong-co");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--khong-co"), run.err());
    }

    @Test
    void helpListsTheCommandAndItsOptions() {
        CliRun run = CliRun.of("render", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String option : List.of("--output", "--pdf", "--force", "--templates", "PLAN.yaml")) {
            assertTrue(run.out().contains(option), option);
        }
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("render"));
    }

    @Test
    void aTemplateOverrideReplacesOneFileAndItsErrorsPointIntoIt() throws Exception {
        Path plan = copyOfExample();
        Path templates = Files.createDirectories(dir.resolve("mau/nd30"));
        Files.writeString(templates.resolve("ten-loai.ftlx"),
                "<#import \"chung.ftlx\" as c>\n<#macro khoi t>\n<@c.para \"TenLoai\" t.kindName/>\n<@c.para \"TrichYeu\" t.subject + \" (bản riêng)\"/>\n</#macro>\n");
        CliRun run = CliRun.of("render", plan.toString(), "--templates", dir.resolve("mau").toString(), "-o",
                dir.resolve("rieng.docx").toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Examples.text(Files.readAllBytes(dir.resolve("rieng.docx"))).contains("năm 2023 (bản riêng)"));

        Files.writeString(templates.resolve("ten-loai.ftlx"), "<#macro khoi t>\n<#if>\n</#macro>\n");
        CliRun broken = CliRun.of("render", plan.toString(), "--templates", dir.resolve("mau").toString(), "-o",
                dir.resolve("hong.docx").toString());
        assertEquals(ExitCode.BAD_INPUT, broken.exitCode());
        assertTrue(broken.err().contains(templates.resolve("ten-loai.ftlx") + ":2:"), broken.err());
        assertFalse(Files.exists(dir.resolve("hong.docx")));
    }
}
