package vn.vanban.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.vanban.docx.DocumentReader;
import vn.vanban.docx.DocxOpener;
import vn.vanban.docx.ParagraphFormat;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.RunFormat;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Label;

/**
 * Reads a .docx into paragraphs through the checker's reader, which already resolves every run's
 * effective format through the styles and writes automatic list numbers in front of the text.
 * A paragraph is cut at manual line breaks (a header typed as "ỦY BAN NHÂN DÂN⏎XÃ ...") and at
 * tabs that separate two texts (a header laid out with tabs instead of a table).
 */
final class DocxSource {

    /** What a tab after a typed number only separates from its text: "1.", "1.1.", "a)", "-", "II.". */
    private static final Pattern MARKER_ONLY = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2})*\\.?|[a-zđ]\\)|[-+•–]|[IVXLC]{1,6}\\.)$");

    private DocxSource() {
    }

    static Source read(Path file, String name) throws UnreadableDocumentException {
        return new Source(name, Source.Kind.DOCX, paragraphs(DocumentReader.read(DocxOpener.open(file))));
    }

    static List<SourceParagraph> paragraphs(ReadDocument document) {
        List<SourceParagraph> out = new ArrayList<>();
        SourceParagraph.Cell previousCell = null;
        boolean first = true;
        for (ReadDocument.Para para : document.paragraphs()) {
            SourceParagraph.Cell cell = para.place().table() < 0 ? null
                    : new SourceParagraph.Cell(para.place().table(), para.place().row(), para.place().cell());
            boolean boundary = !first && (!Objects.equals(cell, previousCell) || para.place().textBox());
            for (Piece piece : pieces(para)) {
                String text = TextSource.collapse(piece.text());
                if (text.isEmpty()) {
                    continue;
                }
                out.add(new SourceParagraph(para.number(), text, piece.font(), piece.bold(), piece.italic(),
                        para.format().alignment() == ParagraphFormat.Alignment.CENTER, cell, boundary));
                boundary = piece.tabbed();
                first = false;
            }
            previousCell = cell;
        }
        return out;
    }

    /** A line of a paragraph, decoded, with the format of its letters. */
    private record Piece(String text, String font, Boolean bold, Boolean italic, boolean tabbed) {

        Piece joined(Piece next) {
            return new Piece(text.stripTrailing() + " " + next.text().stripLeading(), font, both(bold, next.bold()),
                    both(italic, next.italic()), next.tabbed());
        }

        private static Boolean both(Boolean a, Boolean b) {
            return a == null ? b : b == null ? a : Boolean.valueOf(a && b);
        }
    }

    private static List<Piece> pieces(ReadDocument.Para para) {
        List<Piece> pieces = new ArrayList<>();
        String text = para.text();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int before = pieces.size();
                splitAtTabs(para, lineStart, i, pieces);
                if (before > 0 && pieces.size() == before + 1 && continues(pieces.get(before - 1), pieces.get(before))) {
                    pieces.set(before - 1, pieces.get(before - 1).joined(pieces.remove(before)));
                }
                lineStart = i + 1;
            }
        }
        return pieces;
    }

    /** A line break in mid-sentence, as Word users type to push words to the next line: the sentence goes on. */
    private static boolean continues(Piece previous, Piece line) {
        String before = previous.text().strip();
        String text = line.text().strip();
        return !previous.tabbed() && !before.isEmpty() && !text.isEmpty() && TextSource.startsLower(text)
                && Label.of(text) == null && !before.matches(".*[.:;!?]$");
    }

    private static void splitAtTabs(ReadDocument.Para para, int start, int end, List<Piece> pieces) {
        String line = para.text().substring(start, end);
        int pieceStart = start;
        for (int i = start; i <= end; i++) {
            if (i < end && line.charAt(i - start) != '\t') {
                continue;
            }
            String left = para.text().substring(pieceStart, i).strip();
            boolean moreAfter = i < end && !para.text().substring(i, end).isBlank();
            if (i == end || !left.isEmpty() && !MARKER_ONLY.matcher(left).matches() && moreAfter) {
                if (!left.isEmpty()) {
                    pieces.add(piece(para, pieceStart, i, i < end));
                }
                pieceStart = i + 1;
            }
        }
    }

    /** The characters start..end decoded run by run, each with the font it is set in. */
    private static Piece piece(ReadDocument.Para para, int start, int end, boolean tabbed) {
        List<RunFormat> formats = para.formats(start, end);
        StringBuilder out = new StringBuilder();
        boolean allBold = true;
        boolean allItalic = true;
        boolean ink = false;
        String firstFont = null;
        int runStart = 0;
        for (int i = 1; i <= formats.size(); i++) {
            if (i < formats.size() && Objects.equals(formats.get(i), formats.get(runStart))) {
                continue;
            }
            RunFormat format = formats.get(runStart);
            String raw = para.text().substring(start + runStart, start + i).replace('\t', ' ');
            if (format == null || !format.hidden()) {
                String font = format == null ? null : fontOf(format);
                String decoded = TextDecoding.toUnicode(raw, font);
                if (format != null && (format.caps() || format.smallCaps())) {
                    decoded = VietnameseNames.upper(decoded);
                }
                out.append(decoded);
                if (!raw.isBlank() && format != null) {
                    ink = true;
                    allBold &= format.bold();
                    allItalic &= format.italic();
                    if (firstFont == null) {
                        firstFont = font;
                    }
                }
            }
            runStart = i;
        }
        return new Piece(out.toString(), firstFont, ink ? allBold : null, ink ? allItalic : null, tabbed);
    }

    /**
     * Vietnamese letters are set in the hAnsi font. A legacy font named for ASCII only still says
     * how the text was typed (the ABC or VNI keyboard wrote its bytes), so it counts too.
     */
    private static String fontOf(RunFormat format) {
        RunFormat.Fonts fonts = format.fonts();
        if (fonts == null) {
            return null;
        }
        for (String font : new String[] {fonts.hAnsi(), fonts.ascii()}) {
            if (LegacyEncoding.ofFont(font).isPresent()) {
                return font;
            }
        }
        return fonts.hAnsi() != null ? fonts.hAnsi() : fonts.ascii();
    }
}
