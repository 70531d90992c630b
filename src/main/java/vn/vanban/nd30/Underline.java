package vn.vanban.nd30;

/**
 * The solid lines the decree draws under a component: under the motto as long as the motto, under
 * the issuing body and the subject 1/3 to 1/2 of the line of text above (Phụ lục I, mục II.1.b,
 * II.2.b, II.5.b). No underlining: a line of its own (DESIGN.md draws it as a paragraph border).
 */
public enum Underline {
    ISSUER(Component.ISSUER, 1.0 / 3, 1.0 / 2),
    MOTTO(Component.MOTTO, 1, 1),
    SUBJECT(Component.SUBJECT, 1.0 / 3, 1.0 / 2);

    /** Where in 1/3–1/2 vanban draws: the middle, so that a rounding either way stays inside (inferred). */
    private static final double MIDDLE_OF_SHORT = 0.4;

    private final Component under;
    private final double minShare;
    private final double maxShare;

    Underline(Component under, double minShare, double maxShare) {
        this.under = under;
        this.minShare = minShare;
        this.maxShare = maxShare;
    }

    public Component under() {
        return under;
    }

    /** The shortest line the decree allows, as a share of the text line above. */
    public double minShare() {
        return minShare;
    }

    public double maxShare() {
        return maxShare;
    }

    /** True for the motto's line, as long as its text. */
    public boolean fullLength() {
        return minShare == 1;
    }

    /** The share vanban draws. */
    public double drawnShare() {
        return fullLength() ? 1 : MIDDLE_OF_SHORT;
    }
}
