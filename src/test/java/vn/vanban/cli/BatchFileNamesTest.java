package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file names batch gives its units: two units never share one (the run stops before writing
 * anything and names both), and a long name is shortened, keeping the code, to what Windows and
 * Linux accept.
 */
class BatchFileNamesTest {

    @TempDir
    Path dir;

    private Path units(String... rows) throws Exception {
        Path file = dir.resolve("don-vi.csv");
        Files.writeString(file, "ma,loai,ten,tinh\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    /**
     * Units outside the list, as a units file may add: "X1-xa" named "B" and "X1" named "Xa B" both
     * give X1-xa-xa-b; "Y2" and "y2" differ only in case, one file on Windows and in a zip opened there.
     */
    private Path collidingUnits() throws Exception {
        return units("X1-xa,xã,B,Hà Nội", "X1,xã,Xa B,Hà Nội", "Z3,xã,Khác,Hà Nội", "Y2,xã,Cù,Hà Nội", "y2,xã,Cù,Hà Nội");
    }

    private void assertCollisionsNamedAndNothingWritten(CliRun run, Path units, Path output) {
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(units + ":3:1: đơn vị X1 xã Xa B ra cùng tệp X1-xa-xa-b.docx với đơn vị X1-xa xã B (dòng 2)"),
                run.err());
        assertTrue(run.err().contains(units + ":6:1: đơn vị y2 xã Cù ra cùng tệp y2-xa-cu.docx với đơn vị Y2 xã Cù (dòng 5)"),
                run.err());
        assertFalse(Files.exists(output), "nothing written");
        assertEquals("", run.out());
    }

    @Test
    void unitsSharingAFileNameStopTheRunBeforeAnythingIsWritten() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        Path units = collidingUnits();
        Path out = dir.resolve("ra");
        assertCollisionsNamedAndNothingWritten(CliRun.of("batch", plan.toString(), "--units", units.toString(),
                "-o", out.toString()), units, out);
        assertCollisionsNamedAndNothingWritten(CliRun.of("batch", plan.toString(), "--units", units.toString(),
                "-o", out.toString(), "-f"), units, out);
        Path zip = dir.resolve("ra.zip");
        CliRun zipped = CliRun.of("batch", plan.toString(), "--units", units.toString(), "-o", zip.toString(), "--zip");
        assertCollisionsNamedAndNothingWritten(zipped, units, zip);
        assertFalse(zipped.err().contains("ZipException"), zipped.err());
        assertEquals(List.of("don-vi.csv", "ke-hoach.yaml"), TestPlans.files(dir), "no temporary file either");
    }

    @Test
    void aVeryLongUnitNameIsShortenedKeepingTheCode() throws Exception {
        Path plan = TestPlans.copyOfExample(dir);
        String longName = ("Thượng Nguồn Sông Đà " + "Rất Dài ".repeat(40)).strip();
        assertTrue(longName.length() > 300);
        Path units = units("X9,xã," + longName + ",Hà Nội", "CON,xã,Ngắn,Hà Nội");
        Path out = dir.resolve("ra");
        CliRun run = CliRun.of("batch", plan.toString(), "--units", units.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> names = TestPlans.files(out);
        assertEquals(2, names.size(), names.toString());
        String shortened = names.stream().filter(n -> n.startsWith("X9-")).findFirst().orElseThrow();
        assertTrue(shortened.startsWith("X9-xa-thuong-nguon-song-da-rat-dai-"), shortened);
        assertTrue(shortened.length() <= 85 && shortened.matches("[-a-z0-9X]+-(rat|dai)\\.docx"), shortened);
        assertTrue(names.contains("CON-xa-ngan.docx"), names.toString());
    }
}
