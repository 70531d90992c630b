package vn.vanban.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.YamlEditor;
import vn.vanban.yaml.YamlTree;

/**
 * One phan_cong list of the parent made into the child's: each unit's entry renamed to its
 * counterpart, entries whose units share a counterpart merged under one heading (their duties as
 * points a), b), ... in the parent's order), entries with no counterpart left out with a comment
 * where they stood. Renames are edits of the first pass; leaving out and merging rewrite the list
 * in a second pass, from the first pass's text so that the scoped wording is what moves.
 */
final class Duties {

    enum Kind { KEEP, DROP, MERGE_FIRST, MERGE_REST, KEEP_UNMAPPED }

    /** One entry of the parent's list and what happens to it. */
    record Entry(int index, String pointer, String parentName, int line, boolean asked, UnitMapper.Mapped mapped, Kind kind) {
    }

    private static final List<String> CONTENT = List.of("van_ban", "doan", "diem", "y");

    private final String pointer;
    private final List<Entry> entries;
    private final Map<String, List<Entry>> groups;

    private Duties(String pointer, List<Entry> entries, Map<String, List<Entry>> groups) {
        this.pointer = pointer;
        this.entries = List.copyOf(entries);
        this.groups = groups;
    }

    /** Maps each entry of the list at the pointer and decides what happens to it. */
    static Duties plan(YamlEditor editor, JsonNode list, String pointer, UnitMapper mapper) {
        List<UnitMapper.Mapped> mapped = new ArrayList<>();
        for (JsonNode entry : list) {
            mapped.add(mapper.map(entry.path("don_vi").asText()));
        }
        boolean noneMapped = mapped.stream().noneMatch(UnitMapper.Mapped::anyMapped);
        Map<String, List<Integer>> byHeading = new LinkedHashMap<>();
        for (int i = 0; i < mapped.size(); i++) {
            if (mapped.get(i).anyMapped()) {
                byHeading.computeIfAbsent(mapped.get(i).heading(), h -> new ArrayList<>()).add(i);
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mapped.size(); i++) {
            String entryPointer = YamlTree.child(pointer, i);
            Kind kind;
            if (!mapped.get(i).anyMapped()) {
                kind = noneMapped ? Kind.KEEP_UNMAPPED : Kind.DROP;
            } else {
                List<Integer> group = byHeading.get(mapped.get(i).heading());
                kind = group.size() == 1 ? Kind.KEEP : group.get(0) == i ? Kind.MERGE_FIRST : Kind.MERGE_REST;
            }
            Entry entry = new Entry(i, entryPointer, mapped.get(i).parentName(), editor.line(entryPointer + "/don_vi"),
                    list.get(i).path("de_nghi").asBoolean(false), mapped.get(i), kind);
            entries.add(entry);
            if (kind == Kind.MERGE_FIRST || kind == Kind.MERGE_REST) {
                groups.computeIfAbsent(mapped.get(i).heading(), h -> new ArrayList<>()).add(entry);
            }
        }
        return new Duties(pointer, entries, groups);
    }

    String pointer() {
        return pointer;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Child headings that take on several entries, and those entries. */
    Map<String, List<Entry>> merges() {
        return groups;
    }

    /** Whether the list needs the second pass (an entry left out or merged). */
    boolean restructured() {
        return entries.stream().anyMatch(e -> e.kind() == Kind.DROP || e.kind() == Kind.MERGE_FIRST);
    }

    /** Whether the text under this entry pointer leaves the plan (nothing to scope there). */
    boolean dropped(String entryPointer) {
        return entries.stream().anyMatch(e -> e.kind() == Kind.DROP && e.pointer().equals(entryPointer));
    }

    /** Whether the value at the pointer lies in an entry that will be merged (its comments are placed in the second pass). */
    boolean inMerged(String valuePointer) {
        return entries.stream().anyMatch(e -> (e.kind() == Kind.MERGE_FIRST || e.kind() == Kind.MERGE_REST)
                && (valuePointer + "/").startsWith(e.pointer() + "/"));
    }

    /**
     * The first pass: kept entries get their counterpart's name (the parent's in a comment) and the
     * right de_nghi; an entry kept without counterpart gets a review comment.
     */
    void rename(YamlEditor editor, JsonNode list, String level) {
        for (Entry entry : entries) {
            if (entry.kind() == Kind.KEEP) {
                String heading = entry.mapped().heading();
                if (!heading.equals(entry.parentName())) {
                    editor.replaceValue(entry.pointer() + "/don_vi", YamlEditor.scalar(heading) + "  # "
                            + Derivation.MARK + oneLine(entry.parentName()));
                }
                setAsked(editor, list.get(entry.index()), entry, entry.mapped().request(entry.asked()));
            } else if (entry.kind() == Kind.KEEP_UNMAPPED) {
                editor.commentBefore(entry.pointer() + "/don_vi", Derivation.REVIEW + "không có đơn vị tương ứng ở cấp "
                        + level + "; sửa tên đơn vị hoặc bỏ mục này");
            }
        }
    }

    private static void setAsked(YamlEditor editor, JsonNode entryNode, Entry entry, boolean asked) {
        if (asked == entry.asked()) {
            return;
        }
        String key = entry.pointer() + "/de_nghi";
        if (asked && entryNode.has("de_nghi")) {
            editor.setBoolean(key, true);
        } else if (asked) {
            editor.insertKeyAfter(entry.pointer(), "don_vi", "de_nghi", "true");
        } else {
            editor.removeKey(key);
        }
    }

    /**
     * The second pass: the whole list written again from the first pass's text. Kept entries are
     * copied as they are; left-out ones become a comment; merged ones become one entry whose
     * points are the duties of each parent unit, introduced by its name in a comment.
     *
     * @param comments review comments for values inside merged entries, by their pointer
     */
    String rewrite(YamlEditor editor, JsonNode list, Map<String, List<String>> comments, String reason) {
        StringBuilder out = new StringBuilder();
        for (Entry entry : entries) {
            switch (entry.kind()) {
                case KEEP, KEEP_UNMAPPED -> out.append("- ").append(indent(editor.source(entry.pointer()), 2)).append('\n');
                case DROP -> out.append("# ").append(Derivation.MARK).append("bỏ mục \"").append(oneLine(entry.parentName()))
                        .append("\" (dòng ").append(entry.line()).append(" của kế hoạch gốc): ").append(reason).append('\n');
                case MERGE_FIRST -> merged(editor, list, entry.mapped().heading(), comments, out);
                default -> {
                    // Written with the first entry of its group.
                }
            }
        }
        return out.toString();
    }

    private void merged(YamlEditor editor, JsonNode list, String heading, Map<String, List<String>> comments, StringBuilder out) {
        List<Entry> members = groups.get(heading);
        List<String> names = members.stream().map(e -> oneLine(e.parentName())).toList();
        out.append("- don_vi: ").append(YamlEditor.scalar(heading)).append("  # ").append(Derivation.MARK)
                .append("gộp nhiệm vụ của ").append(String.join("; ", names)).append('\n');
        boolean asked = false;
        for (Entry member : members) {
            asked |= member.mapped().request(member.asked());
        }
        if (asked) {
            out.append("  de_nghi: true\n");
        }
        out.append("  diem:\n");
        for (Entry member : members) {
            out.append("    # ").append(oneLine(member.parentName())).append('\n');
            for (String item : items(list.get(member.index()), member.pointer())) {
                for (String comment : comments.getOrDefault(item, List.of())) {
                    out.append("    # ").append(comment).append('\n');
                }
                out.append("    - ").append(indent(editor.source(item), 6)).append('\n');
            }
        }
    }

    /** An entry's duties one by one: van_ban, each paragraph, each point, each dash, in its key order. */
    private static List<String> items(JsonNode entry, String entryPointer) {
        List<String> items = new ArrayList<>();
        Iterator<String> keys = entry.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!CONTENT.contains(key)) {
                continue;
            }
            String keyPointer = YamlTree.child(entryPointer, key);
            if (entry.get(key).isArray()) {
                for (int i = 0; i < entry.get(key).size(); i++) {
                    items.add(YamlTree.child(keyPointer, i));
                }
            } else {
                items.add(keyPointer);
            }
        }
        return items;
    }

    /** Lines after the first moved right by the column the first one starts at. */
    private static String indent(String yaml, int column) {
        String pad = " ".repeat(column);
        StringBuilder out = new StringBuilder();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
                if (!lines[i].isBlank()) {
                    out.append(pad);
                }
            }
            out.append(i > 0 && lines[i].isBlank() ? "" : lines[i]);
        }
        return out.toString();
    }

    static String oneLine(String text) {
        return PlainText.normalize(text);
    }
}
