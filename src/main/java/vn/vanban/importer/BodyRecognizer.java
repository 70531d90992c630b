package vn.vanban.importer;

import static vn.vanban.importer.ImportedText.caseOf;
import static vn.vanban.importer.ImportedText.fold;
import static vn.vanban.importer.ImportedText.text;
import static vn.vanban.importer.ImportedText.withoutColon;
import static vn.vanban.text.PlainText.withoutEndPunctuation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vanban.model.Assignment;
import vn.vanban.model.Block;
import vn.vanban.model.Entry;
import vn.vanban.model.Item;
import vn.vanban.model.Part;
import vn.vanban.model.UnitDuty;
import vn.vanban.nd30.Label;

/**
 * The body of a plan, from part I to the closing paragraphs, as the tree the model holds: parts
 * (I., II.), items at any depth (1., 1.1.), or the units' duties in the part on organising the
 * work, with their paragraphs, points (a), b)), dashes and pluses. Built up in the builders below
 * as the paragraphs come, then frozen into model records.
 */
final class BodyRecognizer {

    private static final int RUN_IN_TITLE_WORDS = 12;

    private final List<ImportNote> notes;

    BodyRecognizer(List<ImportNote> notes) {
        this.notes = notes;
    }

    /** The parts of the body paragraphs, the first of which starts part I. */
    List<Part> parts(List<SourceParagraph> body) {
        List<PartBuilder> parts = new ArrayList<>();
        PartBuilder part = null;
        Container[] levels = new Container[5];
        EntryBuilder point = null;
        EntryBuilder dash = null;
        int reportedTable = -1;
        for (SourceParagraph p : body) {
            if (p.cell() != null && p.cell().table() != reportedTable) {
                reportedTable = p.cell().table();
                notes.add(new ImportNote(p.number(), p.text(),
                        "bảng trong phần nội dung: kế hoạch YAML không có bảng, đã đọc từng ô thành đoạn văn"));
            }
            Label marker = Label.of(p.text());
            if (marker != null && marker.kind() == Label.Kind.SECTION) {
                part = new PartBuilder(caseOf(withoutColon(marker.rest())));
                parts.add(part);
                Arrays.fill(levels, null);
                point = null;
                dash = null;
                continue;
            }
            Container deepest = part;
            for (int k = levels.length - 1; k >= 1; k--) {
                if (levels[k] != null) {
                    deepest = levels[k];
                    break;
                }
            }
            Label.Kind kind = marker == null ? null : marker.kind();
            if (kind == Label.Kind.PLUS && dash == null) {
                kind = Label.Kind.DASH;
            }
            if (kind == null) {
                add(deepest, BlockKind.PARAGRAPHS, text(p.text()), p);
                point = null;
                dash = null;
            } else if (kind == Label.Kind.ITEM) {
                int depth = Math.min(marker.depth(), levels.length - 1);
                Container parent = part;
                for (int k = depth - 1; k >= 1; k--) {
                    if (levels[k] != null) {
                        parent = levels[k];
                        break;
                    }
                }
                if (parent instanceof DutyBuilder) {
                    // A unit's duties hold paragraphs, points and dashes, never numbered items.
                    add(parent, BlockKind.PARAGRAPHS, text(p.text()), p);
                    notes.add(new ImportNote(p.number(), p.text(),
                            "mục đánh số trong phần việc của một đơn vị: kế hoạch YAML không có mục ở đó, đã giữ thành đoạn văn"));
                    point = null;
                    dash = null;
                    continue;
                }
                Container item = parent == part && part.duties ? duty(marker.rest(), p) : item(marker.rest(), p);
                add(parent, item instanceof DutyBuilder ? BlockKind.DUTIES : BlockKind.ITEMS, item, p);
                levels[depth] = item;
                Arrays.fill(levels, depth + 1, levels.length, null);
                point = null;
                dash = null;
            } else if (kind == Label.Kind.POINT) {
                point = new EntryBuilder(text(marker.rest()));
                add(deepest, BlockKind.POINTS, point, p);
                dash = null;
            } else if (kind == Label.Kind.PLUS) {
                dash.children.add(new EntryBuilder(text(marker.rest())));
            } else {
                dash = new EntryBuilder(text(marker.rest()));
                if (point != null) {
                    point.children.add(dash);
                } else {
                    add(deepest, BlockKind.DASHES, dash, p);
                }
            }
        }
        return parts.stream().map(PartBuilder::build).toList();
    }

    private Container item(String rest, SourceParagraph p) {
        ItemBuilder item = new ItemBuilder();
        int colon = Boolean.TRUE.equals(p.bold()) ? -1 : runInColon(rest, RUN_IN_TITLE_WORDS);
        if (colon > 0) {
            item.title = text(rest.substring(0, colon));
            item.text = text(rest.substring(colon + 1).strip());
        } else if (Boolean.FALSE.equals(p.bold())) {
            item.text = text(rest);
        } else {
            item.title = text(withoutColon(rest));
        }
        if (item.title != null && item.title.isEmpty()) {
            item.title = null;
            item.text = text(rest);
        }
        return item;
    }

    private Container duty(String rest, SourceParagraph p) {
        DutyBuilder duty = new DutyBuilder();
        String unit = rest;
        if (unit.startsWith("Đề nghị ")) {
            duty.request = true;
            unit = unit.substring("Đề nghị ".length()).strip();
        }
        int colon = Boolean.TRUE.equals(p.bold()) ? -1 : runInColon(unit, Integer.MAX_VALUE);
        if (colon > 0) {
            duty.text = text(unit.substring(colon + 1).strip());
            unit = unit.substring(0, colon);
        }
        duty.unit = text(withoutEndPunctuation(withoutColon(unit)));
        if (duty.unit.isEmpty()) {
            duty.unit = text(rest);
        }
        return duty;
    }

