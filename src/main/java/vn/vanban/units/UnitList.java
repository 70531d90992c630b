package vn.vanban.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import vn.vanban.model.VietnameseNames;
import vn.vanban.text.EditDistance;

/**
 * An official list of administrative units, bundled with vanban: "2025", the 34 provinces and
 * 3,321 commune-level units in force since 1 July 2025, or "2024", the 63-province, three-tier
 * list before the reform. Source: the GSO lists as published in the dvhc data set (MIT licence,
 * LICENSE-dvhc.txt beside the lists).
 */
public final class UnitList {

    /** The editions bundled, newest first. */
    public static final List<String> EDITIONS = List.of("2025", "2024");
    public static final String CURRENT = "2025";

    /** The unit words of the commune level, where a batch plan is issued. */
    public static final Set<String> COMMUNE_TYPES = Set.of("xã", "phường", "đặc khu", "thị trấn");

    private static final Map<String, UnitList> LOADED = new ConcurrentHashMap<>();
    private static final List<String> PROVINCE_WORDS = List.of("thanh pho ", "tinh ", "tp ");

    private final String edition;
    private final List<AdministrativeUnit> provinces;
    private final Map<String, AdministrativeUnit> byCode;
    private final Map<String, List<AdministrativeUnit>> children;
    private final Map<String, AdministrativeUnit> provincesByFoldedName;
    private final int communeCount;

