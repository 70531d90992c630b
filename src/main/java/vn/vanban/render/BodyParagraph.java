package vn.vanban.render;

/**
 * One paragraph of the body.
 *
 * @param label the number or mark before the text: "I.", "1.1.", "a)", "-", "+"; null for none
 * @param title the bold title after the label; null for none
 * @param text the upright text (after the title when both are given); null for none
 */
public record BodyParagraph(Kind kind, String label, String title, String text) {

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
        DASH
    }

    public BodyParagraph withText(String newText) {
        return new BodyParagraph(kind, label, title, newText);
    }
}
