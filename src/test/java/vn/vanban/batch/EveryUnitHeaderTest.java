package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.VietnameseNames;
import vn.vanban.render.DocumentView;
import vn.vanban.render.FontMetrics;
import vn.vanban.render.FontMetrics.Style;
import vn.vanban.render.PlanLayout;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;

/**
 * Every commune of both bundled lists, laid out as batch lays it out (the layout only, no .docx):
 * its place name, its issuing body's lines and the rule under them are what the decree asks for,
 * whatever the shape of its name — a number, a number and a name, a hyphen, an apostrophe, a dot,
 * the longest and the shortest, a name two districts share.
 */
class EveryUnitHeaderTest {

    /** The Cẩm Ngọc plan without its parts: the header is the same, the layout quicker. */
    private static final Plan PLAN = withoutParts(Examples.plan(Examples.CAM_NGOC));
    /** A day and a month of two digits: the widest date line a dated plan has. */
    private static final LocalDate WIDEST_DATE = LocalDate.of(2025, 12, 28);

    private static DocumentView.Header header(Plan plan) {
        return PlanLayout.layout(plan).view().header();
    }

    private static Plan withoutParts(Plan plan) {
        return Plan.withParts(plan.kind(), plan.issuer(), plan.number(), plan.date(), plan.year(), plan.subject(),
                plan.legalBases(), plan.introduction(), List.of(), plan.closing(), plan.signer(), plan.recipients(),
                plan.archive(), plan.variables(), plan.presentation());
    }

    private static Plan dated(Plan plan) {
        return Plan.withParts(plan.kind(), plan.issuer(), 15, WIDEST_DATE, WIDEST_DATE.getYear(), plan.subject(),
                plan.legalBases(), plan.introduction(), plan.parts(), plan.closing(), plan.signer(), plan.recipients(),
                plan.archive(), plan.variables(), plan.presentation());
    }

    private static int width(String line) {
        return FontMetrics.widthTwips(line, Style.BOLD, PLAN.presentation().issuerSize());
    }

    @ParameterizedTest(name = "danh mục {0}")
    @ValueSource(strings = {"2025", "2024"})
    void everyCommuneGetsItsPlaceNameItsLinesAndARuleOfTheRightLength(String edition) throws Exception {
        UnitList list = UnitList.of(edition);
        UnitPlans plans = new UnitPlans(PLAN, "plan.yaml");
        List<String> wrong = new ArrayList<>();
        int units = 0;
        int suitsEveryLine = 0;
        for (AdministrativeUnit province : list.provinces()) {
            for (BatchUnit unit : BatchUnits.ofProvince(list, province.code())) {
                units++;
                Plan plan = plans.planFor(unit);
                for (Plan shown : List.of(plan, dated(plan))) {
                    PlanLayout.Result result = PlanLayout.layout(shown);
                    String problem = problem(unit, result);
                    if (problem != null) {
                        wrong.add(unit.label() + ": " + problem);
                    }
                }
                if (everyLineSuitsTheRule(header(plan))) {
                    suitsEveryLine++;
                }
                String territory = PlanVariables.of(plan).values().get(PlanVariables.TERRITORY);
                if (!territory.equals(AdministrativeUnit.inText(unit.type(), unit.name()))) {
                    wrong.add(unit.label() + ": ${dia_ban} is " + territory);
                }
            }
        }
        assertEquals(List.of(), wrong.stream().limit(20).toList(), wrong.size() + " units wrong");
        assertEquals(list.communeCount(), units, "every commune of the list was laid out");
        // Where one length suits every line of the body's name, the rule has it: most units.
        assertTrue(suitsEveryLine > units * 0.75, suitsEveryLine + " of " + units);
    }

