package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ParagraphFormat;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.RunFormat;

/**
 * The paragraphs of a document as the recognisers read them: each split into the lines it shows,
 * with the side of the page each line stands on (a table's cell, a text box, the pieces between
 * tabs); lines of underscores or dashes typed as rules; how much of a paragraph is set bold or
 * italic.
 */
final class DocumentLines {

    private static final Pattern TEXT_RULE = Pattern.compile("(?U)[_\\-‐‑–—−=.]{3,}");

    private final ReadDocument doc;
    private final List<Para> paras;

    DocumentLines(ReadDocument doc) {
        this.doc = doc;
        this.paras = doc.paragraphs();
    }

    /** The document's paragraphs in order; paragraph number n is at index n - 1. */
    List<Para> paras() {
        return paras;
    }

    /** The lines of a paragraph: split at manual line breaks, then at tabs. */
    List<Line> lines(Para para) {
        List<Line> out = new ArrayList<>();
        String text = para.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            List<int[]> pieces = new ArrayList<>();
            int pieceStart = lineStart;
            for (int i = lineStart; i <= lineEnd; i++) {
                if (i == lineEnd || text.charAt(i) == '\t') {
                    int[] trimmed = trim(text, pieceStart, i);
                    if (trimmed != null) {
                        pieces.add(trimmed);
                    }
                    pieceStart = i + 1;
                }
            }
            for (int p = 0; p < pieces.size(); p++) {
                int[] piece = pieces.get(p);
                int leadingTabs = 0;
                for (int i = lineStart; i < piece[0]; i++) {
                    leadingTabs += text.charAt(i) == '\t' ? 1 : 0;
                }
                if (pieces.size() == 1 && leadingTabs > 0) {
                    out.add(new Line(para, piece[0], piece[1], tabColumn(para, leadingTabs), false));
                } else {
                    out.add(new Line(para, piece[0], piece[1], column(para, p, pieces.size()), pieces.size() == 1));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * A lone piece after tabs stands at the tab stop the tabs reach (Word's default stops every
     * half inch when the paragraph sets none), which tells its side of the page.
     */
    private Column tabColumn(Para para, int tabs) {
        if (para.place().inTable() && para.place().cellsInRow() >= 2) {
            return column(para, 0, 1);
        }
        int position = para.format().left();
        int reached = 0;
        for (ParagraphFormat.TabStop stop : para.format().tabs()) {
            if (stop.position() > position && reached < tabs && !stop.alignment().equals("bar")) {
                position = stop.position();
                reached++;
            }
        }
        position += (tabs - reached) * 720;
        return position * 2 < textWidth(para) ? Column.LEFT : Column.RIGHT;
    }

    /** The start and end of text[start, end) without surrounding white space, or null when blank. */
    static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && ReadDocument.invisible(text.charAt(s))) {
            s++;
        }
        while (e > s && ReadDocument.invisible(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new int[] {s, e} : null;
    }

    private Column column(Para para, int piece, int pieces) {
        if (para.place().inTable() && para.place().cellsInRow() >= 2) {
            int cell = para.place().cell();
            return cell * 2 < para.place().cellsInRow() ? Column.LEFT : Column.RIGHT;
        }
        if (para.place().textBox()) {
            int textWidth = textWidth(para);
            if (para.columnWidth() < textWidth * 0.7) {
                return para.columnLeft() + para.columnWidth() / 2 < textWidth / 2 ? Column.LEFT : Column.RIGHT;
            }
        }
        if (pieces >= 2) {
            return piece * 2 < pieces ? Column.LEFT : Column.RIGHT;
        }
        return Column.FULL;
    }

    /** The width of the text area of the paragraph's page section, in twips. */
    int textWidth(Para para) {
        return doc.sections().get(Math.min(para.section(), doc.sections().size() - 1)).textWidth();
    }

    /** A line of underscores, dashes, equals signs or dots typed to draw a rule. */
    static boolean ruleText(String text) {
        return TEXT_RULE.matcher(text.strip()).matches();
    }

    static boolean blankOrRule(Para para) {
        return para.blank() || ruleText(para.text());
    }

    /** Most of the paragraph's letters are bold, as a subject is and a legal basis is not. */
    static boolean mostlyBold(Para p) {
        return mostly(p, RunFormat::bold);
    }

    static boolean mostlyItalic(Para p) {
        return mostly(p, RunFormat::italic);
    }

    private static boolean mostly(Para p, Predicate<RunFormat> property) {
        int letters = 0;
        int set = 0;
        String text = p.text();
        List<RunFormat> formats = p.formats(0, text.length());
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && formats.get(i) != null) {
                letters++;
                set += property.test(formats.get(i)) ? 1 : 0;
            }
        }
        return letters > 0 && set * 2 > letters;
    }
}
