package vn.vanban.derive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;

/**
 * Finds the units a higher plan names ("Sở Y tế", "Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân
 * tỉnh") and their counterparts in the profile's body: the profile's own mappings first, then the
 * table of the profile's system; a row's counterpart is the profile unit that claims its code, or
 * the table's name for that tier. A name that lists several units is read unit by unit.
 */
final class UnitMapper {

    /** Where a counterpart came from. */
    enum Source {
        /** A unit of the profile that claims the table row's code. */
        PROFILE_UNIT("hồ sơ"),
        /** The table's own name for the tier: the profile names no unit for this row. */
        TABLE("bảng"),
        /** The profile's anh_xa. */
        PROFILE_MAPPING("anh_xa của hồ sơ"),
        /** Not in the table, not in the profile's anh_xa. */
        UNKNOWN("không có trong bảng");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** One unit named by the parent and its counterpart (null: none). */
    record Segment(String parentName, String code, String childName, Source source, boolean request) {
    }

    /** A name of the parent, read unit by unit. */
    record Mapped(String parentName, List<Segment> segments) {
        Mapped {
            segments = List.copyOf(segments);
        }

        List<String> childNames() {
            Set<String> names = new LinkedHashSet<>();
            segments.stream().filter(s -> s.childName() != null).forEach(s -> names.add(s.childName()));
            return List.copyOf(names);
        }

        boolean anyMapped() {
            return !childNames().isEmpty();
        }

        List<Segment> unmapped() {
            return segments.stream().filter(s -> s.childName() == null).toList();
        }

        /** The counterparts as one heading: "Công an xã", "Hội Nông dân xã và các đoàn thể chính trị - xã hội". */
        String heading() {
            return VietnameseNames.upperFirst(joinNames(childNames()));
        }

        /** Whether the counterpart is a body the issuer asks rather than directs ("Đề nghị ..."). */
        boolean request(boolean parentAsked) {
            boolean any = false;
            for (Segment segment : segments) {
                if (segment.childName() != null) {
                    any |= segment.source() == Source.PROFILE_MAPPING ? parentAsked : segment.request();
                }
            }
            return any;
        }
    }

    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s*[,;]\\s*(?:và\\s+)?|\\s+và\\s+)");
    private static final String PREFIX_MARK = "...";
    /** The table row of the tier below ("Ủy ban nhân dân các huyện, thị xã, thành phố" → {cap_duoi}). */
    private static final String LOWER_TIER = "cap_duoi";
    private static final String TIER = "{cap}";

    private record Alias(String folded, boolean prefix, UnitTable.Row row, Profile.Mapping mapping) {
    }

    private final List<Alias> aliases = new ArrayList<>();
    private final List<Scoper.Rule> mentionRules = new ArrayList<>();
    private final Profile profile;
    private final Level childLevel;
    private final Map<String, String> childVariables;

    UnitMapper(UnitTable table, Profile profile, ParentBody parent, Map<String, String> childVariables, Collectives collectives) {
        this.profile = profile;
        this.childLevel = profile.level();
        this.childVariables = childVariables;
        for (Profile.Mapping mapping : profile.mappings()) {
            for (String name : variants(mapping.from(), parent)) {
                aliases.add(new Alias(FoldedText.fold(name), false, null, mapping));
                if (mapping.to() != null) {
                    mentionRules.add(new Scoper.Rule(name, mapping.to()));
                }
            }
        }
        for (UnitTable.Row row : table.rows()) {
            String counterpart = counterpart(row);
            for (String template : row.namesAt(parent.level())) {
                boolean prefix = template.endsWith(PREFIX_MARK);
                String body = prefix ? template.substring(0, template.length() - PREFIX_MARK.length()).strip() : template;
                for (String name : expansions(body, parent, table)) {
                    aliases.add(new Alias(FoldedText.fold(name), prefix, row, null));
                    if (!prefix && counterpart != null && row.renamedInText() && namesOneUnit(name)) {
                        mentionRules.add(new Scoper.Rule(name, inRunningText(counterpart)));
                    }
                }
            }
        }
        for (Level level : Level.values()) {
            if (parent.level().above(level)) {
                addCollectives(table, level, collectives);
            }
        }
        // Longest first; at equal length the profile's own mappings, added first, stay first.
        aliases.sort(Comparator.comparingInt((Alias a) -> a.folded.length()).reversed());
    }

