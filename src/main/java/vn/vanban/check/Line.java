package vn.vanban.check;

import java.util.List;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.RunFormat;
import vn.vanban.render.FontMetrics;

/**
 * A piece of a paragraph that stands as one line of a component: the paragraph split at manual
 * line breaks, and a line split at tabs when the header or the closing block is laid out with tabs
 * instead of a table.
 *
 * @param column where the piece stands across the page
 * @param alone the piece is all there is on its visual line, so the paragraph's alignment places it
 */
record Line(Para para, int start, int end, Column column, boolean alone) {

    enum Column { LEFT, RIGHT, FULL }

    String text() {
        return para.text().substring(start, end);
    }

    String key() {
        return VietnameseText.key(text());
    }

    /** The text as shown: runs set in capitals (w:caps) show in capitals. */
    String shown() {
        StringBuilder out = new StringBuilder();
        List<RunFormat> formats = formats();
        String text = text();
        for (int i = 0; i < text.length(); i++) {
            RunFormat f = formats.get(i);
            char c = text.charAt(i);
            out.append(f != null && (f.caps() || f.smallCaps()) ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    List<RunFormat> formats() {
        return para.formats(start, end);
    }

    /** The formats of the characters that show ink (not spaces or tabs). */
    List<RunFormat> inkFormats() {
        return para.inkFormats(start, end);
    }

    /** The width of the text set in one line, in twips, measured with Times New Roman metrics. */
    int width() {
        String text = shown();
        List<RunFormat> formats = formats();
        double total = 0;
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !sameMetrics(formats.get(i), formats.get(from))) {
                RunFormat f = formats.get(from);
                double size = f == null ? 13 : f.sizePt();
                FontMetrics.Style style = f == null ? FontMetrics.Style.REGULAR : FontMetrics.Style.of(f.bold(), f.italic());
                total += FontMetrics.widthPt(text.substring(from, i), style, size) * 20;
                from = i;
            }
        }
        return (int) Math.round(total);
    }

    private static boolean sameMetrics(RunFormat a, RunFormat b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.bold() == b.bold() && a.italic() == b.italic() && a.sizePt() == b.sizePt();
    }

    /**
     * Where the text is centred, in twips from the left margin; null when tabs place it and its
     * position is not known.
     */
    Integer absoluteCenter() {
        if (!alone) {
            return null;
        }
        boolean firstLine = start == 0 || para.text().lastIndexOf('\n', start - 1) < 0;
        int center = para.format().lineCenter(para.columnWidth(), width(), firstLine);
        return para.columnLeft() + center;
    }

    /** The line from its paragraph's start to its end. */
    boolean wholeParagraph() {
        return para.text().strip().equals(text().strip());
    }
}
