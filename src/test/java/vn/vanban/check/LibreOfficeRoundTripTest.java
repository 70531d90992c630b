package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;
import vn.vanban.pdf.OfficeForTests;

/**
 * Every example document as a clerk often passes it on: opened in LibreOffice and saved again as
 * .docx, which rewrites its styles, tables and borders in LibreOffice's own way. The checker still
 * finds nothing wrong and still tells each document's type. One soffice run converts all of them;
 * like every test that needs LibreOffice it fails where LibreOffice is missing unless
 * VANBAN_SKIP_OFFICE=1 ({@link OfficeForTests}).
 */
class LibreOfficeRoundTripTest {

    @TempDir
    static Path dir;

    static List<String> documents() {
        return Examples.documents();
    }

    @BeforeAll
    static void convert() throws IOException, InterruptedException {
        Path soffice = OfficeForTests.soffice();
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to",
                "docx:MS Word 2007 XML", "--outdir", dir.resolve("out").toString()));
        for (String name : documents()) {
            Path docx = in.resolve(name + ".docx");
            Files.write(docx, Examples.docx(name));
            command.add(docx.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("soffice did not finish: " + Files.readString(dir.resolve("soffice.log")));
        }
    }

    private static byte[] roundTripped(String name) throws IOException {
        Path docx = dir.resolve("out").resolve(name + ".docx");
        assertTrue(Files.exists(docx), () -> "soffice wrote no " + docx.getFileName());
        return Files.readAllBytes(docx);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void savedAgainByLibreOfficeItHasNoFindings(String name) throws IOException {
        List<Finding> findings = TestDocx.check(roundTripped(name));
        assertEquals(List.of(), TestDocx.ids(findings), () -> findings.stream().map(Finding::message).toList().toString());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void savedAgainByLibreOfficeItIsStillItsType(String name) throws IOException {
        Components c = Recognizer.recognize(TestDocx.read(roundTripped(name)));
        assertEquals(Examples.plan(name).kind().type(), c.type());
        if (name.equals(Examples.REPORT)) {
            assertTrue(c.tables().get(0).headerRow(), "LibreOffice keeps the repeated header row");
        }
    }
}