    /**
     * The units of a tier below the parent named together. Their bodies ("Ủy ban nhân dân các xã,
     * phường", "UBND cấp xã") are the row of the tier below; a unit's name with them ("Trạm Y tế
     * các xã, phường", "Công an cấp xã") is that unit of the child when the tier is the child's,
     * and in a sentence the units of the child's own lower tier when it is the one below the child
     * ("Trạm Y tế các xã, thị trấn" for a district). A name that several rows give different
     * counterparts is left alone; a collective left in the text is listed for review.
     */
    private void addCollectives(UnitTable table, Level level, Collectives collectives) {
        for (UnitTable.Row row : table.rows()) {
            if (row.code().equals(LOWER_TIER)) {
                List<String> names = new ArrayList<>(collectives.bodies(level));
                names.addAll(collectives.places(level));
                names.forEach(name -> aliases.add(new Alias(FoldedText.fold(name), false, row, null)));
            }
        }
        List<String> together = new ArrayList<>(collectives.places(level));
        together.add("cấp " + level.word());
        String belowChild = childVariables.get("cap_duoi_dia_ban");
        boolean ownTier = level == childLevel;
        boolean tierBelowChild = childLevel.above(level) && childLevel.ordinal() + 1 == level.ordinal()
                && belowChild != null && belowChild.startsWith("các ");
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        Map<String, UnitTable.Row> rows = new LinkedHashMap<>();
        for (UnitTable.Row row : table.rows()) {
            String counterpart = counterpart(row);
            for (String template : row.namesAt(level)) {
                if (row.code().equals(LOWER_TIER) || !namesOneUnit(template) || template.startsWith("Các ")
                        || template.replace(TIER, "").contains("{")) {
                    continue;
                }
                for (String phrase : together) {
                    String name = withTier(template, phrase);
                    String target = ownTier ? counterpart : tierBelowChild ? withTier(template, belowChild) : null;
                    if (target != null) {
                        String key = FoldedText.fold(name);
                        targets.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(target);
                        rows.putIfAbsent(key, row);
                        if (row.renamedInText()) {
                            mentionRules.add(new Scoper.Rule(name, inRunningText(target)));
                        }
                    }
                }
            }
        }
        mentionRules.removeIf(rule -> targets.getOrDefault(FoldedText.fold(rule.from()), Set.of()).size() > 1);
        if (ownTier) {
            targets.forEach((name, counterparts) -> {
                if (counterparts.size() == 1) {
                    aliases.add(new Alias(name, false, rows.get(name), null));
                }
            });
        }
    }

    /** "Trạm Y tế {cap}" with "các xã, phường" → "Trạm Y tế các xã, phường"; a name without {cap} gets it after. */
    private static String withTier(String template, String tier) {
        return template.contains(TIER) ? template.replace(TIER, tier) : template + " " + tier;
    }

    /** The profile's unit that claims the row, or the table's name at the child's tier; null when none. */
    private String counterpart(UnitTable.Row row) {
        return profile.unitFor(row.code()).map(Profile.Unit::name).orElse(tableName(row));
    }

    /** Rules that rename the parent's units where the text mentions them. */
    List<Scoper.Rule> mentionRules() {
        return List.copyOf(mentionRules);
    }

    Mapped map(String name) {
        FoldedText folded = FoldedText.of(name.strip());
        String f = folded.text();
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        while (at < f.length()) {
            Alias found = null;
            for (Alias alias : aliases) {
                if (alias.prefix && at == 0 && f.startsWith(alias.folded) && folded.wholeWords(0, alias.folded.length())) {
                    found = alias;
                    break;
                }
                if (!alias.prefix && f.startsWith(alias.folded, at) && endsUnit(f, at + alias.folded.length())) {
                    found = alias;
                    break;
                }
            }
            int end = found == null || found.prefix ? f.length() : at + found.folded.length();
            String parentName = folded.original().substring(folded.start(at), folded.end(end));
            segments.add(found == null ? new Segment(parentName, null, null, Source.UNKNOWN, false) : segment(parentName, found));
            at = end;
            Matcher separator = SEPARATOR.matcher(f.substring(at));
            if (separator.find()) {
                at += separator.end();
            }
        }
        return new Mapped(name.strip(), segments);
    }

