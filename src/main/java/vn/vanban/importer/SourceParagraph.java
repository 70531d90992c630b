package vn.vanban.importer;

import java.util.Objects;

/**
 * One paragraph of the source as the reader found it, before any plan structure is seen: a line
 * (or a run of hard-wrapped lines) of a text file, or a paragraph (or one line of it, split at a
 * manual line break) of a .docx.
 *
 * @param number where it starts: the 1-based line of a text file, the 1-based paragraph of a .docx
 * @param text Unicode NFC, white space collapsed, legacy encodings already decoded
 * @param font the font of its first letters, or null when the source does not say (text files)
 * @param bold TRUE when every letter is bold, FALSE when some is not, null when unknown
 * @param italic likewise for italic
 * @param centered TRUE when centred, FALSE when not, null when unknown
 * @param cell where it stands in a table, or null outside tables (and in text files)
 * @param boundary a table cell or a column starts here: nothing before it continues into it
 */
public record SourceParagraph(
        int number, String text, String font, Boolean bold, Boolean italic, Boolean centered, Cell cell,
        boolean boundary) {

    /** A table cell: table (0-based through the document), row and column. */
    public record Cell(int table, int row, int column) {
    }

    public SourceParagraph {
        Objects.requireNonNull(text, "text");
    }

    public static SourceParagraph plain(int number, String text) {
        return new SourceParagraph(number, text, null, null, null, null, null, false);
    }

    public SourceParagraph withText(String newText) {
        return new SourceParagraph(number, newText, font, bold, italic, centered, cell, boundary);
    }
}
