package vn.vanban.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.model.Issuer;
import vn.vanban.model.VietnameseNames;

/**
 * Every unit of both bundled lists — province, district, commune — as the issuer of a plan and as
 * the chủ quản of a department: the territory phrase (${dia_ban}) is the unit's own, written as
 * batch writes it, and the department's name never stands in for it.
 */
class EveryUnitNameInTextTest {

    /** Departments as their documents write them, taken in turn so that every shape meets every unit. */
    private static final List<String> DEPARTMENTS = List.of("Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Lao động - Thương binh và Xã hội", "Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường",
            "Sở Nội vụ", "Sở Tư pháp", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Văn phòng HĐND và UBND", "Ban Quản lý các khu công nghiệp", "Chi cục Kiểm lâm");

    @ParameterizedTest(name = "danh mục {0}")
    @ValueSource(strings = {"2025", "2024"})
    void everyUnitIsTheTerritoryOfItsOwnBodyAndOfTheDepartmentsUnderIt(String edition) {
        UnitList list = UnitList.of(edition);
        Set<AdministrativeUnit> units = new LinkedHashSet<>();
        for (AdministrativeUnit province : list.provinces()) {
            units.add(province);
            units.addAll(list.districts(province));
            units.addAll(list.communes(province));
        }
        List<String> wrong = new ArrayList<>();
        int i = 0;
        for (AdministrativeUnit unit : units) {
            String area = unit.inText();
            Issuer council = new Issuer(List.of(), List.of("ỦY BAN NHÂN DÂN", unit.headerLine()), "UBND", unit.placeName(),
                    null, null);
            expect(wrong, unit, "UBND territory", area, council.territoryInText());
            expect(wrong, unit, "UBND name", "Ủy ban nhân dân " + area, council.fullNameInText());
            expect(wrong, unit, "UBND cited", "Ủy ban nhân dân " + area, council.citedName());

            String department = DEPARTMENTS.get(i++ % DEPARTMENTS.size());
            for (List<String> parent : List.of(List.of("UBND " + unit.headerLine()),
                    List.of("ỦY BAN NHÂN DÂN", unit.headerLine()))) {
                Issuer under = new Issuer(parent, List.of(VietnameseNames.upper(department)), "X", unit.placeName(), null,
                        null);
                expect(wrong, unit, "department territory", area, under.territoryInText());
                expect(wrong, unit, "department name", department, under.fullNameInText());
                expect(wrong, unit, "department cited", department + " " + area, under.citedName());
            }
        }
        assertEquals(List.of(), wrong.stream().limit(20).toList(), wrong.size() + " wrong of " + units.size() + " units");
    }

    /**
     * The words exactly, the unit word's case included ("xã", "Phường 2"); the proper name's letters
     * ignoring case, for capitals cannot tell "KDang" or "Ea H'Leo" from "Kdang" (a clerk who needs
     * them writes dia_ban, as batch does from the list).
     */
    private static void expect(List<String> wrong, AdministrativeUnit unit, String what, String expected, String actual) {
        int unitWord = expected.length() - unit.name().length();
        boolean same = !expected.endsWith(unit.name()) ? expected.equals(actual) : actual.length() == expected.length()
                && actual.substring(0, unitWord).equals(expected.substring(0, unitWord))
                && VietnameseNames.lower(actual.substring(unitWord)).equals(VietnameseNames.lower(unit.name()));
        if (!same) {
            wrong.add(unit.code() + " " + unit.inText() + ": " + what + " '" + actual + "', expected '" + expected + "'");
        }
    }
}
