package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.TestDocx;
import vn.vanban.pdf.OfficeForTests;

/**
 * A .docx written by other software than Word: LibreOffice converts a flat ODF plan during the
 * test. Like the other tests that need LibreOffice it fails where LibreOffice is missing (.ci/run
 * installs it) unless VANBAN_SKIP_OFFICE=1 ({@link OfficeForTests}). The checker reads
 * LibreOffice's own styles, its DrawingML lines and its first-page header.
 */
class LibreOfficeDocumentTest {

    @TempDir
    Path dir;

    private Path convert() throws IOException, InterruptedException {
        Path source = dir.resolve("ke-hoach.fodt");
        try (InputStream in = getClass().getResourceAsStream("libreoffice-ke-hoach.fodt")) {
            Files.copy(in, source);
        }
        // A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
        Path soffice = OfficeForTests.soffice();
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "docx", "--outdir", dir.toString(), source.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish: " + readLog());
        }
        Path docx = dir.resolve("ke-hoach.docx");
        assertTrue(Files.exists(docx), () -> "soffice wrote no .docx: " + readLog());
        return docx;
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("soffice.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void readsWhatLibreOfficeWrites() throws Exception {
        Path docx = convert();
        List<Finding> findings = Checker.check(docx);
        assertEquals(List.of("ND30-MARGIN-TOP", "ND30-ISSUER-RULE-LENGTH@2"), TestDocx.ids(findings));
        assertTrue(findings.get(0).message().startsWith("lề trên 15 mm"), findings.get(0).message());

        Components c = Recognizer.recognize(TestDocx.read(Files.readAllBytes(docx)));
        assertEquals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", c.header().nationalTitle().get(0).text());
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "XÃ TẢ PHÌN"), c.header().issuerLines().stream().map(Line::text).toList());
        assertEquals(List.of("Triển khai công tác phòng, chống thiên tai", "trên địa bàn xã năm 2026"),
                c.subject().stream().map(Line::text).toList());
        assertEquals(ReadDocument.RuleMark.Kind.SHAPE, c.header().mottoRule().mark().kind());
        assertEquals("Nguyễn Văn A", c.signerName().text());
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), c.signerTitles().stream().map(Line::text).toList());
    }
}