    /** What is wrong with one unit's header, or null. */
    private static String problem(BatchUnit unit, PlanLayout.Result result) {
        DocumentView.Header h = result.view().header();
        String place = h.placeDate().substring(0, h.placeDate().indexOf(", ngày"));
        if (place.matches("\\d.*")) {
            return "bare number in the place name: " + h.placeDate();
        }
        if (AdministrativeUnit.namedWithNumber(unit.name())
                && !place.equals(VietnameseNames.upperFirst(unit.type()) + " " + unit.name())) {
            return "a name built with a number needs its full name before the date: " + h.placeDate();
        }
        if (!AdministrativeUnit.namedWithNumber(unit.name()) && !place.equals(unit.name())) {
            return "place name " + place;
        }
        List<String> lines = h.issuerLines();
        if (!lines.get(0).equals("ỦY BAN NHÂN DÂN")) {
            return "first line " + lines.get(0);
        }
        String unitLines = String.join(" ", lines.subList(1, lines.size()));
        if (!unitLines.equals(VietnameseNames.upper(unit.type() + " " + unit.name()))) {
            return "issuing body lines " + lines;
        }
        for (String line : lines) {
            if (width(line) > h.leftWidth() && result.warnings().stream().noneMatch(w -> w.contains("\"" + line + "\""))) {
                return "\"" + line + "\" is wider than its column and nothing says so";
            }
        }
        int datePoints = h.placeDateSize();
        if (FontMetrics.widthTwips(h.placeDate(), Style.ITALIC, datePoints / 2.0) > h.rightWidth()
                && result.warnings().stream().noneMatch(w -> w.contains(h.placeDate()))) {
            return "\"" + h.placeDate() + "\" is wider than its column and nothing says so";
        }
        int above = width(lines.get(lines.size() - 1));
        int rule = h.issuerRule().length();
        if (rule < above / 3.0 - 1 || rule > above / 2.0 + 1) {
            return "rule " + rule + " under a line of " + above + " (" + Math.round(100.0 * rule / above) + "%)";
        }
        if (h.issuerRule().indent() * 2 + rule != h.leftWidth() && h.issuerRule().indent() * 2 + rule != h.leftWidth() - 1) {
            return "rule not centred";
        }
        return null;
    }

    /** Whether the rule is 1/3 to 1/2 of every line of the name, when one length can be. */
    private static boolean everyLineSuitsTheRule(DocumentView.Header h) {
        List<Integer> widths = h.issuerLines().stream().map(EveryUnitHeaderTest::width).toList();
        int widest = widths.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int narrowest = widths.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int rule = h.issuerRule().length();
        boolean possible = widest / 3.0 <= narrowest / 2.0;
        boolean suits = rule >= widest / 3.0 - 1 && rule <= narrowest / 2.0 + 1;
        if (possible && !suits) {
            throw new AssertionError("rule " + rule + " does not suit every line of " + h.issuerLines() + " though one could");
        }
        return suits;
    }

