package vn.vanban.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Components.BodyPara;
import vn.vanban.docx.ParagraphFormat;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.RunFormat;
import vn.vanban.nd30.Choice;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Label;
import vn.vanban.nd30.Numbering;
import vn.vanban.nd30.Page;

/** The body (ô 6): legal bases, headings, items and points, and the layout of every paragraph. */
final class BodyChecks {

    /** 1 cm to 1.27 cm, with half a millimetre either way for rounding in Word's dialogs. */
    private static final int INDENT_MIN = Page.cmToTwips(Choice.FIRST_LINE_INDENT.allowed.min()) - 28;
    private static final int INDENT_MAX = Page.cmToTwips(Choice.FIRST_LINE_INDENT.allowed.max()) + 28;
    private static final int SPACING_MIN = (int) Math.round(Choice.PARAGRAPH_SPACING.allowed.min() * 20);
    /** Single to 1.5 lines, with room for the rounding of "multiple" spacing in Word and LibreOffice. */
    private static final double LINE_SPACING_MIN = Choice.LINE_SPACING.allowed.min() - 0.05;
    private static final double LINE_SPACING_MAX = Choice.LINE_SPACING.allowed.max() + 0.02;
    private static final List<String> LETTERS = Arrays.asList(Numbering.LETTERS);

    /**
     * Paragraphs whose slant and case their component's rules say (bases in italics, headings in
     * capitals, "Kính gửi" upright), not the running text's.
     */
    private static final Set<BodyKind> OWN_FORMAT = EnumSet.of(BodyKind.BASIS, BodyKind.PART, BodyKind.PART_TITLE,
            BodyKind.SECTION, BodyKind.ARTICLE, BodyKind.AUTHORITY, BodyKind.DECIDES, BodyKind.ADDRESSEE);
    /**
     * Paragraphs placed by their own rules, centred or set under "Kính gửi:", not justified with
     * a first-line indent like running text.
     */
    private static final Set<BodyKind> OWN_PLACE = EnumSet.of(BodyKind.PART, BodyKind.PART_TITLE, BodyKind.AUTHORITY,
            BodyKind.DECIDES, BodyKind.ADDRESSEE);
    /** "Điều 12." at the start of an article. */
    private static final Pattern ARTICLE_LABEL = Pattern.compile("(?U)^\\s*Điều\\s+\\d+\\s*\\.?");

    private BodyChecks() {
    }

    /**
     * What of an article must be bold: all of "Điều 1. Phạm vi áp dụng", a title on its own line;
     * only "Điều 1." when the article's text runs on after the label (a Quyết định's "Điều 1. Ban
     * hành kèm theo ...", Mẫu 1.2–1.3): a sentence, told by its closing punctuation.
     */
    private static Line articleTitle(Para para, Line line) {
        String text = line.text().strip();
        Matcher m = ARTICLE_LABEL.matcher(line.text());
        if (!m.find() || !(text.endsWith(".") || text.endsWith(";") || text.endsWith(":")) || text.length() == m.end()) {
            return line;
        }
        return new Line(para, line.start(), line.start() + m.end(), Line.Column.FULL, line.alone());
    }

    static void check(Findings f, ReadDocument doc, Components c) {
        if (c.body().isEmpty()) {
            f.notFound(Rules.BODY_MISSING, "nội dung văn bản giữa trích yếu và phần ký");
            return;
        }
        for (BodyPara b : c.body()) {
            paragraph(f, b);
        }
        spacing(f, doc, c.body());
        bases(f, c.body());
        points(f, c.body());
        BodyPara last = c.body().get(c.body().size() - 1);
        if (!last.para().text().strip().endsWith("./.")) {
            f.at(Rules.BODY_END, last.para(), "đoạn cuối của nội dung không kết thúc bằng \"./.\"",
                    CorrectedText.ending(last.para().text(), "./."));
        }
    }

