package vn.vanban.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundledUnitListTest {

    private final UnitList current = UnitList.current();

    @Test
    void theListInForceSinceJuly2025Has34ProvincesAnd3321Communes() {
        assertEquals(34, current.provinces().size());
        assertEquals(3321, current.communeCount());
        int sum = current.provinces().stream().mapToInt(p -> current.communes(p).size()).sum();
        assertEquals(3321, sum, "every commune hangs under one province");
        Set<String> types = new HashSet<>();
        current.provinces().forEach(p -> current.communes(p).forEach(c -> types.add(c.type())));
        assertEquals(Set.of("xã", "phường", "đặc khu"), types);
    }

    @Test
    void theListBeforeTheReformHas63ProvincesAndThreeTiers() {
        UnitList old = UnitList.of("2024");
        assertEquals(63, old.provinces().size());
        AdministrativeUnit haiDuong = old.province("Hải Dương").orElseThrow();
        List<AdministrativeUnit> communes = old.communes(haiDuong);
        assertFalse(communes.isEmpty());
        assertTrue(communes.stream().allMatch(AdministrativeUnit::isCommune));
        AdministrativeUnit district = old.unit(communes.get(0).parentCode()).orElseThrow();
        assertFalse(district.isProvince(), "a commune of 2024 sits under a district");
        assertEquals(haiDuong, old.provinceOf(communes.get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hà Nội", "ha noi", "HA NOI", "Thành phố Hà Nội", "thanh pho ha noi", "TP Hà Nội",
        "TP. Hà Nội", "ha_noi", "01", "1", " Hà  Nội "})
    void haNoiIsFoundByAnyNameAClerkTypes(String query) {
        AdministrativeUnit haNoi = current.province(query).orElseThrow(() -> new AssertionError(query));
        assertEquals("01", haNoi.code());
        assertEquals("Thành phố Hà Nội", haNoi.fullName());
        assertEquals(126, current.communes(haNoi).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hồ Chí Minh", "ho chi minh", "Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "79"})
    void hoChiMinhIsFoundToo(String query) {
        AdministrativeUnit hcm = current.province(query).orElseThrow(() -> new AssertionError(query));
        assertEquals("79", hcm.code());
        assertEquals(168, current.communes(hcm).size());
        assertTrue(current.communes(hcm).stream().anyMatch(c -> c.type().equals("đặc khu")), "Côn Đảo");
    }

    @Test
    void aCommuneKnowsItsForms() {
        AdministrativeUnit baDinh = current.unit("00004").orElseThrow();
        assertEquals("phường Ba Đình", baDinh.inText());
        assertEquals("PHƯỜNG BA ĐÌNH", baDinh.headerLine());
        assertEquals("01", current.provinceOf(baDinh).code());
        assertEquals("phuong-ba-dinh", UnitNames.slug(baDinh.fullName()));
        assertEquals("xa-ea-hleo", UnitNames.slug("Xã Ea H'Leo"));
    }

    /**
     * Phụ lục I, mục II.4.a: a unit named by a number has its full name as the place name; Phụ lục
     * II, mục III.1.b: its unit word takes a capital ("Quận 1").
     */
    @Test
    void aNameBuiltWithANumberIsWrittenInFull() {
        AdministrativeUnit ward9 = UnitList.of("2024").unit("22024").orElseThrow();
        assertEquals("9", ward9.name());
        assertEquals("Phường 9", ward9.placeName());
        assertEquals("Phường 9", ward9.inText());
        assertEquals("PHƯỜNG 9", ward9.headerLine());
        AdministrativeUnit baoLoc2 = current.unit("24820").orElseThrow();
        assertEquals("Phường 2 Bảo Lộc", baoLoc2.placeName());
        assertEquals("Phường 2 Bảo Lộc", baoLoc2.inText());
        AdministrativeUnit damRong1 = current.unit("24886").orElseThrow();
        assertEquals("Đam Rông 1", damRong1.placeName(), "a proper name with a number after it reads as a place");
        assertEquals("xã Đam Rông 1", damRong1.inText());
        AdministrativeUnit baDinh = current.unit("00004").orElseThrow();
        assertEquals("Ba Đình", baDinh.placeName(), "a name without a number stands alone");
        for (String name : List.of("Ea H'Leo", "Văn Miếu - Quốc Tử Giám", "N.T Phong Hải", "Bảo Lộc", "Mỹ Đình 1", "Đồi 61",
                "Đường 10", "Cư M'gar")) {
            assertFalse(AdministrativeUnit.namedWithNumber(name), name);
        }
        for (String name : List.of("1", "12", "2 Bảo Lộc")) {
            assertTrue(AdministrativeUnit.namedWithNumber(name), name);
        }
    }

    @Test
    void aProvinceThatIsNoMoreIsNotFoundButItsSuccessorIs() {
        assertEquals(Optional.empty(), current.province("Hải Dương"));
        assertEquals(Optional.empty(), current.province("99"));
        assertEquals(Optional.empty(), current.province("00004"), "a commune code is not a province");
        UnitList old = UnitList.of("2024");
        assertEquals("Hải Phòng", current.successorOf(old, old.province("Hải Dương").orElseThrow()).orElseThrow().name());
        assertEquals("Hồ Chí Minh", current.successorOf(old, old.province("Bình Dương").orElseThrow()).orElseThrow().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2024"})
    void theBundledListsMatchTheSourceDataWhereItIsPresent(String edition) throws Exception {
        Path data = sourceData();
        Assumptions.assumeTrue(data != null, "shared/data is not beside this checkout");
        String expected = UnitListGenerator.table(edition, UnitListGenerator.source(data, edition));
        try (InputStream in = new GZIPInputStream(UnitList.class.getResourceAsStream(UnitList.resourceName(edition)))) {
            assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "regenerate with UnitListGenerator");
        }
        String licence = Files.readString(data.resolve("dvhc-2025/LICENSE.txt"), StandardCharsets.UTF_8);
        try (InputStream in = UnitList.class.getResourceAsStream("LICENSE-dvhc.txt")) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).endsWith(licence), "the MIT notice is bundled");
        }
    }

    private static Path sourceData() {
        for (Path dir : List.of(Path.of("../shared/data"), Path.of("../../shared/data"))) {
            if (Files.isRegularFile(dir.resolve("dvhc-2025/full.json"))) {
                return dir;
            }
        }
        return null;
    }
}
