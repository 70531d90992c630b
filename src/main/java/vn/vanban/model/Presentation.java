package vn.vanban.model;

import vn.vanban.nd30.Choice;

/**
 * The layout choices the decree leaves open, each within its range ({@link Choice} has the ranges
 * and defaults).
 *
 * @param bodySize body text, 13–14 pt; also the type name, subject, date, signer and page number
 * @param nationalTitleSize Quốc hiệu, 12–13 pt; the motto is one point larger
 * @param issuerSize issuing body, 12–13 pt
 * @param lineSpacing 1 (single) to 1.5 lines
 * @param paragraphSpacing space after a body paragraph, at least 6 pt
 * @param firstLineIndent first-line indent of body paragraphs, 1 or 1.27 cm
 * @param legalBasisLayout legal bases as separate lines, or one paragraph with the introduction
 */
public record Presentation(
        double bodySize,
        double nationalTitleSize,
        double issuerSize,
        Margins margins,
        double lineSpacing,
        double paragraphSpacing,
        double firstLineIndent,
        LegalBasisLayout legalBasisLayout) {

    /** vanban's choices where the plan makes none: the rule book's defaults. */
    public static final Presentation DEFAULT = new Presentation(
            Choice.BODY_SIZE.defaultValue,
            Choice.NATIONAL_TITLE_SIZE.defaultValue,
            Choice.ISSUER_SIZE.defaultValue,
            Margins.DEFAULT,
            Choice.LINE_SPACING.defaultValue,
            Choice.PARAGRAPH_SPACING.defaultValue,
            Choice.FIRST_LINE_INDENT.defaultValue,
            LegalBasisLayout.LINES);

    /** Page margins in millimetres. */
    public record Margins(double top, double bottom, double left, double right) {
        public static final Margins DEFAULT = new Margins(Choice.MARGIN_TOP.defaultValue,
                Choice.MARGIN_BOTTOM.defaultValue, Choice.MARGIN_LEFT.defaultValue, Choice.MARGIN_RIGHT.defaultValue);
    }

    public Presentation withLegalBasisLayout(LegalBasisLayout layout) {
        return new Presentation(bodySize, nationalTitleSize, issuerSize, margins, lineSpacing, paragraphSpacing,
                firstLineIndent, layout);
    }

    /** The value this plan takes for a choice. */
    public double value(Choice choice) {
        return switch (choice) {
            case BODY_SIZE -> bodySize;
            case NATIONAL_TITLE_SIZE -> nationalTitleSize;
            case ISSUER_SIZE -> issuerSize;
            case MARGIN_TOP -> margins.top();
            case MARGIN_BOTTOM -> margins.bottom();
            case MARGIN_LEFT -> margins.left();
            case MARGIN_RIGHT -> margins.right();
            case LINE_SPACING -> lineSpacing;
            case PARAGRAPH_SPACING -> paragraphSpacing;
            case FIRST_LINE_INDENT -> firstLineIndent;
        };
    }

    public enum LegalBasisLayout {
        /** One italic line per legal basis, each ending with ";". */
        LINES,
        /** All legal bases and the introduction in one paragraph ("Thực hiện ..., UBND ... như sau:"). */
        PARAGRAPH
    }
}
