package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.yaml.PlanLoader;

class DeriveCommandTest {

    private static final String PARENT = Examples.HAI_DUONG + ".yaml";
    private static final String PROFILE = "cam-ngoc.yaml";
    private static final String DEFAULT_OUTPUT = "cam-ngoc-" + PARENT;

    @TempDir
    Path dir;

    private Path parent;
    private Path profile;

    @BeforeEach
    void copyInputs() throws Exception {
        parent = dir.resolve(PARENT);
        Files.copy(Examples.yaml(Examples.HAI_DUONG), parent);
        profile = dir.resolve(PROFILE);
        Files.copy(Path.of("examples/co-quan/cam-ngoc.yaml"), profile);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void assertBadInputAndNothingWritten(CliRun run, String expectedError) throws Exception {
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(expectedError), run.err());
        assertEquals("", run.out());
        assertTrue(files().stream().noneMatch(f -> f.startsWith("cam-ngoc-") || f.startsWith("con")), files().toString());
    }

    @Test
    void writesTheChildBesideTheParentAndReportsEveryChange() throws Exception {
        CliRun run = CliRun.of("derive", parent.toString(), "--profile", profile.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path out = dir.resolve(DEFAULT_OUTPUT);
        assertEquals(List.of(DEFAULT_OUTPUT, PROFILE, PARENT), files(), "no temporary file left behind");
        assertTrue(run.out().startsWith("Kế hoạch của Ủy ban nhân dân xã Cẩm Ngọc từ " + PARENT + "\n"), run.out());
        assertTrue(run.out().contains("Căn cứ: Thực hiện Kế hoạch số 416/KH-UBND ngày 17/02/2023 của Ủy ban nhân dân tỉnh Hải Dương"
                + " về phòng, chống mại dâm năm 2023\n"), run.out());
        assertTrue(run.out().contains("  436: Công an tỉnh → Công an xã (hồ sơ)\n"), run.out());
        assertTrue(run.out().contains("  143: …hình về phòng, chống mại dâm trên địa bàn tỉnh để cung cấp cho các cơ… → …hình về"
                + " phòng, chống mại dâm trên địa bàn xã để cung cấp cho các cơ…\n"), run.out());
        assertTrue(run.out().endsWith("Đã ghi " + out + "\n"), run.out());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# yaml-language-server: $schema="), text);
        PlanLoader.load(out);
    }

    @Test
    void theChildRendersThroughTheCli() throws Exception {
        Path child = dir.resolve("con.yaml");
        assertEquals(ExitCode.OK, CliRun.of("derive", parent.toString(), "-p", profile.toString(), "-o", child.toString()).exitCode());
        CliRun render = CliRun.of("render", child.toString(), "-o", dir.resolve("con.docx").toString());
        assertEquals(ExitCode.OK, render.exitCode(), render.err());
        CliRun check = CliRun.of("check", dir.resolve("con.docx").toString());
        assertEquals(ExitCode.OK, check.exitCode(), check.out() + check.err());
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() throws Exception {
        Path out = write(DEFAULT_OUTPUT, "# của người soạn\n");
        CliRun run = CliRun.of("derive", parent.toString(), "--profile", profile.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains(out + ": tệp đã có; dùng --force để ghi đè"), run.err());
        assertEquals("# của người soạn\n", Files.readString(out, StandardCharsets.UTF_8));
        CliRun forced = CliRun.of("derive", parent.toString(), "--profile", profile.toString(), "--force");
        assertEquals(ExitCode.OK, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("so: null  # vanban derive"));
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        CliRun run = CliRun.of("derive", parent.toString(), "--profile", profile.toString(), "--dry-run");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("không ghi tệp nào"), run.out());
        assertEquals(List.of(PROFILE, PARENT), files());
    }

    @Test
    void aParentWithoutNumberCannotBeCited() throws Exception {
        String text = Files.readString(parent, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nso: 416\n"));
        Path draft = write("du-thao.yaml", text.replace("\nso: 416\n", "\nso: null\n"));
        CliRun run = CliRun.of("derive", draft.toString(), "--profile", profile.toString(), "-o", dir.resolve("con.yaml").toString());
        assertBadInputAndNothingWritten(run, draft + ":10:5: so: kế hoạch gốc là bản dự thảo (chưa có số), chưa dẫn được");
    }

    @Test
    void aParentThatIsNotAPlanIsRefusedWithItsPlace() throws Exception {
        // The profile is valid YAML but not a plan.
        CliRun run = CliRun.of("derive", profile.toString(), "--profile", profile.toString(), "-o", dir.resolve("con.yaml").toString());
        assertBadInputAndNothingWritten(run, profile + ": tệp này là hồ sơ cơ quan, không phải kế hoạch");
        assertTrue(run.err().contains(profile + ":6:1: thiếu khóa bắt buộc 'noi_dung'"), run.err());
        assertTrue(run.err().contains("ten_ngan"), run.err());
        Path list = write("danh-sach.yaml", "- một\n- hai\n");
        CliRun notAMap = CliRun.of("derive", list.toString(), "--profile", profile.toString(), "-o", dir.resolve("con.yaml").toString());
        assertBadInputAndNothingWritten(notAMap, list + ":1:1: ");
    }

    @Test
    void aProfileMissingFieldsIsRefusedWithEveryPlace() throws Exception {
        Path bad = write("thieu.yaml", """
                co_quan:
                  ten: [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC]
                  viet_tat: UBND
                  dia_danh: Cẩm Ngọc
                noi_nhan: [Như trên]
                """);
        CliRun run = CliRun.of("derive", parent.toString(), "--profile", bad.toString(), "-o", dir.resolve("con.yaml").toString());
        assertBadInputAndNothingWritten(run, bad + ":1:1: ");
        for (String key : List.of("cap", "nguoi_ky", "luu")) {
            assertTrue(run.err().contains("'" + key + "'"), key + " in " + run.err());
        }
    }

    @Test
    void aProfileAboveTheParentIsRefused() throws Exception {
        Path province = write("tinh.yaml", Files.readString(profile, StandardCharsets.UTF_8)
                .replace("XÃ CẨM NGỌC", "TỈNH THANH HÓA").replace("dia_danh: Cẩm Ngọc", "dia_danh: Thanh Hóa")
                .replace("cap: xa", "cap: tinh").replace("ten_ngan: UBND xã Cẩm Ngọc", "ten_ngan: UBND tỉnh Thanh Hóa")
                .replace("cap_duoi: các thôn\n", ""));
        CliRun run = CliRun.of("derive", parent.toString(), "--profile", province.toString(), "-o", dir.resolve("con.yaml").toString());
        assertBadInputAndNothingWritten(run, "không ở trên cơ quan của hồ sơ");
    }

    @Test
    void theOutputCannotBeAnInput() throws Exception {
        CliRun run = CliRun.of("derive", parent.toString(), "--profile", profile.toString(), "-o", parent.toString(), "--force");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("tệp ra trùng tệp vào"), run.err());
        assertEquals(Files.readString(Examples.yaml(Examples.HAI_DUONG)), Files.readString(parent));
    }
}
