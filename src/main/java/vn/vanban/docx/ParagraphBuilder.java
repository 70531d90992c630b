package vn.vanban.docx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.Place;
import vn.vanban.docx.ReadDocument.RuleMark;
import vn.vanban.docx.ReadDocument.Span;
import vn.vanban.render.FontMetrics;

/** A paragraph being read; frozen into a {@link Para} once the document is read. */
final class ParagraphBuilder {

    private static final Pattern TEXT_RULE = Pattern.compile("_{3,}|[-‐‑–—−]{3,}");

    final ParagraphFormat format;
    final Place place;
    final int section;
    final int columnLeft;
    final int columnWidth;
    final StringBuilder text = new StringBuilder();
    final List<Span> spans = new ArrayList<>();
    final List<RuleMark> marks = new ArrayList<>();
    String label;
    boolean nfc = true;

    ParagraphBuilder(ParagraphFormat format, Place place, int section, int columnLeft, int columnWidth) {
        this.format = format;
        this.place = place;
        this.section = section;
        this.columnLeft = columnLeft;
        this.columnWidth = columnWidth;
    }

    void append(String raw, RunFormat format) {
        if (raw.isEmpty()) {
            return;
        }
        String normalized = raw;
        if (!Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
            nfc = false;
            normalized = Normalizer.normalize(raw, Normalizer.Form.NFC);
        }
        int start = text.length();
        text.append(normalized);
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.end() == start && last.format().equals(format)) {
            spans.set(spans.size() - 1, new Span(last.start(), text.length(), format));
        } else {
            spans.add(new Span(start, text.length(), format));
        }
    }

    int centerOf(int width) {
        return format.lineCenter(columnWidth, width, true);
    }

    /** Borders and lines of underscores or dashes become marks once the text is known. */
    void finish() {
        String content = text.toString().strip();
        int inner = Math.max(0, columnWidth - format.left() - format.right());
        int center = format.left() + inner / 2;
        if (format.topBorder() != null) {
            marks.add(0, new RuleMark(RuleMark.Kind.BORDER_TOP, inner, center, format.topBorder().solid()));
        }
        if (format.bottomBorder() != null) {
            marks.add(new RuleMark(RuleMark.Kind.BORDER_BOTTOM, inner, center, format.bottomBorder().solid()));
        }
        if (TEXT_RULE.matcher(content).matches() && !spans.isEmpty()) {
            RunFormat f = spans.get(spans.size() - 1).format();
            int width = FontMetrics.widthTwips(content, FontMetrics.Style.of(f.bold(), f.italic()), f.sizePt());
            marks.add(new RuleMark(RuleMark.Kind.TEXT, width, centerOf(width), content.startsWith("_")));
        }
    }

    Para build(int number) {
        return new Para(number, text.toString(), label, spans, format, place, section, columnLeft, columnWidth,
                marks, nfc);
    }
}