    /** The colon after a run-in title ("Mục đích: Tiếp tục ..."), or -1. */
    private static int runInColon(String text, int maxWords) {
        int colon = text.indexOf(": ");
        if (colon <= 0 || text.substring(colon + 2).isBlank()) {
            return -1;
        }
        return text.substring(0, colon).split("\\s+").length <= maxWords ? colon : -1;
    }

    /**
     * Adds an element to a container. Each kind of block is one YAML key, so a kind met again after
     * another kind cannot keep its place: it joins the earlier block of its kind, and that is noted.
     */
    private void add(Container container, BlockKind kind, Object element, SourceParagraph p) {
        BlockBuilder last = container.blocks.isEmpty() ? null : container.blocks.get(container.blocks.size() - 1);
        if (last != null && last.kind == kind) {
            last.elements.add(element);
            return;
        }
        for (BlockBuilder block : container.blocks) {
            if (block.kind == kind) {
                block.elements.add(element);
                notes.add(new ImportNote(p.number(), p.text(),
                        "không giữ được vị trí (cùng loại với khối ở trên, sau một khối khác); đã dời lên khối đó"));
                return;
            }
        }
        BlockBuilder block = new BlockBuilder(kind);
        block.elements.add(element);
        container.blocks.add(block);
    }

    // ------------------------------------------------------------------ builders

    private enum BlockKind { PARAGRAPHS, ITEMS, POINTS, DASHES, DUTIES }

    private static final class BlockBuilder {
        final BlockKind kind;
        final List<Object> elements = new ArrayList<>();

        BlockBuilder(BlockKind kind) {
            this.kind = kind;
        }
    }

    private abstract static class Container {
        final List<BlockBuilder> blocks = new ArrayList<>();

        /** Dash entries under "Các chỉ tiêu" are targets (chi_tieu), reviewed each year. */
        boolean targets() {
            return false;
        }

        List<Block> buildBlocks() {
            List<Block> out = new ArrayList<>();
            for (BlockBuilder block : blocks) {
                switch (block.kind) {
                    case PARAGRAPHS -> out.add(new Block.Paragraphs(block.elements.stream().map(String.class::cast).toList()));
                    case ITEMS -> out.add(new Block.Items(block.elements.stream().map(e -> ((ItemBuilder) e).build()).toList()));
                    case POINTS -> out.add(new Block.Points(entries(block.elements)));
                    case DASHES -> out.add(new Block.Dashes(entries(block.elements), targets()));
                    case DUTIES -> out.add(new Block.Duties(block.elements.stream().map(e -> ((DutyBuilder) e).build()).toList()));
                    default -> throw new IllegalStateException(block.kind.toString());
                }
            }
            return out;
        }

        private static List<Entry> entries(List<Object> elements) {
            return elements.stream().map(e -> ((EntryBuilder) e).build()).toList();
        }
    }

    private static final class PartBuilder extends Container {
        final String title;
        final boolean duties;

        PartBuilder(String title) {
            this.title = title;
            this.duties = fold(title).contains("TO CHUC THUC HIEN");
        }

        Part build() {
            return new Part(title, buildBlocks());
        }
    }

    private static final class ItemBuilder extends Container {
        String title;
        String text;

        @Override
        boolean targets() {
            return title != null && fold(title).contains("CHI TIEU");
        }

        Item build() {
            List<Block> built = buildBlocks();
            Assignment assignment = null;
            if (!built.isEmpty() && built.get(built.size() - 1) instanceof Block.Dashes dashes && !dashes.targets()) {
                AssignmentSplit split = AssignmentSplit.of(dashes.entries());
                if (split != null) {
                    assignment = split.assignment();
                    built = new ArrayList<>(built.subList(0, built.size() - 1));
                    if (!split.rest().isEmpty()) {
                        built.add(new Block.Dashes(split.rest(), false));
                    }
                }
            }
            return new Item(title, text, built, assignment);
        }
    }

    private static final class DutyBuilder extends Container {
        String unit;
        boolean request;
        String text;

        UnitDuty build() {
            return new UnitDuty(unit, request, text, buildBlocks());
        }
    }

    private static final class EntryBuilder {
        final String text;
        final List<EntryBuilder> children = new ArrayList<>();

        EntryBuilder(String text) {
            this.text = text;
        }

        Entry build() {
            return new Entry(text, children.stream().map(EntryBuilder::build).toList());
        }
    }

    /** The "- Đơn vị chủ trì: ...", "- Đơn vị phối hợp: ...", "- Thời gian thực hiện: ..." lines ending an item. */
    private record AssignmentSplit(Assignment assignment, List<Entry> rest) {

        private static final List<String> LABELS = List.of("Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời gian thực hiện:");

        static AssignmentSplit of(List<Entry> entries) {
            String[] values = new String[LABELS.size()];
            int first = entries.size();
            int label = LABELS.size() - 1;
            for (int i = entries.size() - 1; i >= 0 && label >= 0; i--) {
                Entry entry = entries.get(i);
                int found = -1;
                for (int k = label; k >= 0; k--) {
                    if (entry.children().isEmpty() && entry.text().startsWith(LABELS.get(k))) {
                        found = k;
                        break;
                    }
                }
                if (found < 0) {
                    break;
                }
                values[found] = withoutEndPunctuation(entry.text().substring(LABELS.get(found).length()));
                first = i;
                label = found - 1;
            }
            if (first == entries.size()) {
                return null;
            }
            List<String> partners = values[1] == null ? List.of() : Arrays.stream(values[1].split(",\\s+")).toList();
            return new AssignmentSplit(new Assignment(values[0], partners, values[2]), entries.subList(0, first));
        }
    }
}