    private Segment segment(String parentName, Alias alias) {
        if (alias.mapping != null) {
            return new Segment(parentName, null, alias.mapping.to(), Source.PROFILE_MAPPING, false);
        }
        UnitTable.Row row = alias.row;
        return profile.unitFor(row.code())
                .map(unit -> new Segment(parentName, row.code(), unit.name(), Source.PROFILE_UNIT, row.request()))
                .orElseGet(() -> new Segment(parentName, row.code(), tableName(row), Source.TABLE, row.request()));
    }

    /** The table's name of the row's unit at the child's tier, or null when the tier has none. */
    private String tableName(UnitTable.Row row) {
        String template = row.byUnitType().get(childVariables.get("cap"));
        if (template == null) {
            List<String> names = row.namesAt(childLevel);
            template = names.isEmpty() ? null : names.get(0);
        }
        return template == null ? null : Templates.fill(template, childVariables);
    }

    /**
     * Whether a name, met in running text, means that one unit: a proper name of three words or
     * more. Two-word names ("Tỉnh đoàn") also occur as ordinary words, and a collective in lower
     * case ("các tổ chức chính trị - xã hội") is a kind of body, not the body the profile names
     * for its row: "các cấp, các ngành, các đoàn thể" must not become one committee's name.
     */
    private static boolean namesOneUnit(String name) {
        String stripped = name.strip();
        return Character.isUpperCase(stripped.codePointAt(0)) && stripped.split("\\s+").length >= 3;
    }

    /** "Các thôn trong xã" is a heading; inside a sentence it reads "các thôn trong xã". */
    private static String inRunningText(String counterpart) {
        return counterpart.startsWith("Các ") ? VietnameseNames.lowerFirst(counterpart) : counterpart;
    }

    /** A unit's name ends at the end of the text or where the next one starts. */
    private static boolean endsUnit(String folded, int end) {
        return end == folded.length() || SEPARATOR.matcher(folded.substring(end)).find();
    }

    /**
     * "Công an {cap}" → "Công an tỉnh" and "Công an tỉnh Hải Dương"; "Báo {ten}" → "Báo Hải Dương".
     * The parent wrote its own names, so {don_vi_chung} and {cap_duoi} are the table's defaults for
     * the parent's tier (a district's "Các phòng, ban, đơn vị khác thuộc Ủy ban nhân dân huyện").
     */
    private static List<String> expansions(String template, ParentBody parent, UnitTable table) {
        Map<String, String> variables = new HashMap<>();
        variables.put("cap", parent.unitType());
        variables.put("ten", parent.properName());
        variables.put("don_vi_chung", Objects.requireNonNullElse(table.unitsTogether(parent.level()), ""));
        variables.put("cap_duoi", Objects.requireNonNullElse(table.levelBelow(parent.unitType()), ""));
        List<String> names = new ArrayList<>();
        names.add(Templates.fill(template, variables));
        if (template.contains("{cap}") && !template.contains("{ten}")) {
            variables.put("cap", parent.territory());
            names.add(Templates.fill(template, variables));
        }
        return names;
    }

    /** A profile's name as written, with or without the parent's area after its tier word. */
    private static List<String> variants(String name, ParentBody parent) {
        List<String> names = new ArrayList<>();
        names.add(name);
        String folded = FoldedText.fold(name);
        String withArea = FoldedText.fold(parent.territory());
        if (folded.endsWith(" " + FoldedText.fold(parent.unitType()))) {
            names.add(name + " " + parent.properName());
        } else if (folded.endsWith(" " + withArea)) {
            names.add(name.substring(0, name.length() - parent.properName().length()).strip());
        }
        return names;
    }

    /** "A", "A và B", "A, B và C". */
    static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }
}
