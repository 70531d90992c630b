package vn.vanban.check;

import java.util.List;
import vn.vanban.check.Components.FoundRule;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.RuleMark;
import vn.vanban.docx.RunFormat;

/**
 * Finds the short rule the decree draws under the issuing body, the motto and the subject, however
 * the document draws it: a paragraph border, a shape, a line of underscores, or underlining.
 */
final class RuleFinder {

    private final DocumentLines lines;
    private final List<Para> paras;

    RuleFinder(DocumentLines lines) {
        this.lines = lines;
        this.paras = lines.paras();
    }

    /**
     * The rule found, or null; and the index of the first paragraph after the line and its rule.
     */
    record RuleSearch(FoundRule found, int endIndex) {
    }

    /**
     * The rule drawn under a line of text: a bottom border of its paragraph or a shape anchored in
     * it; then, in the following paragraphs of the same column up to the next text, a border, a
     * shape or a line of underscores; then a shape anywhere in the header on the same side; and
     * last, underlining of the line itself.
     *
     * @param stop a line that the search must not pass, or null
     */
    RuleSearch ruleUnder(Line line, Line stop) {
        Para para = line.para();
        int index = para.number() - 1;
        boolean lastLineOfParagraph = para.text().substring(line.end()).strip().isEmpty()
                || para.text().indexOf('\n', line.end()) < 0;
        if (lastLineOfParagraph) {
            for (RuleMark mark : para.marks()) {
                if ((mark.kind() == RuleMark.Kind.BORDER_BOTTOM && line.alone())
                        || (mark.kind() == RuleMark.Kind.SHAPE && onSide(mark, para, line))) {
                    return new RuleSearch(new FoundRule(mark, para), index + 1);
                }
            }
        }
        for (int i = index + 1; i < paras.size() && i < index + 6; i++) {
            Para next = paras.get(i);
            if (stop != null && next.number() >= stop.para().number() && !DocumentLines.blankOrRule(next)) {
                break;
            }
            if (!followsInColumn(para, next)) {
                if (para.place().inTable() && next.place().table() == para.place().table()) {
                    continue;
                }
                break;
            }
            boolean text = !DocumentLines.blankOrRule(next) && hasTextOnSide(next, line);
            for (RuleMark mark : next.marks()) {
                boolean flow = mark.kind() != RuleMark.Kind.SHAPE || onSide(mark, next, line);
                if (flow && (!text || mark.kind() == RuleMark.Kind.BORDER_TOP)) {
                    return new RuleSearch(new FoundRule(mark, next), i + 1);
                }
            }
            if (text) {
                break;
            }
        }
        if (line.column() != Column.FULL || para.place().inTable()) {
            for (int i = Math.max(0, index - 3); i < Math.min(paras.size(), index + 6); i++) {
                for (RuleMark mark : paras.get(i).marks()) {
                    if (mark.kind() == RuleMark.Kind.SHAPE && mark.center() != null && onSide(mark, paras.get(i), line)) {
                        return new RuleSearch(new FoundRule(mark, paras.get(i)), index + 1);
                    }
                }
            }
        }
        RuleMark underline = underline(line);
        return new RuleSearch(underline == null ? null : new FoundRule(underline, para), index + 1);
    }

    /** A shape lies under the line's side of the header (or anywhere, when its place is unknown). */
    private boolean onSide(RuleMark mark, Para markPara, Line line) {
        if (mark.center() == null) {
            return true;
        }
        int x = markPara.columnLeft() + mark.center();
        Para para = line.para();
        if (para.place().inTable() && para.place().cellsInRow() >= 2 || para.place().textBox()) {
            return x >= para.columnLeft() - 57 && x <= para.columnLeft() + para.columnWidth() + 57;
        }
        int half = lines.textWidth(para) / 2;
        return switch (line.column()) {
            case LEFT -> x < half;
            case RIGHT -> x >= half;
            default -> true;
        };
    }

    private static boolean followsInColumn(Para para, Para next) {
        if (para.place().inTable()) {
            return para.place().sameCell(next.place());
        }
        return !next.place().inTable() || next.place().cellsInRow() < 2;
    }

    private boolean hasTextOnSide(Para next, Line line) {
        for (Line l : lines.lines(next)) {
            if (line.column() == Column.FULL || l.column() == Column.FULL || l.column() == line.column()) {
                if (!DocumentLines.ruleText(l.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line whose every letter is underlined draws its own rule, as long as the text. */
    private static RuleMark underline(Line line) {
        List<RunFormat> ink = line.inkFormats();
        if (ink.isEmpty()) {
            return null;
        }
        String style = null;
        for (RunFormat f : ink) {
            if (f.underline() == null) {
                return null;
            }
            style = f.underline();
        }
        int width = line.width();
        Integer center = line.absoluteCenter();
        boolean solid = style.equals("single") || style.equals("thick") || style.equals("double") || style.equals("words");
        return new RuleMark(RuleMark.Kind.UNDERLINE, width, center == null ? null : center - line.para().columnLeft(), solid);
    }
}
