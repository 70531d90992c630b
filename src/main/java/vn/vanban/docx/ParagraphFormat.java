package vn.vanban.docx;

import java.util.List;

/**
 * A paragraph's effective formatting after document defaults, table style, paragraph style chain,
 * numbering and direct formatting. Lengths in twips.
 *
 * @param styleId the paragraph style in force (the default paragraph style when none is named)
 * @param firstLine the first line's indent relative to {@code left}; negative for a hanging indent
 * @param contextualSpacing no space between paragraphs of the same style
 * @param numbering the list this paragraph is numbered in, or null
 * @param tabs custom tab stops, by position
 */
public record ParagraphFormat(
        String styleId,
        Alignment alignment,
        int left,
        int right,
        int firstLine,
        int spacingBefore,
        int spacingAfter,
        LineSpacing lineSpacing,
        boolean contextualSpacing,
        Border topBorder,
        Border bottomBorder,
        NumberingRef numbering,
        List<TabStop> tabs) {

    public ParagraphFormat {
        tabs = List.copyOf(tabs);
    }

    /** A custom tab stop: its alignment (left, center, right, decimal, ...) and position in twips. */
    public record TabStop(String alignment, int position) {
    }

    /** Horizontal alignment, with Word's start/end and the distributed variants folded in. */
    public enum Alignment {
        LEFT, CENTER, RIGHT, JUSTIFIED;

        static Alignment of(String jc) {
            if (jc == null) {
                return LEFT;
            }
            return switch (jc) {
                case "center" -> CENTER;
                case "right", "end" -> RIGHT;
                case "both", "distribute", "mediumKashida", "highKashida", "lowKashida", "thaiDistribute" -> JUSTIFIED;
                default -> LEFT;
            };
        }
    }

    /** Line spacing: AUTO in 240ths of a line (240 = single), EXACT and AT_LEAST in twips. */
    public record LineSpacing(Rule rule, int value) {
        public enum Rule { AUTO, EXACT, AT_LEAST }

        /** The spacing in lines for text of the given size in Times New Roman. */
        public double lines(double fontSizePt) {
            if (rule == Rule.AUTO) {
                return value / 240.0;
            }
            return value / 20.0 / (fontSizePt * SINGLE_LINE_EM);
        }
    }

    /**
     * Times New Roman's single line: ascender 1825 + descender 443 + line gap 87 units of 2048,
     * the height Word gives one line at single spacing.
     */
    public static final double SINGLE_LINE_EM = (1825 + 443 + 87) / 2048.0;

    /** A paragraph border line: its style (single, dashed, ...), width in eighths of a point, colour. */
    public record Border(String style, int widthEighths, String color) {
        /** A continuous line (the decree's "nét liền"). */
        public boolean solid() {
            return switch (style) {
                case "single", "thick", "double", "triple", "thinThickSmallGap", "thickThinSmallGap",
                        "thinThickMediumGap", "thickThinMediumGap", "thinThickLargeGap", "thickThinLargeGap" -> true;
                default -> false;
            };
        }
    }

    /** A paragraph's place in a Word list: numId and level. */
    public record NumberingRef(int numId, int level) {
    }

    /**
     * Where this paragraph's alignment centres a line of the given width, in twips from the left
     * of its column; the first-line indent counts on the first line only.
     */
    public int lineCenter(int columnWidth, int width, boolean firstLineOfParagraph) {
        return switch (alignment) {
            case CENTER -> left + (columnWidth - left - right) / 2;
            case RIGHT -> columnWidth - right - width / 2;
            default -> left + (firstLineOfParagraph ? Math.max(firstLine, 0) : 0) + width / 2;
        };
    }

    /** Where the first line starts, from the left edge of the column. */
    public int firstLineStart() {
        return left + firstLine;
    }
}