    /** The whole paragraph as one line, white space trimmed (body paragraphs are never blank). */
    private static Line whole(Para para) {
        String text = para.text();
        int[] trimmed = DocumentLines.trim(text, 0, text.length());
        return new Line(para, trimmed[0], trimmed[1], Line.Column.FULL, !text.contains("\t"));
    }

    private static void paragraph(Findings f, BodyPara b) {
        Para para = b.para();
        Line line = whole(para);
        List<RunFormat> ink = line.inkFormats();
        FormatChecks.size(f, Component.BODY, line, true);
        switch (b.kind()) {
            case BASIS -> FormatChecks.check(f, Component.BASIS, line, true);
            case PART -> FormatChecks.check(f, Component.PART, line);
            case PART_TITLE -> FormatChecks.check(f, Component.PART_TITLE, line);
            case SECTION -> FormatChecks.check(f, Component.SECTION, line);
            case ARTICLE -> FormatChecks.check(f, Component.ARTICLE, articleTitle(para, line));
            case AUTHORITY -> FormatChecks.check(f, Component.AUTHORITY, line);
            case DECIDES -> FormatChecks.check(f, Component.DECIDES, line);
            case ADDRESSEE -> FormatChecks.check(f, Component.ADDRESSEE, line);
            case ITEM -> {
                if (b.titled()) {
                    FormatChecks.check(f, Component.ITEM_TITLE, new Line(para, line.start(),
                            Math.max(line.start(), Math.min(b.titleEnd(), line.end())), Line.Column.FULL, line.alone()));
                }
            }
            default -> {
                // checked below with every paragraph of running text
            }
        }
        // Plain paragraphs, items, points and dashes are upright; a sentence is not typed in capitals.
        if (!ink.isEmpty() && !OWN_FORMAT.contains(b.kind())) {
            if (b.kind() == BodyKind.PARAGRAPH && para.text().strip().split("\\s+").length >= 4) {
                FormatChecks.letterCase(f, Component.BODY, line, true);
            }
            FormatChecks.italic(f, Component.BODY, line, true);
        }
        if (OWN_PLACE.contains(b.kind())) {
            return;
        }
        alignment(f, b, line);
        int start = para.format().firstLineStart();
        if (start < INDENT_MIN || start > INDENT_MAX) {
            f.many(Rules.BODY_INDENT, para, "chữ đầu dòng lùi vào " + cm(start) + " cm");
        }
        if (!ink.isEmpty()) {
            double lines = para.format().lineSpacing().lines(ink.get(0).sizePt());
            if (lines < LINE_SPACING_MIN || lines > LINE_SPACING_MAX) {
                f.many(Rules.BODY_LINE_SPACING, para, "khoảng cách dòng " + HeaderChecks.decimal(lines) + " dòng");
            }
        }
    }

    /**
     * Justified; a paragraph that fits on one line looks the same left-aligned, so that is
     * accepted too.
     */
    private static void alignment(Findings f, BodyPara b, Line line) {
        Para para = b.para();
        Alignment alignment = para.format().alignment();
        if (alignment == Alignment.JUSTIFIED) {
            return;
        }
        int available = para.columnWidth() - para.format().left() - para.format().right()
                - Math.max(para.format().firstLine(), 0);
        boolean oneLine = !para.text().contains("\n") && line.width() <= available;
        if (alignment == Alignment.LEFT && oneLine) {
            return;
        }
        f.many(ComponentRules.alignment(Component.BODY), para, Component.BODY.displayName + ": "
                + FormatChecks.alignment(alignment));
    }

