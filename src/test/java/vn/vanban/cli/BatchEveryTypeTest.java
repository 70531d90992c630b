package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;

/**
 * vanban batch for the documents around a plan, end to end: a Công văn is sent by the province to
 * each unit ("Kính gửi" names the unit's committee, or the units file's kinh_gui), a Quyết định
 * and a Báo cáo are issued by each unit. Every document is read back and checked.
 */
class BatchEveryTypeTest {

    private static List<AdministrativeUnit> units;

    @TempDir
    Path dir;

    @BeforeAll
    static void threeCommunes() {
        UnitList list = UnitList.current();
        units = list.communes(list.provinces().get(0)).subList(0, 3);
    }

    private Path unitsFile(String... lines) throws Exception {
        Path file = dir.resolve("don-vi.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String file(AdministrativeUnit unit) {
        return unit.code() + "-" + vn.vanban.units.UnitNames.slug(unit.inText()) + ".docx";
    }

    @Test
    void aLetterGoesFromTheProvinceToEachUnit() throws Exception {
        String other = "Phòng Văn hóa - Xã hội " + units.get(2).inText();
        Path csv = unitsFile("ma,so,kinh_gui", units.get(0).code() + ",11,", units.get(1).code() + ",12,",
                units.get(2).code() + ",," + other);
        Path out = dir.resolve("cong-van");
        CliRun run = CliRun.of("batch", Examples.yaml(Examples.LETTER).toString(), "--units", csv.toString(), "-o",
                out.toString(), "--progress", "none");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> addressees = List.of("Ủy ban nhân dân " + units.get(0).inText(), "Ủy ban nhân dân " + units.get(1).inText(),
                other);
        List<String> numbers = List.of("Số: 11/UBND-KGVX", "Số: 12/UBND-KGVX", "Số:         /UBND-KGVX");
        for (int i = 0; i < units.size(); i++) {
            byte[] docx = Files.readAllBytes(out.resolve(file(units.get(i))));
            List<String> lines = Examples.text(docx).lines().toList();
            assertTrue(lines.contains("Kính gửi: " + addressees.get(i)), () -> "one addressee on the line: " + lines);
            assertFalse(lines.contains("Kính gửi:"), "no list of the example's addressees");
            assertTrue(lines.contains("TỈNH HẢI DƯƠNG"), "the letter stays the province's");
            assertTrue(lines.contains(numbers.get(i)), lines::toString);
            assertTrue(lines.contains("- Như trên;"), lines::toString);
            assertEquals(List.of(), TestDocx.ids(TestDocx.check(docx)), units.get(i).code());
        }
    }

    @Test
    void aDecisionAndAReportAreIssuedByEachUnit() throws Exception {
        Path csv = unitsFile("ma,ho_ten", units.get(0).code() + ",Nguyễn Văn An", units.get(1).code() + ",Trần Thị Bình");
        for (String example : List.of(Examples.DECISION, Examples.REPORT)) {
            Path out = dir.resolve(example);
            CliRun run = CliRun.of("batch", Examples.yaml(example).toString(), "--units", csv.toString(), "-o",
                    out.toString(), "--progress", "none");
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            for (AdministrativeUnit unit : units.subList(0, 2)) {
                byte[] docx = Files.readAllBytes(out.resolve(file(unit)));
                List<String> lines = Examples.text(docx).lines().toList();
                assertTrue(lines.contains(unit.headerLine()), () -> example + ": " + lines);
                assertFalse(lines.contains("TỈNH HẢI DƯƠNG"), example);
                if (example.equals(Examples.DECISION)) {
                    assertTrue(lines.contains("ỦY BAN NHÂN DÂN " + unit.headerLine()), "the unit decides: " + lines);
                }
                assertEquals(List.of(), TestDocx.ids(TestDocx.check(docx)), example + " " + unit.code());
            }
            assertTrue(Examples.text(Files.readAllBytes(out.resolve(file(units.get(0))))).contains("Nguyễn Văn An"));
        }
    }
}
