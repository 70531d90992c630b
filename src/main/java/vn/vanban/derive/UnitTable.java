package vn.vanban.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.YamlTree;

/**
 * The table of counterpart units shipped with vanban for one system of local government
 * (don-vi-hai-cap.yaml, don-vi-ba-cap.yaml beside this class): one row per field of work, with
 * the names of its unit at each tier. Data, read once; its format is described in the files.
 */
final class UnitTable {

    /**
     * A field of work and its unit at each tier; names are templates with {cap}, {ten}, ....
     *
     * @param renamedInText whether a sentence that names the unit gets the counterpart's name; not
     *     for a medium, where "đăng trên Báo Hải Dương" cannot become "đăng trên Phòng Văn hóa - Xã hội"
     */
    record Row(String code, Map<Level, List<String>> names, Map<String, String> byUnitType, boolean request, boolean renamedInText) {
        Row {
            names = Map.copyOf(names);
            byUnitType = Map.copyOf(byUnitType);
        }

        List<String> namesAt(Level level) {
            return names.getOrDefault(level, List.of());
        }
    }

    private static final Map<GovernmentSystem, UnitTable> TABLES = new EnumMap<>(GovernmentSystem.class);

    private final GovernmentSystem system;
    private final List<Row> rows;
    private final Set<String> centralCities;
    private final Map<Level, String> unitsTogether;
    private final Map<String, String> levelBelow;

    private UnitTable(GovernmentSystem system, List<Row> rows, Set<String> centralCities,
            Map<Level, String> unitsTogether, Map<String, String> levelBelow) {
        this.system = system;
        this.rows = List.copyOf(rows);
        this.centralCities = Set.copyOf(centralCities);
        this.unitsTogether = Map.copyOf(unitsTogether);
        this.levelBelow = Map.copyOf(levelBelow);
    }

    static synchronized UnitTable of(GovernmentSystem system) {
        return TABLES.computeIfAbsent(system, UnitTable::read);
    }

    GovernmentSystem system() {
        return system;
    }

    List<Row> rows() {
        return rows;
    }

    /** Whether "thành phố {name}" is a province; in the two-tier system every city is one. */
    boolean cityIsProvince(String properName) {
        return system == GovernmentSystem.HAI_CAP || centralCities.contains(properName);
    }

    /** How the units of a body at this tier are called together by default ("phòng, ban, đơn vị"). */
    String unitsTogether(Level level) {
        return unitsTogether.get(level);
    }

    /** The tier below a body of this unit type, as written in a sentence ("các thôn"), or null. */
    String levelBelow(String unitType) {
        return levelBelow.get(unitType);
    }

    private static UnitTable read(GovernmentSystem system) {
        JsonNode root = Resources.yaml(system.table());
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : root.path("don_vi")) {
            Map<Level, List<String>> names = new LinkedHashMap<>();
            for (Level level : system.levels()) {
                List<String> list = new ArrayList<>();
                row.path(level.code()).forEach(name -> list.add(name.asText()));
                if (!list.isEmpty()) {
                    names.put(level, List.copyOf(list));
                }
            }
            Map<String, String> byUnitType = new LinkedHashMap<>();
            row.path("theo_loai").fields().forEachRemaining(e -> byUnitType.put(e.getKey(), e.getValue().asText()));
            rows.add(new Row(row.path("ma").asText(), names, byUnitType, row.path("de_nghi").asBoolean(false),
                    row.path("doi_trong_cau").asBoolean(true)));
        }
        Set<String> cities = new LinkedHashSet<>();
        root.path("thanh_pho_truc_thuoc_trung_uong").forEach(city -> cities.add(city.asText()));
        Map<Level, String> together = new EnumMap<>(Level.class);
        root.path("mac_dinh").path("don_vi_chung").fields().forEachRemaining(
                e -> together.put(Level.ofCode(e.getKey()).orElseThrow(), e.getValue().asText()));
        Map<String, String> below = new LinkedHashMap<>();
        root.path("mac_dinh").path("cap_duoi").fields().forEachRemaining(e -> below.put(e.getKey(), e.getValue().asText()));
        return new UnitTable(system, rows, cities, together, below);
    }

    /** The YAML data files shipped beside the derive classes. */
    static final class Resources {

        private Resources() {
        }

        static JsonNode yaml(String name) {
            try (InputStream in = UnitTable.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("vanban derive data missing: " + name);
                }
                return YamlTree.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)).root();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("vanban derive data unreadable: " + e.getMessage(), e);
            }
        }
    }
}
