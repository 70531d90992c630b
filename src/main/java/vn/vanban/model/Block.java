package vn.vanban.model;

import java.util.List;

/** A run of content inside a part or an item, kept in the order the clerk wrote it. */
public sealed interface Block {

    /** Plain paragraphs, not numbered. */
    record Paragraphs(List<String> paragraphs) implements Block {
        public Paragraphs {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Numbered items: 1., 2., ... in a part; 1.1., 1.2., ... in an item. */
    record Items(List<Item> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** Points lettered a), b), c), d), đ), e), g), ... */
    record Points(List<Entry> entries) implements Block {
        public Points {
            entries = List.copyOf(entries);
        }
    }

    /** Dash entries "- ..."; targets are dash entries that carry figures to review each year. */
    record Dashes(List<Entry> entries, boolean targets) implements Block {
        public Dashes {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A Báo cáo's table of targets: target, planned, achieved, assessment, with a header row that
     * repeats on every page.
     */
    record Targets(List<TargetResult> rows) implements Block {
        public Targets {
            rows = List.copyOf(rows);
        }
    }

    /** The assignment of duties to units (phân công), one numbered item per unit. */
    record Duties(List<UnitDuty> duties) implements Block {
        public Duties {
            duties = List.copyOf(duties);
        }
    }
}
