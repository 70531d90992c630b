package vn.vanban.derive;

import java.util.List;

/**
 * What derive did and what a person should look at, line numbers being those of the parent plan.
 *
 * @param citation the citation of the parent as the child's first legal basis will print it
 * @param droppedBases the parent's own legal bases, not copied (the parent cites them)
 * @param fromProfile the keys taken from the profile
 * @param textChanges every phrase changed by the scoping rules
 * @param units every unit the parent names (phan_cong, chu_tri, phoi_hop) and what became of it
 * @param merges units of the child that take on the work of several parent units
 */
public record DeriveReport(
        String parentLabel,
        String profileLabel,
        String childBody,
        String citation,
        Level from,
        Level to,
        GovernmentSystem system,
        List<Line> droppedBases,
        List<String> fromProfile,
        boolean layoutDropped,
        List<TextChange> textChanges,
        List<UnitChange> units,
        List<Merge> merges,
        List<ReviewItem> review) {

    public DeriveReport {
        droppedBases = List.copyOf(droppedBases);
        fromProfile = List.copyOf(fromProfile);
        textChanges = List.copyOf(textChanges);
        units = List.copyOf(units);
        merges = List.copyOf(merges);
        review = List.copyOf(review);
    }

    /** A line of the parent and an excerpt of it. */
    public record Line(int line, String text) {
    }

    /** One phrase changed: the words around it before and after. */
    public record TextChange(int line, String before, String after) {
    }

    /** What became of a unit the parent names. */
    public enum Outcome {
        /** Its entry now names the counterpart. */
        RENAMED,
        /** Its duties went under one heading with those of other units that have the same counterpart. */
        MERGED,
        /** No counterpart: its phan_cong entry was left out (and listed here, and marked in the YAML). */
        DROPPED,
        /** No counterpart, kept as written with a review comment (a task's chu_tri or phoi_hop). */
        KEPT
    }

    /**
     * @param where the key it was found under: phan_cong, chu_tri, phoi_hop
     * @param childName the counterpart(s) as written in the child; null when none
     * @param how where the counterpart came from: "hồ sơ", "bảng", "anh_xa của hồ sơ", or why there is none
     */
    public record UnitChange(int line, String where, String parentName, String childName, String how, Outcome outcome) {
    }

    public record Merge(String childName, List<String> parentNames) {
        public Merge {
            parentNames = List.copyOf(parentNames);
        }
    }

    /** What to look at again. */
    public enum Topic {
        /** A target of the parent, set for its tier. */
        TARGET,
        /** A word of a higher tier still in the text ("tỉnh", "cấp huyện", "Sở"). */
        UPWARD,
        /** A unit named after the table because the profile lists no unit for its row. */
        DEFAULT_NAME,
        /** A unit of a list with no counterpart, its share left with the others or kept as written. */
        NO_COUNTERPART,
        /** A phrase left as written because scoping it would repeat a coordinated phrase ("cấp xã và cấp xã"). */
        REPEAT,
        /** A tier's units named together ("các xã, phường", "Trạm Y tế các xã, phường") that could not be scoped. */
        COLLECTIVE,
        /** A value shared through a YAML alias, left as written. */
        ALIAS
    }

    public record ReviewItem(Topic topic, int line, String text) {
    }
}
