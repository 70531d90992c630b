package vn.vanban.nd30;

/**
 * The solid lines the decree draws under a component: under the motto as long as the motto, under
 * the issuing body and the subject 1/3 to 1/2 of the line of text above (Phụ lục I, mục II.1.b,
 * II.2.b, II.5.b). No underlining: a line of its own (DESIGN.md draws it as a paragraph border).
 */
public enum Underline {
    ISSUER,
    MOTTO,
    SUBJECT;

    /** The decree's short lines: 1/3 to 1/2 of the text above. */
    private static final double SHORT_MIN = 1.0 / 3;
    private static final double SHORT_MAX = 1.0 / 2;
    /** Where in 1/3–1/2 vanban draws: the middle, so that a rounding either way stays inside (inferred). */
    private static final double MIDDLE_OF_SHORT = 0.4;

    /** The component the line stands under, of the same name. */
    public Component under() {
        return Component.valueOf(name());
    }

    /** True for the motto's line, as long as its text. */
    public boolean fullLength() {
        return this == MOTTO;
    }

    /** The shortest line the decree allows, as a share of the text line above. */
    public double minShare() {
        return fullLength() ? 1 : SHORT_MIN;
    }

    public double maxShare() {
        return fullLength() ? 1 : SHORT_MAX;
    }

    /** The share vanban draws. */
    public double drawnShare() {
        return fullLength() ? 1 : MIDDLE_OF_SHORT;
    }
}
