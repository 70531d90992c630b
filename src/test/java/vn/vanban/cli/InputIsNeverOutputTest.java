package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;

/**
 * No command overwrites a file it reads, whichever option names it and however it is spelled, and
 * no two outputs of one run are one file; even with --force. Each case checks that every input
 * survives byte for byte and that nothing new was written.
 */
class InputIsNeverOutputTest {

    @TempDir
    Path dir;

    /** The run was refused (exit 2, the words in the message) and the folder is as it was, byte for byte. */
    private CliRun refused(List<String> words, String... args) throws Exception {
        Map<String, byte[]> before = contents();
        CliRun run = CliRun.of(args);
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        for (String word : words) {
            assertTrue(run.err().contains(word), () -> "no '" + word + "' in: " + run.err());
        }
        Map<String, byte[]> after = contents();
        assertEquals(before.keySet(), after.keySet(), "nothing written, nothing removed");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
        return run;
    }

    private Map<String, byte[]> contents() throws Exception {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                contents.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private Path docx() throws Exception {
        Path docx = dir.resolve("cu.docx");
        Files.write(docx, Examples.docx(Examples.CAM_NGOC));
        return docx;
    }

    @Test
    void renderDoesNotWriteTheDocumentOverItsPlan() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        refused(List.of(plan + ": tệp ra trùng tệp vào"), "render", plan.toString(), "-o", plan.toString(), "-f");
        Path sub = Files.createDirectories(dir.resolve("con"));
        Path spelled = sub.resolve("..").resolve(sub.getFileName()).resolve("..").resolve("ke-hoach.yaml");
        refused(List.of("tệp ra trùng tệp vào"), "render", plan.toString(), "-o", spelled.toString(), "-f");
        Path relative = Path.of("").toAbsolutePath().relativize(plan);
        refused(List.of("tệp ra trùng tệp vào"), "render", plan.toString(), "-o", relative.toString(), "--force");
    }

    @Test
    void aSymbolicLinkToTheInputIsTheInput() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path link = dir.resolve("lien-ket.docx");
        try {
            Files.createSymbolicLink(link, plan.getFileName());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        refused(List.of(link + ": tệp ra trùng tệp vào"), "render", plan.toString(), "-o", link.toString(), "-f");
        Path linkedFolder = dir.resolve("thu-muc-lien-ket");
        Files.createSymbolicLink(linkedFolder, dir);
        refused(List.of("tệp ra trùng tệp vào"), "render", plan.toString(), "-o",
                linkedFolder.resolve("ke-hoach.yaml").toString(), "-f");
    }

    @Test
    void thePdfOfRenderIsNotThePlan() throws Exception {
        Path plan = dir.resolve("ke-hoach.pdf");
        Files.move(TestPlans.copyOfExample(dir), plan);
        // Refused before LibreOffice is looked for: the guard runs first.
        refused(List.of(plan + ": tệp ra trùng tệp vào"), "render", plan.toString(), "-o",
                dir.resolve("ke-hoach.docx").toString(), "--pdf", "-f");
    }

    @Test
    void importDoesNotWriteItsReportOverTheDocument() throws Exception {
        Path docx = docx();
        refused(List.of(docx + ": tệp ra trùng tệp vào"), "import", docx.toString(), "-o",
                dir.resolve("x.yaml").toString(), "--report", docx.toString(), "-f");
        refused(List.of(docx + ": tệp ra trùng tệp vào"), "import", docx.toString(), "-o", docx.toString(), "-f");
    }

    @Test
    void twoOutputsOfOneRunAreNeverOneFile() throws Exception {
        Path docx = docx();
        Path yaml = dir.resolve("x.yaml");
        CliRun same = refused(List.of(yaml + ": trùng tệp ra " + yaml), "import", docx.toString(), "-o", yaml.toString(),
                "--report", yaml.toString(), "-f");
        assertEquals("", same.out(), "'Đã ghi' is printed for nothing");
        // Windows and macOS ignore case in file names: there these are one file, so they are everywhere.
        refused(List.of("trùng tệp ra", "không phân biệt chữ hoa"), "import", docx.toString(), "-o",
                dir.resolve("Ke-Hoach.yaml").toString(), "--report", dir.resolve("ke-hoach.yaml").toString());
    }

