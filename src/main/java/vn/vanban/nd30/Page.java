package vn.vanban.nd30;

/** The page of Phụ lục I, mục I, and the page-level choices DESIGN.md settles. */
public final class Page {

    /** A4 portrait, in twentieths of a point as Word stores it (210 × 297 mm). */
    public static final int A4_WIDTH_TWIPS = 11906;
    public static final int A4_HEIGHT_TWIPS = 16838;
    /** The decree's own file puts its header 10 mm from the edge. */
    public static final int HEADER_DISTANCE_TWIPS = 567;
    /** "Phông chữ tiếng Việt Times New Roman", black. */
    public static final String FONT = "Times New Roman";
    public static final String COLOR = "000000";
    /**
     * The header and closing tables' left column, as a share of the text width: about 40/60, so
     * that the Quốc hiệu fits on one line in the right column (inferred, DESIGN.md).
     */
    public static final double LEFT_COLUMN_SHARE = 0.4;
    /** The samples of Phụ lục III end the body with this. */
    public static final String BODY_END = "./.";

    private Page() {
    }

    public static int mmToTwips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    public static int cmToTwips(double cm) {
        return mmToTwips(cm * 10);
    }
}
