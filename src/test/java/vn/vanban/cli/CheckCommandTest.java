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
