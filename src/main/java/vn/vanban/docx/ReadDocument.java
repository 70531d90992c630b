package vn.vanban.docx;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.docx.ParagraphFormat.Alignment;

/**
 * A .docx as the checker sees it: every paragraph in reading order (body, table cells, text boxes)
 * with its text, effective formats and the drawn lines it carries, and the page set-up of every
 * section with what its headers and footers show.
 *
 * @param pageCount the page count Word saved in docProps/app.xml, or null when unknown
 */
public record ReadDocument(List<Para> paragraphs, List<Section> sections, Integer pageCount, boolean evenAndOddHeaders) {

    public ReadDocument {
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
    }

    public Para paragraph(int number) {
        return paragraphs.get(number - 1);
    }

    /**
     * A character that prints nothing: white space, and the spaces Java does not count as white
     * space — the no-break space a spacer paragraph often holds, figure and narrow spaces — and
     * invisible format characters (zero-width space, byte-order mark).
     */
    public static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /**
     * One paragraph.
     *
     * @param number 1-based, in reading order: body paragraphs, then each table row's cells left to
     *     right, text boxes right after the paragraph that anchors them
     * @param text NFC text; tabs as \t, manual line breaks as \n; an automatic list number is
     *     written in front of it ("a) ..."), as Word shows it
     * @param label the automatic list number, or null
     * @param spans the run formats covering {@code text}, in order
     * @param place where the paragraph stands
     * @param columnLeft left edge of its column (cell, text box or text area), twips from the left margin
     * @param columnWidth width of its column in twips
     * @param marks lines drawn in or by this paragraph
     * @param nfc whether the text as stored was already in Unicode NFC
     */
    public record Para(
            int number,
            String text,
            String label,
            List<Span> spans,
            ParagraphFormat format,
            Place place,
            int section,
            int columnLeft,
            int columnWidth,
            List<RuleMark> marks,
            boolean nfc) {

        public Para {
            spans = List.copyOf(spans);
            marks = List.copyOf(marks);
        }

        /** Nothing prints: empty, or only spaces (no-break spaces too) and invisible characters. */
        public boolean blank() {
            return text.codePoints().allMatch(ReadDocument::invisible);
        }

        /** No letter or digit: blank, or only punctuation such as a line of underscores. */
        public boolean textFree() {
            return text.codePoints().noneMatch(Character::isLetterOrDigit);
        }

        /** The formats of the characters from start (inclusive) to end (exclusive), one per character. */
        public List<RunFormat> formats(int start, int end) {
            return formats(start, end, false);
        }

        /**
         * The formats of the characters from start to end that show ink (not spaces, tabs or
         * invisible marks), one per such character, none for a character no run covers.
         */
        public List<RunFormat> inkFormats(int start, int end) {
            return formats(start, end, true);
        }

        private List<RunFormat> formats(int start, int end, boolean inkOnly) {
            List<RunFormat> out = new ArrayList<>(Math.max(0, end - start));
            int spanIndex = 0;
            for (int i = start; i < end; i++) {
                while (spanIndex < spans.size() && spans.get(spanIndex).end() <= i) {
                    spanIndex++;
                }
                RunFormat format = spanIndex < spans.size() ? spans.get(spanIndex).format() : null;
                if (!inkOnly || format != null && !invisible(text.charAt(i))) {
                    out.add(format);
                }
            }
            return out;
        }

        /** The centre of the text area between the paragraph's indents, relative to its column. */
        public int innerCenter() {
            return format.left() + (columnWidth - format.left() - format.right()) / 2;
        }

        public boolean centered() {
            return format.alignment() == Alignment.CENTER;
        }
    }

    /** Characters start..end of a paragraph's text set in one format. */
    public record Span(int start, int end, RunFormat format) {
    }

    /**
     * Where a paragraph stands.
     *
     * @param table 0-based index of the table (counted through the document), or -1 in the body
     * @param cell 0-based cell of its row, -1 outside tables
     * @param cellsInRow how many cells its row has
     * @param textBox the paragraph is inside a text box or shape
     * @param repeatedRow its row is a header row Word repeats at the top of every page the table
     *     runs onto (w:tblHeader)
     */
    public record Place(int table, int row, int cell, int cellsInRow, boolean textBox, boolean repeatedRow) {

        public static final Place BODY = new Place(-1, -1, -1, 0, false, false);

        public boolean inTable() {
            return table >= 0;
        }

        public boolean sameCell(Place other) {
            return inTable() && table == other.table && row == other.row && cell == other.cell;
        }
    }

    /**
     * A horizontal line drawn with a paragraph border, a shape, underscores or underlining.
     *
     * @param length its length in twips
     * @param center its centre, twips from the left of the paragraph's column; null when the
     *     position cannot be told (a shape placed relative to a character, for instance)
     * @param solid a continuous line, not dashed or dotted
     */
    public record RuleMark(Kind kind, int length, Integer center, boolean solid) {
        public enum Kind { BORDER_TOP, BORDER_BOTTOM, SHAPE, TEXT, UNDERLINE }
    }

    /**
     * A section of the document and its page set-up, lengths in twips (null when not given).
     *
     * @param firstParagraph number of its first paragraph
     * @param lastParagraph number of its last paragraph
     * @param tables how many tables of three or more rows it holds (landscape pages are for them)
     */
    public record Section(
            int index,
            Integer pageWidth,
            Integer pageHeight,
            boolean landscape,
            Integer marginTop,
            Integer marginBottom,
            Integer marginLeft,
            Integer marginRight,
            int gutter,
            boolean titlePage,
            HeaderFooter defaultHeader,
            HeaderFooter firstHeader,
            HeaderFooter evenHeader,
            List<HeaderFooter> footers,
            String pageNumberFormat,
            Integer pageNumberStart,
            int firstParagraph,
            int lastParagraph,
            int tables) {

        public Section {
            footers = List.copyOf(footers);
        }

        /** The text area's width; an A4 portrait page with the decree's margins when not given. */
        public int textWidth() {
            int width = pageWidth == null ? 11906 : pageWidth;
            int left = marginLeft == null ? 1701 : marginLeft;
            int right = marginRight == null ? 850 : marginRight;
            return width - left - right - gutter;
        }
    }

    /** A header or footer part, and the page number field it shows, if any. */
    public record HeaderFooter(String part, PageField pageField, boolean hasText) {
    }

    /**
     * A PAGE field.
     *
     * @param centered the field's paragraph is centred, or the field follows a centre tab stop
     * @param sizes the font sizes of its shown number
     * @param formatSwitch a \* switch that changes the number format ("roman", "alphabetic", ...), or null
     */
    public record PageField(boolean centered, List<Double> sizes, boolean italic, String formatSwitch) {
        public PageField {
            sizes = List.copyOf(sizes);
        }
    }
}
