package vn.vanban.render;

import java.util.List;

/**
 * One paragraph of the body, or a table standing between paragraphs.
 *
 * @param label the number or mark before the text: "I.", "1.1.", "a)", "-", "+", "Điều 1."; null for none
 * @param title the bold title after the label; null for none
 * @param text the upright text (after the title when both are given); null for none
 * @param table the table, for {@link Kind#TABLE}; null otherwise
 */
public record BodyParagraph(Kind kind, String label, String title, String text, Table table) {

    public enum Kind {
        /** A căn cứ line, italic. */
        LEGAL_BASIS,
        /** A plain paragraph: introduction, unnumbered text, closing paragraph. */
        PARAGRAPH,
        /** I., II., ...: number and title in capitals, bold. */
        PART,
        /** 1., 1.1., ... with a bold title and perhaps text running on. */
        ITEM,
        /** 1., 1.1., ... without a title: a khoản, upright. */
        ITEM_TEXT,
        /** a), b), ...: a point, upright. */
        POINT,
        /** "-" and "+" entries. */
        DASH,
        /** A decision's authority line, capitals, bold, centred. */
        AUTHORITY,
        /** "QUYẾT ĐỊNH:" before the articles. */
        DECIDES,
        /** "Điều 1." in bold and the article's text running on. */
        ARTICLE,
        /** A table (a report's targets), its header row repeated on every page. */
        TABLE
    }

    /**
     * A table laid out to the text width.
     *
     * @param widths each column's width in twips
     * @param header the header row, printed bold and repeated at the top of every page
     * @param rows the other rows, as many cells as columns
     * @param centered per column, whether its cells are centred (figures) rather than left-aligned (text)
     */
    public record Table(List<Integer> widths, List<String> header, List<List<String>> rows, List<Boolean> centered) {
        public Table {
            widths = List.copyOf(widths);
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            centered = List.copyOf(centered);
        }
    }

    public BodyParagraph(Kind kind, String label, String title, String text) {
        this(kind, label, title, text, null);
    }

    public BodyParagraph withText(String newText) {
        return new BodyParagraph(kind, label, title, newText, table);
    }
}
