package vn.vanban.companion;

import java.util.List;

/**
 * A companion's YAML and what its report says: which plan it cites, what it took from the plan,
 * and the lines that need the clerk.
 *
 * @param citation the plan as the companion cites it, "Kế hoạch số 416/KH-UBND ngày 17/02/2023 của ..."
 * @param taken what was taken from the plan, one line each ("co_quan, nam, nguoi_ky, luu như kế hoạch")
 * @param marks the lines to fill or review, in file order
 */
public record CompanionDocument(CompanionKind kind, String text, String planLabel, String citation, List<String> taken,
        List<Mark> marks) {

    public CompanionDocument {
        taken = List.copyOf(taken);
        marks = List.copyOf(marks);
    }

    /** What the clerk must do at a line: write what is missing, or check what vanban guessed. */
    public enum Need { FILL, REVIEW }

    /** A line of the companion that needs the clerk, and a few words on what. */
    public record Mark(int line, Need need, String what) {
    }

    /** The marks of one need. */
    public List<Mark> marks(Need need) {
        return marks.stream().filter(m -> m.need() == need).toList();
    }
}
