package vn.vanban.companion;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.companion.CompanionDocument.Mark;
import vn.vanban.companion.CompanionDocument.Need;
import vn.vanban.yaml.ScalarWriter;

/**
 * Writes a companion's YAML line by line as a person writes it (the layout of the examples:
 * short values plain, long text folded at 100 columns, values copied from the plan as the clerk
 * wrote them), and keeps the lines its "cần điền" and "cần rà soát" comments point at.
 */
final class CompanionWriter {

    static final int WIDTH = 100;
    /** The words that start a comment marking what the clerk must write. */
    static final String FILL = "cần điền: ";
    /** The words that start a comment marking what vanban guessed. */
    static final String REVIEW = "cần rà soát: ";
    /** The comment after a value the clerk writes in place. */
    static final String FILLED_HERE = "cần điền";
    /** What a value to fill holds until the clerk writes it; printed as it is if left. */
    static final String TO_FILL = "(cần điền)";

    private final StringBuilder out = new StringBuilder();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Mark> pending = new ArrayList<>();
    private int lines;

    String text() {
        return out.toString();
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    // ---- lines ---------------------------------------------------------------------------

    /** One or more lines of YAML; marks waiting for the next value line get this one. */
    void line(String text) {
        out.append(text).append('\n');
        lines++;
        for (Mark mark : pending) {
            marks.add(new Mark(lines, mark.need(), mark.what()));
        }
        pending.clear();
        lines += (int) text.chars().filter(c -> c == '\n').count();
    }

    void blank() {
        out.append('\n');
        lines++;
    }

    /** A comment (wrapped at the width), not a value: it leaves pending marks for the line below. */
    void comment(int column, String text) {
        comment(column, text, "# ");
    }

    private void comment(int column, String text, String continuation) {
        List<String> wrapped = ScalarWriter.wrap(text, WIDTH - column - continuation.length());
        for (int i = 0; i < wrapped.size(); i++) {
            out.append(indent(column)).append(i == 0 ? "# " : continuation).append(wrapped.get(i)).append('\n');
            lines++;
        }
    }

    /**
     * A comment above the next value, saying what the clerk must do there; the report lists that
     * value's line with {@code what}.
     */
    void need(int column, Need need, String text, String what) {
        comment(column, (need == Need.FILL ? FILL : REVIEW) + text, "#   ");
        pending.add(new Mark(0, need, what));
    }

    /** A text after its lead ("key: ", "- ", "- key: "). */
    void scalar(int column, String lead, String value) {
        line(ScalarWriter.afterLead(column, lead, value, WIDTH));
    }

    /** A value to fill, "(cần điền)", with the comment after it on the same line. */
    void toFill(int column, String lead, String what) {
        line(indent(column) + lead + TO_FILL + "  # " + FILLED_HERE);
        marks.add(new Mark(lines, Need.FILL, what));
    }

    /** A value written as is (null, a number), perhaps with a comment after it. */
    void raw(int column, String lead, String value, String comment) {
        line(indent(column) + lead + value + (comment == null ? "" : "  # " + comment));
    }

    /** A value left null for the clerk, "# cần điền" after it. */
    void nullToFill(int column, String key, String what) {
        raw(column, key + ": ", "null", FILLED_HERE);
        marks.add(new Mark(lines, Need.FILL, what));
    }

    /**
     * A value copied from the plan after its lead ("co_quan:", "- van_ban:"): a block on the lines
     * below, two columns in from the key; anything else after the lead, its further lines at the key's column.
     */
    void copy(int column, String lead, SourcePlan.Copy copy) {
        int keyColumn = column + (lead.startsWith("- ") ? 2 : 0);
        String[] copied = copy.text().split("\n", -1);
        StringBuilder text = new StringBuilder(indent(column)).append(lead);
        int from;
        int inset;
        if (copy.block()) {
            from = 0;
            inset = keyColumn + 2;
        } else {
            text.append(' ').append(copied[0]);
            from = 1;
            inset = keyColumn;
        }
        for (int i = from; i < copied.length; i++) {
            text.append('\n');
            if (!copied[i].isBlank()) {
                text.append(indent(inset)).append(copied[i]);
            }
        }
        line(text.toString());
    }

    /** A list of texts under its key, one entry a line. */
    void list(int column, String key, List<String> values) {
        line(indent(column) + key + ":");
        values.forEach(v -> scalar(column + 2, "- ", v));
    }

    static String indent(int column) {
        return " ".repeat(column);
    }
}