    private UnitList(String edition, List<AdministrativeUnit> units) {
        this.edition = edition;
        Map<String, AdministrativeUnit> codes = new LinkedHashMap<>();
        Map<String, List<AdministrativeUnit>> kids = new HashMap<>();
        List<AdministrativeUnit> tops = new ArrayList<>();
        Map<String, AdministrativeUnit> folded = new HashMap<>();
        int communes = 0;
        for (AdministrativeUnit unit : units) {
            codes.put(unit.code(), unit);
            if (unit.isProvince()) {
                tops.add(unit);
                folded.put(UnitNames.fold(unit.name()), unit);
            } else {
                kids.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
            if (unit.isCommune()) {
                communes++;
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.provinces = List.copyOf(tops);
        this.byCode = Collections.unmodifiableMap(codes);
        this.children = kids;
        this.provincesByFoldedName = folded;
        this.communeCount = communes;
    }

    /** The list in force since 1 July 2025. */
    public static UnitList current() {
        return of(CURRENT);
    }

    /** @throws IllegalArgumentException for an edition that is not bundled (see {@link #EDITIONS}) */
    public static UnitList of(String edition) {
        if (!EDITIONS.contains(edition)) {
            throw new IllegalArgumentException("no bundled unit list " + edition);
        }
        return LOADED.computeIfAbsent(edition, e -> new UnitList(e, read(e)));
    }

    static String resourceName(String edition) {
        return "dvhc-" + edition + ".tsv.gz";
    }

    public String edition() {
        return edition;
    }

    public List<AdministrativeUnit> provinces() {
        return provinces;
    }

    /** How many commune-level units the list holds (3,321 in 2025). */
    public int communeCount() {
        return communeCount;
    }

    public Optional<AdministrativeUnit> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * A province by code ("01", "1") or by name as a clerk types it: "Hà Nội", "ha noi",
     * "Thành phố Hà Nội", "TP. Hồ Chí Minh", "thanh_hoa"; diacritics and case do not matter.
     */
    public Optional<AdministrativeUnit> province(String query) {
        String q = query.strip();
        if (q.matches("[0-9]{1,2}")) {
            AdministrativeUnit unit = byCode.get(q.length() == 1 ? "0" + q : q);
            return unit != null && unit.isProvince() ? Optional.of(unit) : Optional.empty();
        }
        String folded = UnitNames.fold(q);
        AdministrativeUnit found = provincesByFoldedName.get(folded);
        for (int i = 0; found == null && i < PROVINCE_WORDS.size(); i++) {
            if (folded.startsWith(PROVINCE_WORDS.get(i))) {
                found = provincesByFoldedName.get(folded.substring(PROVINCE_WORDS.get(i).length()));
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Provinces whose name is near what a clerk typed: one or two letters off ("Lam Dng" for Lâm
     * Đồng), or starting with it ("Quảng" for Quảng Ninh, Quảng Trị, Quảng Ngãi); in the list's order.
     */
    public List<AdministrativeUnit> provincesLike(String query) {
        String folded = withoutProvinceWord(UnitNames.fold(query));
        List<AdministrativeUnit> near = new ArrayList<>();
        for (AdministrativeUnit province : provinces) {
            String name = UnitNames.fold(province.name());
            int allowed = Math.min(2, Math.max(1, name.length() / 4));
            if (EditDistance.between(folded, name) <= allowed || (folded.length() >= 3 && name.startsWith(folded))) {
                near.add(province);
            }
        }
        return near;
    }

    private static String withoutProvinceWord(String folded) {
        for (String word : PROVINCE_WORDS) {
            if (folded.startsWith(word)) {
                return folded.substring(word.length());
            }
        }
        return folded;
    }

    /** The districts of a province (lists before 1 July 2025; none in the 2025 list), in code order. */
    public List<AdministrativeUnit> districts(AdministrativeUnit province) {
        return children.getOrDefault(province.code(), List.of()).stream().filter(u -> !u.isCommune()).toList();
    }

    /** A district of the province by code or by name, with or without its unit word: "Cẩm Thủy", "huyen cam thuy". */
    public Optional<AdministrativeUnit> district(AdministrativeUnit province, String query) {
        String folded = UnitNames.fold(query);
        for (AdministrativeUnit district : districts(province)) {
            if (district.code().equals(query.strip()) || UnitNames.fold(district.name()).equals(folded)
                    || UnitNames.fold(district.inText()).equals(folded)) {
                return Optional.of(district);
            }
        }
        return Optional.empty();
    }

    /**
     * What to tell a clerk whose province is not in this list: where it is if another bundled list
     * has it (and, for a province merged in 2025, which province holds its communes now); else the
     * provinces whose names are near what was typed, or all of them.
     */
    public String unknownProvince(String query) {
        String message = "không có tỉnh, thành phố '" + query + "' trong danh mục " + edition;
        for (String other : EDITIONS) {
            if (other.equals(edition)) {
                continue;
            }
            UnitList otherList = UnitList.of(other);
            Optional<AdministrativeUnit> there = otherList.province(query);
            if (there.isPresent()) {
                Optional<AdministrativeUnit> successor = Integer.parseInt(other) < Integer.parseInt(edition)
                        ? successorOf(otherList, there.get()) : Optional.empty();
                return message + "; " + there.get().inText() + " có trong danh mục " + other
                        + successor.map(s -> " (từ 1/7/2025 các xã, phường của " + there.get().inText() + " thuộc "
                                + s.inText() + ")").orElse("")
                        + "; dùng --dvhc " + other + " cho danh mục đó";
            }
        }
        List<AdministrativeUnit> near = provincesLike(query);
        if (!near.isEmpty()) {
            return message + "; có phải: " + near.stream().map(AdministrativeUnit::name).collect(Collectors.joining(", ")) + "?";
        }
        return message + "; các tỉnh, thành phố: " + provinces.stream().map(AdministrativeUnit::name)
                .sorted(Collator.getInstance(VietnameseNames.VIETNAMESE)).collect(Collectors.joining(", "));
    }

    /** The commune-level units of a province (or of a district), in code order as the list gives them. */
    public List<AdministrativeUnit> communes(AdministrativeUnit province) {
        List<AdministrativeUnit> communes = new ArrayList<>();
        collectCommunes(province.code(), communes);
        return communes;
    }

    private void collectCommunes(String parent, List<AdministrativeUnit> out) {
        for (AdministrativeUnit child : children.getOrDefault(parent, List.of())) {
            if (child.isCommune()) {
                out.add(child);
            } else {
                collectCommunes(child.code(), out);
            }
        }
    }

    /** The province a unit belongs to (itself for a province). */
    public AdministrativeUnit provinceOf(AdministrativeUnit unit) {
        AdministrativeUnit current = unit;
        while (!current.isProvince()) {
            current = byCode.get(current.parentCode());
        }
        return current;
    }

    /**
     * Where a province of another edition went: the province of this list that now holds most
     * of its communes' codes (the reform kept one old commune's code for each new commune).
     */
    public Optional<AdministrativeUnit> successorOf(UnitList older, AdministrativeUnit oldProvince) {
        Map<AdministrativeUnit, Integer> votes = new HashMap<>();
        for (AdministrativeUnit commune : older.communes(oldProvince)) {
            AdministrativeUnit now = byCode.get(commune.code());
            if (now != null && now.isCommune()) {
                votes.merge(provinceOf(now), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static List<AdministrativeUnit> read(String edition) {
        String resource = resourceName(edition);
        try (InputStream raw = UnitList.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("bundled unit list missing: " + resource);
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                List<AdministrativeUnit> units = new ArrayList<>();
                lines.readLine();
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    units.add(new AdministrativeUnit(f[0], f[1], f[2], f[3]));
                }
                return units;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
