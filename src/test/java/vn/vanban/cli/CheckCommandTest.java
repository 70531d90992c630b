package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.check.Rule;
import vn.vanban.check.Rules;
import vn.vanban.docx.BadFiles;
import vn.vanban.docx.TestDocx;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /**
     * Cẩm Ngọc with two faults: a 30 mm top margin (a page finding, no paragraph) and a last legal
     * basis ending with ";" (a finding in paragraph 13).
     */
    private Path twoErrors() throws Exception {
        byte[] margin = TestDocx.edit(TestDocx.camNgoc(), "word/document.xml",
                "<w:pgMar w:top=\"1134\"", "<w:pgMar w:top=\"1701\"");
        return write("le-tren.docx", TestDocx.edit(margin, "word/document.xml",
                "triển khai Kế hoạch phòng, chống mại dâm năm 2023.</w:t>",
                "triển khai Kế hoạch phòng, chống mại dâm năm 2023;</w:t>"));
    }

    /** Hải Dương with decomposed (NFD) Unicode in its first part heading: a warning only. */
    private Path warningOnly() throws Exception {
        return write("to-hop.docx", TestDocx.edit(Examples.docx(Examples.HAI_DUONG), "word/document.xml",
                "MỤC ĐÍCH", Normalizer.normalize("MỤC ĐÍCH", Normalizer.Form.NFD)));
    }

    @Test
    void aCleanDocumentExitsZero() throws Exception {
        Path file = write("hai-duong.docx", Examples.docx(Examples.HAI_DUONG));
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals(file + ": không có lỗi nào theo Nghị định 30/2020/NĐ-CP\n", run.out());
        assertEquals("", run.err());
        assertArrayEquals(Examples.docx(Examples.HAI_DUONG), Files.readAllBytes(file), "checking never writes the file");
    }

    @Test
    void findingsAreOneLineEachWithPlaceSourceAndSummary() throws Exception {
        Path file = twoErrors();
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                file + ": lỗi ND30-MARGIN-TOP: lề trên 30 mm; phải cách mép trên 20–25 mm (Phụ lục I, Phần I, mục I.3)",
                file + ": đoạn 13 «Thực hiện công văn số 789/UBND-VP ngày 12/4/2023 …»: lỗi ND30-BASIS-PUNCTUATION: "
                        + "căn cứ cuối cùng không kết thúc bằng dấu chấm (.), sửa thành: \"…của UBND huyện Cẩm Thủy về việc "
                        + "triển khai Kế hoạch phòng, chống mại dâm năm 2023.\"; sau mỗi căn cứ phải xuống dòng, cuối dòng có "
                        + "dấu chấm phẩy (;), dòng căn cứ cuối cùng kết thúc bằng dấu chấm (.) (Phụ lục I, Phần I, mục II.6.a)",
                file + ": 2 lỗi, 0 cảnh báo theo Nghị định 30/2020/NĐ-CP"), lines);
    }

    @Test
    void warningsAloneExitZeroUnlessStrict() throws Exception {
        Path file = warningOnly();
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.out());
        assertTrue(run.out().contains("cảnh báo ND30-UNICODE-NFC"), run.out());
        assertTrue(run.out().endsWith(": 0 lỗi, 1 cảnh báo theo Nghị định 30/2020/NĐ-CP\n"), run.out());
        assertEquals(ExitCode.FINDINGS, CliRun.of("check", "--strict", file.toString()).exitCode());
    }

    @Test
    void jsonHasStableFieldNames() throws Exception {
        Path file = twoErrors();
        CliRun run = CliRun.of("check", "--json", file.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(file.toString(), json.get("file").asText());
        JsonNode margin = json.get("findings").get(0);
        assertEquals("ND30-MARGIN-TOP", margin.get("rule").asText());
        assertEquals("Phụ lục I, Phần I, mục I.3", margin.get("source").asText());
        assertEquals("error", margin.get("severity").asText());
        assertTrue(margin.get("paragraph").isNull(), "a page finding belongs to no paragraph");
        assertEquals(0, margin.get("paragraphs").size());
        assertEquals("", margin.get("excerpt").asText());
        assertEquals("lề trên 30 mm; phải cách mép trên 20–25 mm", margin.get("message").asText());
        JsonNode basis = json.get("findings").get(1);
        assertEquals(13, basis.get("paragraph").asInt());
        assertEquals("Thực hiện công văn số 789/UBND-VP ngày 12/4/2023 …", basis.get("excerpt").asText());
        assertEquals("Thực hiện công văn số 789/UBND-VP ngày 12/4/2023 của UBND huyện Cẩm Thủy về việc triển khai Kế hoạch"
                + " phòng, chống mại dâm năm 2023.", basis.get("correction").asText(), "the whole corrected paragraph");
        assertTrue(margin.get("correction").isNull(), "a margin is not mended by typing");
        assertEquals(2, json.get("summary").get("errors").asInt());
        assertEquals(0, json.get("summary").get("warnings").asInt());
        List<String> fields = new java.util.ArrayList<>();
        margin.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("rule", "source", "severity", "paragraph", "paragraphs", "excerpt", "message", "correction"), fields);
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("legacy .doc", (Supplier<byte[]>) BadFiles::legacyDoc, "Word 97-2003 (.doc)"),
                Arguments.of("encrypted", (Supplier<byte[]>) () -> BadFiles.encrypted(TestDocx.camNgoc()), "mật khẩu"),
                Arguments.of("corrupt zip", (Supplier<byte[]>) () -> BadFiles.truncated(TestDocx.camNgoc()), "bị hỏng"),
                Arguments.of("zip bomb", (Supplier<byte[]>) () -> BadFiles.zipBomb(TestDocx.camNgoc()), "zip bomb"),
                Arguments.of("not a docx", (Supplier<byte[]>) BadFiles::text, "không phải tệp .docx"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void anUnreadableFileExitsTwoWithoutAStackTrace(String kind, Supplier<byte[]> bytes, String message) throws Exception {
        Path file = write("ke-hoach.docx", bytes.get());
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), kind);
        assertTrue(run.err().startsWith(file + ": "), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals("", run.out());

        CliRun json = CliRun.of("check", "--json", file.toString());
        assertEquals(ExitCode.BAD_INPUT, json.exitCode());
        JsonNode error = new ObjectMapper().readTree(json.out());
        assertEquals(file.toString(), error.get("file").asText());
        assertTrue(error.get("error").asText().contains(message));
    }

    /** A folder of four: two clean plans in a subfolder, one with findings, one that is not a .docx. */
    private Path folderOfFour() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("van-ban-den/thang-3"));
        Files.write(folder.resolve("cam-ngoc.docx"), Examples.docx(Examples.CAM_NGOC));
        Files.write(folder.resolve("hai-duong.docx"), Examples.docx(Examples.HAI_DUONG));
        twoErrors();
        Files.move(dir.resolve("le-tren.docx"), dir.resolve("van-ban-den/le-tren.docx"));
        Files.write(dir.resolve("van-ban-den/khong-phai.docx"), BadFiles.text());
        Files.write(dir.resolve("van-ban-den/~$khoa.docx"), BadFiles.text());
        Files.write(dir.resolve("van-ban-den/ghi-chu.txt"), BadFiles.text());
        return dir.resolve("van-ban-den");
    }

    @Test
    void aFolderIsCheckedFileByFileWithASummaryAndExitOne() throws Exception {
        Path folder = folderOfFour();
        CliRun run = CliRun.of("check", folder.toString(), "--progress", "none");
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Đã kiểm tra 4 tệp: 2 không có lỗi, 1 có lỗi, 1 không đọc được.", lines.get(lines.size() - 1));
        assertTrue(run.out().contains(folder.resolve("le-tren.docx") + ": 2 lỗi, 0 cảnh báo"), run.out());
        assertTrue(run.out().contains(folder.resolve("thang-3/cam-ngoc.docx") + ": không có lỗi nào"), run.out());
        assertTrue(run.err().startsWith(folder.resolve("khong-phai.docx") + ": "), "the unreadable file is named: " + run.err());
        assertFalse(run.out().contains("~$khoa") || run.err().contains("~$khoa"), "Word's lock file is left out");
        assertFalse(run.out().contains("ghi-chu.txt"), "only .docx files are checked");
    }

    @Test
    void aFolderInJsonIsOneReportPerFileAndASummary() throws Exception {
        Path folder = folderOfFour();
        CliRun run = CliRun.of("check", "--json", "--progress", "none", "-j", "2", folder.toString());
        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> files = new ArrayList<>();
        json.get("files").forEach(f -> files.add(f.get("file").asText()));
        assertEquals(List.of(folder.resolve("khong-phai.docx").toString(), folder.resolve("le-tren.docx").toString(),
                folder.resolve("thang-3/cam-ngoc.docx").toString(), folder.resolve("thang-3/hai-duong.docx").toString()),
                files, "in the order of their names, whatever thread finished first");
        assertTrue(json.get("files").get(0).has("error"));
        assertEquals(2, json.get("files").get(1).get("findings").size());
        assertEquals(0, json.get("files").get(2).get("findings").size());
        JsonNode summary = json.get("summary");
        assertEquals(List.of(4, 2, 1, 1), List.of(summary.get("files").asInt(), summary.get("clean").asInt(),
                summary.get("withFindings").asInt(), summary.get("unreadable").asInt()));
    }

    @Test
    void severalCleanFilesExitZeroAndAFolderWithoutDocumentsTwo() throws Exception {
        Path a = write("a.docx", Examples.docx(Examples.CAM_NGOC));
        Path b = write("b.docx", Examples.docx(Examples.HAI_DUONG));
        CliRun run = CliRun.of("check", a.toString(), b.toString(), "--progress", "none");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("Đã kiểm tra 2 tệp: 2 không có lỗi, 0 có lỗi.\n"), run.out());
        Path empty = Files.createDirectories(dir.resolve("trong"));
        CliRun none = CliRun.of("check", empty.toString());
        assertEquals(ExitCode.BAD_INPUT, none.exitCode());
        assertEquals(empty + ": thư mục không có tệp .docx\n", none.err());
    }

    @Test
    void progressLinesGoToStderrOnlyWhenAsked() throws Exception {
        Path folder = folderOfFour();
        CliRun lines = CliRun.of("check", folder.toString(), "--progress", "lines");
        assertTrue(lines.err().contains("Đã xử lý 4/4 tệp (100%)"), lines.err());
        assertFalse(lines.out().contains("Đã xử lý"), "progress never mixes with the report");
        CliRun bad = CliRun.of("check", folder.toString(), "--progress", "nhanh");
        assertEquals(ExitCode.BAD_INPUT, bad.exitCode());
        assertTrue(bad.err().contains("--progress: 'nhanh' không hợp lệ"), bad.err());
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.of("check", dir.resolve("khong-co.docx").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(dir.resolve("khong-co.docx") + ": không tìm thấy tệp\n", run.err());
    }

    @Test
    void noFileIsABadCommandLine() {
        CliRun run = CliRun.of("check");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("thiếu tệp .docx"), run.err());
    }

    @Test
    void rulesListsEveryRule() {
        CliRun run = CliRun.of("check", "--rules");
        assertEquals(ExitCode.OK, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(Rules.all().size(), lines.size());
        Rule first = Rules.all().get(0);
        assertEquals(first.id() + "\tlỗi\t" + first.source() + "\t" + first.checks() + "\t" + first.expected(), lines.get(0));
    }

    @Test
    void helpNamesEveryOption() {
        CliRun run = CliRun.of("check", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String option : List.of("--json", "--strict", "--rules", "DOC.docx")) {
            assertTrue(run.out().contains(option), option);
        }
    }
}
