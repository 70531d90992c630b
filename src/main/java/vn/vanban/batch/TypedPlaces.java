package vn.vanban.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.Plan;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.Problem;
import vn.vanban.text.Excerpt;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.YamlTree;

/**
 * Where a plan made into every unit's types its own place instead of a variable, each at its
 * line and column in the YAML: its place name or a part of its name ("Chợ Bảo Lộc" in the plan
 * of Phường 2 Bảo Lộc), and its own unit word ("Trạm Y tế phường") when the batch has units of
 * another word. Every unit's document would keep those words. Only warnings: the clerk may mean
 * the place itself (a market is where it is).
 */
public final class TypedPlaces {

    /** Keys whose text is not the plan's running text, or names other bodies on purpose (legal bases). */
    private static final Set<String> NOT_TEXT = Set.of("loai", "co_quan", "so", "ngay", "nam", "can_cu", "nguoi_ky",
            "luu", "trinh_bay", "don_vi_soan_thao");
    /** Two unit words side by side ("các xã, phường") speak of units in general, not of the plan's own. */
    private static final Pattern ENUMERATION_BEFORE = Pattern.compile("(?:xã|phường|đặc khu|thị trấn)(?:,| và| hoặc) $",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ENUMERATION_AFTER = Pattern.compile("^(?:,| và| hoặc) (?:xã|phường|đặc khu|thị trấn)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "xã" in words that are no unit: xã hội (society), xã viên, hợp tác xã. */
    private static final Pattern OTHER_WORD_AFTER = Pattern.compile("^[ -](?:hội|viên)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OTHER_WORD_BEFORE = Pattern.compile("hợp tác $", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private final YamlTree tree;
    /** The place name and its parts, longest first, each as a whole-word pattern. */
    private final List<Pattern> nameParts;
    /** The plan's own unit word ("phường") as a whole-word pattern, or null. */
    private final Pattern unitWord;
    private final String otherUnits;
    private final List<Problem> warnings = new ArrayList<>();

    private TypedPlaces(YamlTree tree, Plan plan, List<BatchUnit> units) {
        this.tree = tree;
        List<String> lines = plan.issuer().nameLines();
        String[] own = BatchUnits.splitName(VietnameseNames.lower(lines.get(lines.size() - 1)));
        this.unitWord = own[0] == null ? null : word(own[0]);
        this.nameParts = nameParts(plan.issuer().placeName()).stream().map(TypedPlaces::word).toList();
        Set<String> others = new TreeSet<>();
        units.stream().map(BatchUnit::type).filter(t -> !t.equals(own[0])).forEach(others::add);
        this.otherUnits = String.join(", ", others);
    }

    /** The warnings, in the order of the file; none for a letter sent to each unit, whose place is its sender's. */
    public static List<Problem> find(YamlTree tree, Plan plan, List<BatchUnit> units, boolean sentToUnits) {
        if (sentToUnits) {
            return List.of();
        }
        TypedPlaces scan = new TypedPlaces(tree, plan, units);
        Iterator<Map.Entry<String, JsonNode>> fields = tree.root().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!NOT_TEXT.contains(field.getKey())) {
                scan.walk(YamlTree.child("", field.getKey()), field.getValue());
            }
        }
        scan.warnings.sort(Problem.BY_POSITION);
        return List.copyOf(scan.warnings);
    }

    /**
     * "Phường 2 Bảo Lộc" → the whole, "2 Bảo Lộc" and "Bảo Lộc": the name and every run of two
     * or more of its words that is not a number alone, longest first. One word alone ("Ngọc")
     * is too common to be the place.
     */
    static List<String> nameParts(String placeName) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(placeName);
        // "Xuân Trường - Đà Lạt" is two names joined: runs stay within one.
        for (String segment : BatchUnits.splitName(placeName)[1].split("\\s+-\\s+")) {
            String[] words = segment.strip().split("\\s+");
            for (int length = words.length; length >= 2; length--) {
                for (int start = 0; start + length <= words.length; start++) {
                    if (!NUMBER.matcher(words[start]).matches() && !NUMBER.matcher(words[start + length - 1]).matches()) {
                        parts.add(String.join(" ", Arrays.copyOfRange(words, start, start + length)));
                    }
                }
            }
        }
        return parts.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private void walk(String pointer, JsonNode node) {
        if (node.isTextual()) {
            scan(pointer, node.asText());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(YamlTree.child(pointer, i), node.get(i));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(YamlTree.child(pointer, f.getKey()), f.getValue()));
        }
    }

    private void scan(String pointer, String text) {
        boolean[] taken = new boolean[text.length()];
        Map<String, Integer> names = new LinkedHashMap<>();
        for (Pattern part : nameParts) {
            Matcher m = part.matcher(text);
            while (m.find()) {
                if (free(taken, m.start(), m.end())) {
                    names.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        names.forEach((name, times) -> warnings.add(tree.warningAt(pointer, excerpt(text) + " ghi thẳng '" + name + "'"
                + times(times) + ", tên của đơn vị ban hành kế hoạch này; văn bản của mọi đơn vị sẽ giữ nguyên chữ này."
                + " Nếu đó là đơn vị ban hành, dùng ${dia_danh}, ${dia_ban} hoặc ${co_quan}; nếu là nơi riêng của từng"
                + " đơn vị, dùng một biến trong 'bien' với cột bien.<tên biến> của tệp đơn vị")));
        if (unitWord == null || otherUnits.isEmpty()) {
            return;
        }
        Map<String, Integer> words = new LinkedHashMap<>();
        Matcher m = unitWord.matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            String after = text.substring(m.end());
            if (free(taken, m.start(), m.end()) && !ENUMERATION_BEFORE.matcher(before).find()
                    && !ENUMERATION_AFTER.matcher(after).find() && !OTHER_WORD_BEFORE.matcher(before).find()
                    && !OTHER_WORD_AFTER.matcher(after).find()) {
                words.merge(m.group(), 1, Integer::sum);
            }
        }
        words.forEach((word, times) -> warnings.add(tree.warningAt(pointer, excerpt(text) + " ghi thẳng '" + word + "'"
                + times(times) + ", loại đơn vị ban hành kế hoạch này; văn bản của các đơn vị loại " + otherUnits
                + " cũng sẽ ghi '" + word + "'. Dùng ${dia_ban} (ví dụ 'Trạm Y tế ${dia_ban}') hoặc một biến trong 'bien'")));
    }

    private static String times(int times) {
        return times == 1 ? "" : " (" + times + " lần)";
    }

    /** Marks the range as reported; false when a longer name there was reported already. */
    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        Arrays.fill(taken, start, end, true);
        return true;
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String excerpt(String text) {
        return "'" + Excerpt.head(text) + "'";
    }
}
