package vn.vanban.model;

/**
 * The layout choices the decree leaves open, each within its range.
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

    /** The choices of DESIGN.md: 14 pt body, 13 pt headers, 20/20/30/15 mm, single spacing. */
    public static final Presentation DEFAULT =
            new Presentation(14, 13, 13, Margins.DEFAULT, 1.0, 6, 1.27, LegalBasisLayout.LINES);

    /** Page margins in millimetres. */
    public record Margins(double top, double bottom, double left, double right) {
        public static final Margins DEFAULT = new Margins(20, 20, 30, 15);
    }

    public enum LegalBasisLayout {
        /** One italic line per legal basis, each ending with ";". */
        LINES,
        /** All legal bases and the introduction in one paragraph ("Thực hiện ..., UBND ... như sau:"). */
        PARAGRAPH
    }
}
