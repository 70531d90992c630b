package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.pdf.OfficeForTests;

/** render --pdf and preview from the command line: outputs, refusals, and what happens without LibreOffice. */
class PdfCommandsTest {

    @TempDir
    Path dir;

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static Set<String> conversionDirectories() throws Exception {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("vanban-pdf-")).collect(Collectors.toSet());
        }
    }

    /** VANBAN_SOFFICE pointing at a program that is not there. */
    private Map<String, String> withoutOffice() {
        return Map.of("VANBAN_SOFFICE", dir.resolve("khong-co/soffice").toString());
    }

    @Test
    void renderPdfWritesThePdfBesideTheDocx() throws Exception {
        OfficeForTests.soffice();
        Path plan = TestPlans.copyOfExample(dir);
        Set<String> before = conversionDirectories();
        CliRun run = CliRun.of("render", plan.toString(), "--pdf");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path docx = dir.resolve("ke-hoach.docx");
        Path pdf = dir.resolve("ke-hoach.pdf");
        assertEquals("Đã ghi " + docx + "\nĐã ghi " + pdf + "\n", run.out().replace("\r\n", "\n"));
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(docx));
        assertEquals(pages(OfficeForTests.pdf(Examples.CAM_NGOC)), pages(Files.readAllBytes(pdf)));
        assertEquals(List.of("ke-hoach.docx", "ke-hoach.pdf", "ke-hoach.yaml"), TestPlans.files(dir), "no temporary file left");
        assertTrue(before.containsAll(conversionDirectories()), "the conversion's profile and files are removed");
    }

    @Test
    void thePdfTakesTheNameOfTheDocxAndForceReplacesBoth() throws Exception {
        OfficeForTests.soffice();
        Path plan = TestPlans.copyOfExample(dir);
        Path out = dir.resolve("ra/ke-hoach-2023.docx");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "bản cũ");
        Files.writeString(dir.resolve("ra/ke-hoach-2023.pdf"), "bản cũ");
        CliRun run = CliRun.of("render", plan.toString(), "-o", out.toString(), "--pdf", "--force");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out));
        assertTrue(Files.readString(dir.resolve("ra/ke-hoach-2023.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void anExistingPdfStopsTheRunBeforeAnythingIsWritten() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path pdf = dir.resolve("ke-hoach.pdf");
        Files.writeString(pdf, "bản cũ");
        CliRun run = CliRun.of("render", plan.toString(), "--pdf");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(pdf + ": tệp đã có; dùng --force để ghi đè", run.err().strip());
        assertEquals(List.of("ke-hoach.pdf", "ke-hoach.yaml"), TestPlans.files(dir), "the .docx is not written either");
        assertEquals("bản cũ", Files.readString(pdf));
    }

    @Test
    void aDocxNamedPdfIsRefused() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        CliRun run = CliRun.of("render", plan.toString(), "-o", dir.resolve("ke-hoach.pdf").toString(), "--pdf");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("không được có đuôi .pdf khi dùng --pdf"), run.err());
        assertEquals(List.of("ke-hoach.yaml"), TestPlans.files(dir));
    }

    @Test
    void withoutLibreOfficeTheDocxIsWrittenTheMessageSaysHowToInstallAndTheExitIsFour() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        CliRun run = CliProcess.run(withoutOffice(), "render", plan.toString(), "--pdf");
        assertEquals(ExitCode.NO_PDF, run.exitCode(), run.err());
        Path docx = dir.resolve("ke-hoach.docx");
        assertEquals("Đã ghi " + docx, run.out().strip());
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(docx));
        assertEquals(List.of("ke-hoach.docx", "ke-hoach.yaml"), TestPlans.files(dir));
        String err = run.err();
        assertTrue(err.startsWith(dir.resolve("ke-hoach.pdf") + ": chưa tạo được PDF (tệp .docx vẫn được ghi): VANBAN_SOFFICE="
                + dir.resolve("khong-co/soffice") + ": không có chương trình LibreOffice nào ở đó"), err);
        for (String expected : List.of("sudo apt-get install libreoffice-writer-nogui", "https://www.libreoffice.org/download/",
                "Windows", "các thư mục trong PATH", "đặt biến môi trường VANBAN_SOFFICE")) {
            assertTrue(err.contains(expected), () -> expected + " in\n" + err);
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in soffice is a shell script")
    void whenLibreOfficeFailsTheDocxIsWrittenAndTheExitIsFour() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path soffice = dir.resolve("bin/soffice");
        Files.createDirectories(soffice.getParent());
        Files.writeString(soffice, "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n");
        Files.setPosixFilePermissions(soffice, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun run = CliProcess.run(Map.of("VANBAN_SOFFICE", soffice.toString()), "render", plan.toString(), "--pdf");
        assertEquals(ExitCode.NO_PDF, run.exitCode(), run.err());
        assertEquals(dir.resolve("ke-hoach.pdf") + ": chưa tạo được PDF (tệp .docx vẫn được ghi): LibreOffice không tạo ra PDF"
                + " (mã thoát 1): Error: source file could not be loaded", run.err().strip());
        assertEquals(List.of("bin", "ke-hoach.docx", "ke-hoach.yaml"), TestPlans.files(dir));
    }

    @Test
    void previewWritesOnePngPerPageAndForceReplacesThem() throws Exception {
        OfficeForTests.soffice();
        Path plan = TestPlans.copyOfExample(dir);
        int pages = pages(OfficeForTests.pdf(Examples.CAM_NGOC));
        CliRun run = CliRun.of("preview", plan.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Path preview = dir.resolve("ke-hoach-xem-truoc");
        List<String> expected = java.util.stream.IntStream.rangeClosed(1, pages).mapToObj(i -> "trang-" + i + ".png").toList();
        assertEquals(expected, TestPlans.files(preview));
        assertEquals(List.of("ke-hoach-xem-truoc", "ke-hoach.yaml"), TestPlans.files(dir), "preview writes no .docx");
        assertTrue(run.out().contains("Đã ghi " + preview.resolve("trang-1.png")), run.out());
        BufferedImage first = ImageIO.read(preview.resolve("trang-1.png").toFile());
        assertEquals(595.3 * 96 / 72, first.getWidth(), 1.0);
        assertEquals(841.9 * 96 / 72, first.getHeight(), 1.0);

        Files.writeString(preview.resolve("trang-9.png"), "trang thừa của lần trước");
        Files.writeString(preview.resolve("ghi-chu.txt"), "của người dùng");
        CliRun again = CliRun.of("preview", plan.toString(), "--dpi", "48", "--force");
        assertEquals(ExitCode.OK, again.exitCode(), again.err());
        assertEquals(595.3 * 48 / 72, ImageIO.read(preview.resolve("trang-1.png").toFile()).getWidth(), 1.0);
        assertFalse(Files.exists(preview.resolve("trang-9.png")), "a page of an earlier, longer preview is removed");
        assertTrue(Files.exists(preview.resolve("ghi-chu.txt")), "other files are the clerk's");
    }

    @Test
    void previewKeepsEarlierPagesUnlessForced() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path preview = Files.createDirectories(dir.resolve("xem"));
        Files.writeString(preview.resolve("trang-1.png"), "ảnh cũ");
        CliRun run = CliRun.of("preview", plan.toString(), "-o", preview.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals(preview + ": thư mục đã có ảnh trang (trang-1.png, ...); dùng --force để ghi đè", run.err().strip());
        assertEquals("ảnh cũ", Files.readString(preview.resolve("trang-1.png")));
    }

    @Test
    void previewRefusesAResolutionOutOfRange() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        CliRun run = CliRun.of("preview", plan.toString(), "--dpi", "10");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("--dpi: giá trị 10 không dùng được; phải từ 36 đến 600", run.err().strip());
        assertEquals(List.of("ke-hoach.yaml"), TestPlans.files(dir));
    }

    @Test
    void previewWithoutLibreOfficeWritesNothingAndExitsFour() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        CliRun run = CliProcess.run(withoutOffice(), "preview", plan.toString());
        assertEquals(ExitCode.NO_PDF, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(dir.resolve("ke-hoach-xem-truoc") + ": chưa tạo được ảnh trang: VANBAN_SOFFICE="), run.err());
        assertTrue(run.err().contains("sudo apt-get install libreoffice-writer-nogui"), run.err());
        assertEquals(List.of("ke-hoach.yaml"), TestPlans.files(dir));
    }

    @Test
    void helpShowsPdfPreviewAndTheExitCodes() {
        CliRun render = CliRun.of("render", "--help");
        assertTrue(render.out().contains("--pdf"), render.out());
        assertTrue(render.out().contains("4 đã ghi .docx nhưng chưa tạo được PDF (thiếu LibreOffice"), render.out());
        CliRun preview = CliRun.of("preview", "--help");
        for (String option : List.of("--output", "--dpi", "--force", "--templates", "PLAN.yaml")) {
            assertTrue(preview.out().contains(option), option);
        }
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("preview"), top.out());
        assertTrue(top.out().contains("4 chưa tạo được PDF hoặc ảnh trang"), top.out());
    }
}