    /** One unit of each shape of name, and exactly what its header says. */
    @Test
    void eachShapeOfName() throws Exception {
        UnitPlans plans = new UnitPlans(PLAN, "plan.yaml");
        Map<String, List<String>> expected = new HashMap<>();
        // a number alone (2024), a number and a name: the full name; a name and a number: the name
        expected.put("2024 22024", List.of("Phường 9", "ỦY BAN NHÂN DÂN", "PHƯỜNG 9"));
        expected.put("2024 24775", List.of("Phường 12", "ỦY BAN NHÂN DÂN", "PHƯỜNG 12"));
        expected.put("2025 24820", List.of("Phường 2 Bảo Lộc", "ỦY BAN NHÂN DÂN", "PHƯỜNG 2 BẢO LỘC"));
        expected.put("2025 24886", List.of("Đam Rông 1", "ỦY BAN NHÂN DÂN", "XÃ ĐAM RÔNG 1"));
        expected.put("2024 26284", List.of("Đồi 61", "ỦY BAN NHÂN DÂN", "XÃ ĐỒI 61"));
        // a hyphen between two names, too wide for the column: the unit word stands above the name
        expected.put("2025 00226", List.of("Văn Miếu - Quốc Tử Giám", "ỦY BAN NHÂN DÂN", "PHƯỜNG", "VĂN MIẾU - QUỐC TỬ GIÁM"));
        expected.put("2025 24805", List.of("Xuân Trường - Đà Lạt", "ỦY BAN NHÂN DÂN", "PHƯỜNG", "XUÂN TRƯỜNG - ĐÀ LẠT"));
        // a person's name too wide for the column, and the longest name of 2024
        expected.put("2025 21172", List.of("Trương Quang Trọng", "ỦY BAN NHÂN DÂN", "PHƯỜNG", "TRƯƠNG QUANG TRỌNG"));
        expected.put("2024 00916", List.of("Nông trường Việt Lâm", "ỦY BAN NHÂN DÂN", "THỊ TRẤN", "NÔNG TRƯỜNG VIỆT LÂM"));
        // an apostrophe, a dot, the shortest names
        expected.put("2025 24184", List.of("Ea H'Leo", "ỦY BAN NHÂN DÂN", "XÃ EA H'LEO"));
        expected.put("2024 02902", List.of("N.T Phong Hải", "ỦY BAN NHÂN DÂN", "THỊ TRẤN N.T PHONG HẢI"));
        expected.put("2025 19489", List.of("Lìa", "ỦY BAN NHÂN DÂN", "XÃ LÌA"));
        expected.put("2024 19492", List.of("Xy", "ỦY BAN NHÂN DÂN", "XÃ XY"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            String[] key = e.getKey().split(" ");
            UnitList list = UnitList.of(key[0]);
            AdministrativeUnit listed = list.unit(key[1]).orElseThrow();
            BatchUnit unit = BatchUnits.ofProvince(list, list.provinceOf(listed).code()).stream()
                    .filter(u -> u.code().equals(key[1])).findFirst().orElseThrow();
            PlanLayout.Result result = PlanLayout.layout(plans.planFor(unit));
            DocumentView.Header h = result.view().header();
            List<String> shown = new ArrayList<>();
            shown.add(h.placeDate().substring(0, h.placeDate().indexOf(", ngày")));
            shown.addAll(h.issuerLines());
            assertEquals(e.getValue(), shown, e.getKey());
            List<String> issuerWarnings = result.warnings().stream().filter(w -> w.startsWith("tên cơ quan")).toList();
            assertEquals(List.of(), issuerWarnings, e.getKey() + ": every line of the issuing body fits its column");
        }
        // The longest name with the blank date of a draft cannot stand on one line even at 13 pt,
        // the smallest size the decree allows: the clerk is told.
        UnitList list = UnitList.current();
        BatchUnit vanMieu = BatchUnits.ofProvince(list, "01").stream().filter(u -> u.code().equals("00226")).findFirst()
                .orElseThrow();
        PlanLayout.Result draft = PlanLayout.layout(plans.planFor(vanMieu));
        assertEquals(List.of("địa danh và ngày tháng \"Văn Miếu - Quốc Tử Giám, ngày      tháng      năm 2023\" rộng 103 mm,"
                + " quá cột 99 mm nên sẽ xuống dòng"), draft.warnings());
        assertEquals(26, draft.view().header().placeDateSize(), "13 pt, the smallest the decree allows");
    }

    /**
     * The shapes above are all the lists hold: besides letters and spaces, commune names use only
     * digits, hyphens, apostrophes and one dot (no parentheses, no commas). A list that brings
     * another character fails here, so that its shape gets looked at and tested.
     */
    @ParameterizedTest(name = "danh mục {0}")
    @ValueSource(strings = {"2025", "2024"})
    void noOtherShapeOfNameIsInTheLists(String edition) {
        UnitList list = UnitList.of(edition);
        Set<String> others = new java.util.TreeSet<>();
        for (AdministrativeUnit province : list.provinces()) {
            for (AdministrativeUnit commune : list.communes(province)) {
                commune.name().codePoints().filter(cp -> !Character.isLetter(cp) && cp != ' ')
                        .forEach(cp -> others.add(new String(Character.toChars(cp))));
            }
        }
        Set<String> tested = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "'", ".");
        assertTrue(tested.containsAll(others), "untested characters in names: " + others);
    }

    /**
     * The same name in two districts of a province (2024: "Phường 1" of several districts of Hồ Chí
     * Minh): each unit is still its own document, named by its code.
     */
    @Test
    void aNameTwoUnitsOfOneProvinceShareStillGivesTwoDocuments() throws Exception {
        UnitList list = UnitList.of("2024");
        List<BatchUnit> units = BatchUnits.ofProvince(list, "Hồ Chí Minh");
        Map<String, Long> names = units.stream().collect(Collectors.groupingBy(BatchUnit::label, Collectors.counting()));
        Map<String, List<BatchUnit>> byName = units.stream().collect(Collectors.groupingBy(u -> u.type() + " " + u.name()));
        assertTrue(byName.get("phường 1").size() >= 2, "several districts have a Phường 1");
        assertTrue(names.values().stream().allMatch(n -> n == 1), "labels carry the code");
        Set<String> stems = new HashSet<>();
        for (BatchUnit unit : units) {
            assertTrue(stems.add(unit.fileStem()), unit.fileStem());
        }
        assertFalse(stems.isEmpty());
    }
}
