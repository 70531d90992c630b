package vn.vanban.companion;

import java.util.List;
import vn.vanban.companion.CompanionDocument.Mark;
import vn.vanban.companion.CompanionDocument.Need;

/** What vanban companion prints (and the page shows): what was made from which plan, and the lines that need the clerk. */
public final class CompanionReport {

    private CompanionReport() {
    }

    public static String format(CompanionDocument document) {
        StringBuilder out = new StringBuilder();
        out.append(document.kind().title()).append(" kế hoạch từ ").append(document.planLabel()).append('\n');
        out.append("  dẫn: ").append(document.citation()).append('\n');
        out.append("\nLấy từ kế hoạch:\n");
        document.taken().forEach(line -> out.append("- ").append(line).append('\n'));
        section(out, "Cần điền (dòng: việc)", document.marks(Need.FILL));
        section(out, "Cần rà soát (dòng: việc)", document.marks(Need.REVIEW));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        marks.forEach(m -> out.append("  ").append(m.line()).append(": ").append(m.what()).append('\n'));
    }
}
