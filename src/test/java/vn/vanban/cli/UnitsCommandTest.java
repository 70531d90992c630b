package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.batch.BatchUnit;
import vn.vanban.batch.BatchUnits;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;

/** vanban units: the communes of a province, for a clerk to read or for batch to take as a units file. */
class UnitsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryCommuneOfAProvinceWithCodeTypeAndName() {
        CliRun run = CliRun.of("units", "--province", "Lâm Đồng");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        UnitList list = UnitList.current();
        List<AdministrativeUnit> communes = list.communes(list.province("Lâm Đồng").orElseThrow());
        assertEquals("mã     loại     tên", lines.get(0));
        assertEquals(communes.size() + 3, lines.size(), "header, one line per commune, a blank line, the count");
        assertTrue(lines.contains("24820  phường   2 Bảo Lộc"), run.out());
        assertTrue(lines.contains("24781  phường   Xuân Hương - Đà Lạt"), run.out());
        assertTrue(lines.contains("24886  xã       Đam Rông 1"), run.out());
        assertEquals(communes.size() + " đơn vị: ", lines.get(lines.size() - 1).substring(0, (communes.size() + " đơn vị: ").length()));
        assertTrue(lines.get(lines.size() - 1).endsWith("— tỉnh Lâm Đồng (danh mục 2025)"), lines.get(lines.size() - 1));
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"68", "lam dong", "Tỉnh Lâm Đồng", "LÂM ĐỒNG", "lam-dong"})
    void theProvinceIsFoundByCodeOrByNameAsTyped(String query) {
        assertEquals(CliRun.of("units", "--province", "Lâm Đồng").out(), CliRun.of("don-vi", "--province", query).out());
    }

    @Test
    void theListBeforeTheReformShowsTheDistrictAndCanTakeOne() {
        CliRun province = CliRun.of("units", "--province", "Thanh Hóa", "--dvhc", "2024");
        assertEquals(ExitCode.OK, province.exitCode(), province.err());
        assertTrue(province.out().startsWith("mã     loại      tên"), province.out());
        assertTrue(province.out().contains("huyện"), province.out());
        CliRun district = CliRun.of("units", "--province", "Thanh Hóa", "--dvhc", "2024", "--district", "cam thuy");
        assertEquals(ExitCode.OK, district.exitCode(), district.err());
        List<String> lines = district.out().lines().toList();
        assertEquals("mã     loại      tên        huyện", lines.get(0));
        assertEquals("15127  thị trấn  Phong Sơn  huyện Cẩm Thủy", lines.get(1));
        assertEquals("15169  xã        Cẩm Ngọc   huyện Cẩm Thủy", lines.get(12));
        assertEquals("17 đơn vị: 1 thị trấn, 16 xã — huyện Cẩm Thủy, tỉnh Thanh Hóa (danh mục 2024)", lines.get(lines.size() - 1));
    }

    /** The CSV is a units file: batch reads it back as exactly the units listed. */
    @Test
    void theCsvIsAUnitsFileForBatch() throws Exception {
        CliRun run = CliRun.of("units", "--province", "Thanh Hóa", "--dvhc", "2024", "--district", "Cẩm Thủy", "--csv");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("ma,loai,ten,tinh\n15127,thị trấn,Phong Sơn,Thanh Hóa\n"), run.out());
        Path file = dir.resolve("don-vi.csv");
        Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        List<BatchUnit> units = BatchUnits.read(file, UnitList.of("2024"), Set.of());
        assertEquals(17, units.size());
        List<String> example = Files.readAllLines(Path.of("examples/don-vi-cam-thuy-2023.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(example, units.stream().map(BatchUnit::code).toList(), "the communes of the example units file");

        CliRun whole = CliRun.of("units", "--province", "Hồ Chí Minh", "--csv");
        Path all = dir.resolve("hcm.csv");
        Files.writeString(all, whole.out(), StandardCharsets.UTF_8);
        UnitList list = UnitList.current();
        assertEquals(list.communes(list.province("79").orElseThrow()).stream().map(AdministrativeUnit::code).toList(),
                BatchUnits.read(all, list, Set.of()).stream().map(BatchUnit::code).toList());
    }

    @Test
    void anUnknownProvinceExitsTwoWithNamesNearWhatWasTyped() {
        CliRun typo = CliRun.of("units", "--province", "Lam Dng");
        assertEquals(ExitCode.BAD_INPUT, typo.exitCode());
        assertEquals("", typo.out());
        assertEquals("--province: không có tỉnh, thành phố 'Lam Dng' trong danh mục 2025; có phải: Lâm Đồng?\n", typo.err());
        CliRun prefix = CliRun.of("units", "--province", "Quảng");
        assertTrue(prefix.err().contains("có phải: Quảng Ninh, Quảng Trị, Quảng Ngãi?"), prefix.err());
        CliRun merged = CliRun.of("units", "--province", "Hải Dương");
        assertEquals(ExitCode.BAD_INPUT, merged.exitCode());
        assertTrue(merged.err().contains("thuộc thành phố Hải Phòng); dùng --dvhc 2024"), merged.err());
        CliRun nothingNear = CliRun.of("units", "--province", "Sài Gòn");
        assertTrue(nothingNear.err().contains("; các tỉnh, thành phố: An Giang, "), nothingNear.err());
    }

    @Test
    void aDistrictOrListThatIsNotThereExitsTwo() {
        CliRun noDistricts = CliRun.of("units", "--province", "68", "--district", "Bảo Lộc");
        assertEquals(ExitCode.BAD_INPUT, noDistricts.exitCode());
        assertTrue(noDistricts.err().startsWith("--district: danh mục 2025 không có cấp huyện"), noDistricts.err());
        CliRun unknown = CliRun.of("units", "--province", "Thanh Hóa", "--dvhc", "2024", "--district", "Cẩm Xuyên");
        assertEquals(ExitCode.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().startsWith("--district: không có huyện 'Cẩm Xuyên' trong tỉnh Thanh Hóa (danh mục 2024); có: "
                + "thành phố Thanh Hóa, "), unknown.err());
        CliRun edition = CliRun.of("units", "--province", "01", "--dvhc", "2023");
        assertEquals(ExitCode.BAD_INPUT, edition.exitCode());
        assertEquals("--dvhc: '2023' không có; các danh mục: 2025, 2024\n", edition.err());
        assertEquals(ExitCode.BAD_INPUT, CliRun.of("units").exitCode(), "--province is required");
    }

    @Test
    void helpSaysWhatItDoes() {
        CliRun run = CliRun.of("units", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("--province=TÊN|MÃ"), run.out());
        assertTrue(run.out().contains("--csv"), run.out());
        assertTrue(run.out().contains("Liệt kê các xã, phường, đặc khu của một tỉnh"), run.out());
    }
}