    @Test
    void batchDoesNotWriteItsArchiveOverThePlan() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        refused(List.of(plan + ": tệp ra trùng tệp vào"), "batch", plan.toString(), "--units",
                Examples.yaml(Examples.CAM_NGOC).resolveSibling("don-vi-cam-thuy-2023.csv").toString(),
                "--dvhc", "2024", "-o", plan.toString(), "--zip", "-f");
    }

    @Test
    void batchDoesNotWriteAUnitsDocumentOverThePlan() throws Exception {
        // A plan saved under the name batch gives a unit's document, in the folder batch writes to.
        Path plan = dir.resolve("15127-thi-tran-phong-son.docx");
        Files.move(TestPlans.copyOfExample(dir), plan);
        refused(List.of("15127-thi-tran-phong-son.docx: tệp ra trùng tệp vào"), "batch", plan.toString(), "--units",
                Examples.yaml(Examples.CAM_NGOC).resolveSibling("don-vi-cam-thuy-2023.csv").toString(),
                "--dvhc", "2024", "-o", dir.toString(), "-f");
    }

    @Test
    void nothingIsWrittenIntoTheTemplateFolder() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path templates = Files.createDirectories(dir.resolve("mau/nd30"));
        Files.writeString(templates.resolve("ten-loai.ftlx"), "<#macro khoi t></#macro>\n");
        refused(List.of("nằm trong thư mục vào"), "render", plan.toString(), "--templates", dir.resolve("mau").toString(),
                "-o", templates.resolve("ten-loai.ftlx").toString(), "-f");
    }

    @Test
    void previewDoesNotReplaceAnInputThatLooksLikeAPage() throws Exception {
        Path plan = dir.resolve("trang-1.png");
        Files.move(TestPlans.copyOfExample(dir), plan);
        refused(List.of("trang-1.png: tệp ra trùng tệp vào"), "preview", plan.toString(), "-o", dir.toString(), "-f");
    }

    @Test
    void nextYearAndDeriveRefuseEverySpellingOfTheirInputs() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path spelled = dir.resolve(".").resolve("ke-hoach.yaml");
        refused(List.of("tệp ra trùng tệp vào"), "next-year", plan.toString(), "-o", spelled.toString(), "-f");
        refused(List.of("tệp ra trùng tệp vào"), "next-year", plan.toString(), "-o", spelled.toString(), "--dry-run");
        Path parent = dir.resolve("tinh.yaml");
        Files.copy(Examples.yaml(Examples.HAI_DUONG), parent);
        Path profile = dir.resolve("ho-so.yaml");
        Files.copy(Examples.yaml(Examples.CAM_NGOC).resolveSibling("co-quan/cam-ngoc.yaml"), profile);
        refused(List.of("tệp ra trùng tệp vào"), "derive", parent.toString(), "--profile", profile.toString(),
                "-o", dir.resolve("x/../ho-so.yaml").toString(), "-f");
    }

    @Test
    void companionRefusesEverySpellingOfThePlan() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        refused(List.of(plan + ": tệp ra trùng tệp vào"), "companion", plan.toString(), "--loai", "BC", "-o", plan.toString(), "-f");
        refused(List.of("tệp ra trùng tệp vào"), "companion", plan.toString(), "--loai", "QĐ", "-o",
                dir.resolve(".").resolve("ke-hoach.yaml").toString(), "--dry-run");
        refused(List.of("không phân biệt chữ hoa"), "companion", plan.toString(), "--loai", "CV", "-o",
                dir.resolve("Ke-Hoach.yaml").toString(), "-f");
    }

    @Test
    void aFolderIsNotAFileToWrite() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path folder = Files.createDirectories(dir.resolve("ra"));
        refused(List.of(folder + ": là một thư mục"), "render", plan.toString(), "-o", folder.toString(), "-f");
    }
}