    /**
     * The space between two paragraphs: the space after the first and before the second, plus
     * any empty paragraphs between them; contextual spacing drops both between paragraphs of one style.
     */
    private static void spacing(Findings f, ReadDocument doc, List<BodyPara> body) {
        for (int i = 1; i < body.size(); i++) {
            if (body.get(i - 1).kind() == BodyKind.ADDRESSEE && body.get(i).kind() == BodyKind.ADDRESSEE) {
                // Addressees one to a line are one list under "Kính gửi:", not paragraphs.
                continue;
            }
            Para previous = body.get(i - 1).para();
            Para current = body.get(i).para();
            boolean sameStyle = previous.format().styleId() != null
                    && previous.format().styleId().equals(current.format().styleId());
            int after = previous.format().contextualSpacing() && sameStyle ? 0 : previous.format().spacingAfter();
            int before = current.format().contextualSpacing() && sameStyle ? 0 : current.format().spacingBefore();
            int gap = after + before;
            for (int n = previous.number() + 1; n < current.number(); n++) {
                Para between = doc.paragraph(n);
                double size = between.spans().isEmpty() ? 13 : between.spans().get(0).format().sizePt();
                gap += between.format().spacingBefore() + between.format().spacingAfter()
                        + (int) Math.round(between.format().lineSpacing().lines(size) * size * ParagraphFormat.SINGLE_LINE_EM * 20);
            }
            if (gap < SPACING_MIN) {
                f.many(Rules.BODY_SPACING, current, "cách đoạn trên " + HeaderChecks.decimal(gap / 20.0) + " pt");
            }
        }
    }

    private static void bases(Findings f, List<BodyPara> body) {
        List<Para> bases = new ArrayList<>();
        for (BodyPara b : body) {
            if (b.kind() == BodyKind.BASIS) {
                bases.add(b.para());
            }
        }
        for (int i = 0; i < bases.size(); i++) {
            Para para = bases.get(i);
            String text = para.text().strip();
            boolean last = i == bases.size() - 1;
            if (text.contains("\n")) {
                f.at(Rules.BASIS_PUNCTUATION, para, "nhiều căn cứ trong một đoạn, ngắt bằng xuống dòng thủ công");
            } else if (!last && !text.endsWith(";")) {
                f.at(Rules.BASIS_PUNCTUATION, para, "căn cứ không kết thúc bằng dấu chấm phẩy (;)",
                        CorrectedText.ending(text, ";"));
            } else if (last && !text.endsWith(".")) {
                f.at(Rules.BASIS_PUNCTUATION, para, "căn cứ cuối cùng không kết thúc bằng dấu chấm (.)",
                        CorrectedText.ending(text, "."));
            }
        }
    }

    /** Points in each item: Vietnamese letters in order, a) b) c) d) đ) e) g) ... */
    private static void points(Findings f, List<BodyPara> body) {
        int expected = 0;
        int position = 0;
        for (BodyPara b : body) {
            BodyKind kind = b.kind();
            if (kind == BodyKind.ITEM || kind == BodyKind.SECTION || kind == BodyKind.PART || kind == BodyKind.ARTICLE) {
                expected = 0;
                position = 0;
                continue;
            }
            if (kind != BodyKind.POINT) {
                continue;
            }
            String letter = Label.of(b.para().text()).pointLetter();
            int index = LETTERS.indexOf(letter);
            String text = b.para().text();
            // The corrected line takes the letter of the point's place in its list: the sixth is e).
            String inPlace = position < LETTERS.size() ? CorrectedText.pointLetter(text, LETTERS.get(position)) : null;
            position++;
            if (index < 0) {
                f.at(Rules.POINT_LETTER, b.para(), "điểm \"" + letter + ")\" không có trong bảng chữ cái tiếng Việt"
                        + (b.para().label() != null ? " (danh sách đánh số tự động của Word)" : ""), inPlace);
                expected++;
            } else {
                if (index != expected && expected < LETTERS.size()) {
                    f.at(Rules.POINT_ORDER, b.para(), "điểm thứ " + (expected + 1) + " viết \"" + letter
                            + ")\", theo thứ tự phải là \"" + LETTERS.get(expected) + ")\"", inPlace);
                }
                expected = index + 1;
            }
        }
    }

    private static String cm(int twips) {
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.2f", twips * 2.54 / 1440);
    }
}
