package vn.vanban.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter's contract with soffice, checked against stand-in programs (shell scripts) that
 * behave like LibreOffice does when it works, fails, writes half a file or hangs.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in soffice programs are shell scripts")
class PdfConverterTest {

    private static final PdfConverter.Limits QUICK = new PdfConverter.Limits(Duration.ofSeconds(60), Duration.ofSeconds(5));

    /** Writes, for each NNNN.docx it is given, NNNN.pdf holding the .docx's text between a PDF header and %%EOF. */
    private static final String CONVERTS = """
            outdir=""; prev=""
            for a in "$@"; do
              if [ "$prev" = "--outdir" ]; then outdir="$a"; fi
              prev="$a"
            done
            for a in "$@"; do
              case "$a" in
                *.docx) n=$(basename "$a" .docx); printf '%%PDF-1.4\\n%s\\n%%%%EOF\\n' "$(cat "$a")" > "$outdir/$n.pdf";;
              esac
            done
            """;

    @TempDir
    Path dir;

    private Path record() {
        return dir.resolve("record.txt");
    }

    /** A stand-in soffice: records its arguments, one run per line, then runs the body. */
    private Path soffice(String body) throws Exception {
        Path program = dir.resolve("soffice-" + Math.abs(body.hashCode()));
        Files.writeString(program, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + record() + "'\n" + body);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return program;
    }

    private List<String> runs() throws Exception {
        return Files.exists(record()) ? Files.readAllLines(record()) : List.of();
    }

