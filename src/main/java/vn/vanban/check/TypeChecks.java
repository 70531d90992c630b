package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Components.BodyPara;
import vn.vanban.check.Components.BodyTable;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.DocumentType;
import vn.vanban.nd30.Form;

/**
 * What the recognised type of a document asks beside what every document has: the components of
 * its form's body ({@link Form#bodyComponents}) — a Quyết định's authority line, "QUYẾT ĐỊNH:" and
 * articles from "Điều 1.", a Công văn's "Kính gửi" —, no type name over a Công văn, and a Báo
 * cáo's tables with a header row that repeats ({@link DocumentType#tableHeaderRepeats}). The format
 * of each component found is checked with the body ({@link BodyChecks}).
 */
final class TypeChecks {

    /** Two tabs in a line of running text make three columns: figures laid out as a table by hand. */
    private static final int TAB_COLUMNS = 2;
    private static final Pattern ARTICLE = Pattern.compile("(?U)^\\s*Điều\\s+(\\d+)\\s*\\.?\\s*");

    private TypeChecks() {
    }

    static void check(Findings f, Components c) {
        DocumentType type = c.type();
        if (type == null || type.form() == null) {
            return;
        }
        Form form = type.form();
        if (!form.hasTypeName() && c.typeName() != null) {
            f.at(Rules.LETTER_TYPE_NAME, c.typeName(), type.displayName() + " có dòng tên loại \""
                    + c.typeName().text().strip() + "\"");
        }
        for (Component component : form.bodyComponents()) {
            switch (component) {
                case AUTHORITY -> present(f, c, BodyKind.AUTHORITY, Rules.AUTHORITY_MISSING,
                        "dòng thẩm quyền ban hành quyết định trên các căn cứ");
                case DECIDES -> present(f, c, BodyKind.DECIDES, Rules.DECIDES_MISSING,
                        "dòng \"" + Component.DECIDES.fixedText + "\" trước các điều");
                case ARTICLE -> articles(f, c);
                case ADDRESSEE -> present(f, c, BodyKind.ADDRESSEE, Rules.ADDRESSEE_MISSING,
                        "\"" + Component.ADDRESSEE.fixedText + "\" và nơi nhận văn bản dưới phần đầu văn bản");
                default -> throw new IllegalStateException("no check for " + component + " in the body of " + form);
            }
        }
        if (type.tableHeaderRepeats()) {
            tables(f, c);
        }
    }

    /**
     * Each table's first row repeats on every page; figures set in columns with the Tab key are no
     * table at all: one finding for each run of such lines.
     */
    private static void tables(Findings f, Components c) {
        for (BodyTable table : c.tables()) {
            if (table.rows() > 1 && !table.headerRow()) {
                f.at(Rules.TABLE_HEADER, table.first(), "bảng " + table.rows() + " hàng mà hàng đầu (\""
                        + table.first().text().strip() + "\", ...) không đặt lặp lại ở đầu mỗi trang");
            }
        }
        boolean inRun = false;
        for (BodyPara b : c.body()) {
            boolean columns = b.para().text().strip().chars().filter(ch -> ch == '\t').count() >= TAB_COLUMNS;
            if (columns && !inRun) {
                f.at(Rules.TABLE_HEADER, b.para(), "bảng số liệu gõ thành cột bằng phím Tab, không phải bảng của Word");
            }
            inRun = columns;
        }
    }

    private static void present(Findings f, Components c, BodyKind kind, Rule rule, String what) {
        if (c.body().stream().noneMatch(b -> b.kind() == kind)) {
            f.notFound(rule, what);
        }
    }

    /**
     * Articles from "Điều 1." on, one after another, the first right after "QUYẾT ĐỊNH:". A plain
     * paragraph standing there is the first article with its label left out: the correction gives
     * it back, and the numbers after it are read as they follow.
     */
    private static void articles(Findings f, Components c) {
        List<BodyPara> body = c.body();
        int decides = -1;
        for (int i = 0; i < body.size() && decides < 0; i++) {
            if (body.get(i).kind() == BodyKind.DECIDES) {
                decides = i;
            }
        }
        List<BodyPara> after = new ArrayList<>(body.subList(decides + 1, body.size()));
        int expected = 1;
        if (decides >= 0 && !after.isEmpty() && after.get(0).kind() != BodyKind.ARTICLE) {
            Para first = after.get(0).para();
            String text = first.text().strip();
            f.at(Rules.ARTICLE_ORDER, first, "đoạn đầu tiên sau \"" + Component.DECIDES.fixedText
                    + "\" không mở đầu bằng \"Điều 1.\"", CorrectedText.changed(text, "Điều 1. " + text));
            expected = 2;
        }
        boolean any = expected > 1;
        for (BodyPara b : after) {
            if (b.kind() != BodyKind.ARTICLE) {
                continue;
            }
            any = true;
            String text = b.para().text().strip();
            Matcher m = ARTICLE.matcher(text);
            if (!m.find()) {
                continue;
            }
            int number = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
            if (number != expected) {
                f.at(Rules.ARTICLE_ORDER, b.para(), "điều thứ " + expected + " viết \"Điều " + m.group(1)
                        + ".\", theo thứ tự phải là \"Điều " + expected + ".\"",
                        CorrectedText.changed(text, "Điều " + expected + ". " + text.substring(m.end())));
                // One break in the numbers is one finding: the articles after it are read as they follow.
                expected = number;
            }
            expected++;
        }
        if (!any) {
            f.notFound(Rules.ARTICLE_ORDER, "các điều \"Điều 1.\", \"Điều 2.\", ... của quyết định");
        }
    }
}