    private static Path profileOf(String run) {
        String argument = Stream.of(run.split(" ")).filter(a -> a.startsWith("-env:UserInstallation=")).findFirst().orElseThrow();
        return Path.of(URI.create(argument.substring("-env:UserInstallation=".length())));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void convertsHeadlessWithAPrivateProfileAndLeavesNothingBehind() throws Exception {
        Path soffice = soffice(CONVERTS);
        Path work;
        try (PdfConverter converter = PdfConverter.create(soffice, QUICK)) {
            assertEquals("%PDF-1.4\nmột\n%%EOF\n", text(converter.convert(bytes("một"))));
            assertEquals("%PDF-1.4\nhai\n%%EOF\n", text(converter.convert(bytes("hai"))));
            List<String> runs = runs();
            assertEquals(2, runs.size());
            for (String expected : List.of("--headless", "--norestore", "--convert-to pdf:writer_pdf_Export", "--outdir ")) {
                assertTrue(runs.get(0).contains(expected), () -> expected + " in " + runs.get(0));
            }
            Path profile = profileOf(runs.get(0));
            assertEquals(profile, profileOf(runs.get(1)), "one worker keeps its profile from run to run");
            work = profile.getParent();
            assertTrue(work.getFileName().toString().startsWith("vanban-pdf-"), work.toString());
            try (Stream<Path> left = Files.list(work)) {
                assertEquals(List.of(), left.toList(), "each run's files are removed after it");
            }
        }
        assertFalse(Files.exists(work), "closing removes the profile and the work directory");
    }

    @Test
    void workersSideBySideNeverShareAProfile() throws Exception {
        Path soffice = soffice(CONVERTS);
        try (PdfConverter a = PdfConverter.create(soffice, QUICK); PdfConverter b = PdfConverter.create(soffice, QUICK)) {
            a.convert(bytes("a"));
            b.convert(bytes("b"));
        }
        List<String> runs = runs();
        assertNotEquals(profileOf(runs.get(0)), profileOf(runs.get(1)));
    }

    @Test
    void severalDocumentsInOneRunComeBackInOrder() throws Exception {
        try (PdfConverter converter = PdfConverter.create(soffice(CONVERTS), QUICK)) {
            List<PdfConverter.Outcome> outcomes = converter.convertAll(List.of(bytes("một"), bytes("hai"), bytes("ba")));
            assertEquals(List.of("một", "hai", "ba"), outcomes.stream().map(o -> text(o.pdf()).split("\n")[1]).toList());
        }
        assertEquals(1, runs().size(), "one soffice run for the three");
    }

    @Test
    void whenTheRunFailsEachDocumentIsTriedAloneAndOnlyTheBadOneFails() throws Exception {
        // Crashes when given several documents; alone, it refuses only the document that says HONG.
        Path soffice = soffice("""
                count=0
                for a in "$@"; do case "$a" in *.docx) count=$((count+1)); last="$a";; esac; done
                if [ $count -gt 1 ]; then echo "soffice.bin crashed" >&2; exit 134; fi
                if grep -q HONG "$last"; then echo "Error: source file could not be loaded"; exit 0; fi
                """ + CONVERTS);
        try (PdfConverter converter = PdfConverter.create(soffice, QUICK)) {
            List<PdfConverter.Outcome> outcomes = converter.convertAll(List.of(bytes("một"), bytes("HONG"), bytes("ba")));
            assertTrue(outcomes.get(0).ok());
            assertTrue(outcomes.get(2).ok());
            assertEquals("%PDF-1.4\nba\n%%EOF\n", text(outcomes.get(2).pdf()));
            assertFalse(outcomes.get(1).ok());
            assertNull(outcomes.get(1).pdf());
            String message = outcomes.get(1).failure().getMessage();
            assertTrue(message.contains("LibreOffice không tạo ra PDF (mã thoát 0)"), message);
            assertTrue(message.contains("source file could not be loaded"), message);
        }
        assertEquals(4, runs().size(), "the failed group run, then one run per document");
    }

    @Test
    void halfAPdfIsNoPdf() throws Exception {
        Path soffice = soffice("""
                prev=""
                for a in "$@"; do
                  if [ "$prev" = "--outdir" ]; then printf '%%PDF-1.4 cut short' > "$a/0001.pdf"; fi
                  prev="$a"
                done
                """);
        try (PdfConverter converter = PdfConverter.create(soffice, QUICK)) {
            ConversionException failure = assertThrows(ConversionException.class, () -> converter.convert(bytes("x")));
            assertFalse(failure.timedOut());
        }
        assertTrue(PdfConverter.isCompletePdf(bytes("%PDF-1.7\n...\n%%EOF\n")));
        assertFalse(PdfConverter.isCompletePdf(bytes("%PDF-1.7\n... no end")));
        assertFalse(PdfConverter.isCompletePdf(bytes("<html>%%EOF and more text</html>")));
    }

    @Test
    void aHungSofficeIsKilledWithTheProcessesItStartedAtItsTimeLimit() throws Exception {
        Path pids = dir.resolve("pids.txt");
        Path soffice = soffice("echo $$ >> '" + pids + "'\nsleep 300 &\necho $! >> '" + pids + "'\nwait\n");
        PdfConverter.Limits oneSecond = new PdfConverter.Limits(Duration.ofSeconds(1), Duration.ZERO);
        Path work;
        try (PdfConverter converter = PdfConverter.create(soffice, oneSecond)) {
            ConversionException failure = assertThrows(ConversionException.class, () -> converter.convert(bytes("x")));
            assertTrue(failure.timedOut());
            assertTrue(failure.getMessage().startsWith("LibreOffice chưa xong sau 1 giây nên đã bị dừng"), failure.getMessage());
            work = profileOf(runs().get(0)).getParent();
        }
        List<String> started = Files.readAllLines(pids);
        assertEquals(2, started.size(), "the stand-in and the child it started: " + started);
        for (String pid : started) {
            boolean alive = ProcessHandle.of(Long.parseLong(pid.strip())).map(ProcessHandle::isAlive).orElse(false);
            assertFalse(alive, "process " + pid + " was killed");
        }
        assertFalse(Files.exists(work));
    }

    @Test
    void aProgramThatCannotBeStarted() {
        try (PdfConverter converter = PdfConverter.create(dir.resolve("khong-co-soffice"), QUICK)) {
            ConversionException failure = assertThrows(ConversionException.class, () -> converter.convert(bytes("x")));
            assertTrue(failure.getMessage().startsWith("không chạy được LibreOffice (" + dir.resolve("khong-co-soffice") + ")"),
                    failure.getMessage());
        }
    }

    @Test
    void theSameBytesInAndOutWhateverTheDocumentHolds() throws Exception {
        byte[] docx = new byte[4096];
        for (int i = 0; i < docx.length; i++) {
            docx[i] = (byte) ('a' + i % 26);
        }
        try (PdfConverter converter = PdfConverter.create(soffice(CONVERTS), QUICK)) {
            byte[] pdf = converter.convert(docx);
            assertArrayEquals(docx, java.util.Arrays.copyOfRange(pdf, 9, 9 + docx.length));
        }
    }
}
