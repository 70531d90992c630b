package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.Label;

/**
 * The closing block after the body: "Nơi nhận:" and the recipients under it on the left, the
 * signer's authority, titles and name on the right; in a table, with tabs, or one under the other.
 */
final class ClosingRecognizer {

    private static final Pattern AUTHORITY = Pattern.compile("(?U)^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\\b\\s*\\.?\\s*\\S.*");
    /** Words that make an upper-case line in the signer block a title rather than a name. */
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?U).*\\b(TM|KT|TL|TUQ|CHỦ TỊCH|PHÓ|TRƯỞNG|GIÁM ĐỐC|BÍ THƯ|ỦY BAN|HỘI ĐỒNG|CHÁNH|THỦ TRƯỞNG|TỔNG|"
                    + "VIỆN|CỤC|BỘ|SỞ|PHÒNG|BAN|CHỈ HUY|ỦY VIÊN|THƯ KÝ|KẾ TOÁN|NGƯỜI)\\b.*");

    /**
     * The closing block; a component not found is null or an empty list.
     *
     * @param start the index of its first paragraph, where the body ends (the paragraph count when
     *     there is no closing block)
     */
    record Closing(int start, Line label, List<Line> recipients, List<Line> titles, Line name) {
    }

    private final DocumentLines lines;
    private final List<Para> paras;

    ClosingRecognizer(DocumentLines lines) {
        this.lines = lines;
        this.paras = lines.paras();
    }

    /** The closing block after the title, which ends at titleEnd. */
    Closing closing(int titleEnd) {
        Line label = null;
        Line authority = null;
        for (int i = titleEnd; i < paras.size(); i++) {
            for (Line line : lines.lines(paras.get(i))) {
                String key = line.key();
                if (label == null && key.startsWith("NƠI NHẬN")) {
                    label = line;
                }
                if (authority == null && AUTHORITY.matcher(key).matches() && VietnameseText.typedInCapitals(line.text())) {
                    authority = line;
                }
            }
        }
        int start = paras.size();
        for (Line anchor : new Line[] {label, authority}) {
            if (anchor == null) {
                continue;
            }
            int index = anchor.para().number() - 1;
            if (anchor.para().place().inTable()) {
                while (index > titleEnd && paras.get(index - 1).place().table() == anchor.para().place().table()) {
                    index--;
                }
            }
            start = Math.min(start, index);
        }
        if (start == paras.size()) {
            start = trailingSignerGroup(titleEnd);
        }
        int end = paras.size();
        for (int i = start + 1; i < paras.size(); i++) {
            Para p = paras.get(i);
            if (!p.place().inTable() && p.centered() && VietnameseText.key(p.text()).matches("(?U)^PHỤ LỤC\\b.*")) {
                end = i;
                break;
            }
        }
        List<Line> recipients = new ArrayList<>();
        List<Line> signer = new ArrayList<>();
        boolean inRecipients = false;
        boolean archived = false;
        for (int i = start; i < end; i++) {
            for (Line line : lines.lines(paras.get(i))) {
                if (line == label || (label != null && line.para() == label.para() && line.start() == label.start())) {
                    inRecipients = true;
                    continue;
                }
                // The list ends with its "Lưu" line; below it in that column stands at most the
                // drafter's symbol (ô 12), neither a recipient nor the signer.
                if (label != null && inRecipients && sameColumnAsLabel(line, label)) {
                    if (!archived) {
                        recipients.add(line);
                        archived = archiveLine(line.text());
                    }
                } else if (label == null && Label.isDashEntry(line.text()) && line.column() != Column.RIGHT) {
                    recipients.add(line);
                } else {
                    signer.add(line);
                }
            }
        }
        List<Line> titles = signerLines(signer);
        Line name = null;
        // The name is the last line, unless that line is a title in capitals (then the name is
        // missing); every line above the name is authority or title.
        if (!titles.isEmpty()) {
            Line last = titles.get(titles.size() - 1);
            boolean lastIsTitle = VietnameseText.typedInCapitals(last.shown()) && TITLE_WORDS.matcher(last.key()).matches();
            if (!lastIsTitle) {
                titles = titles.subList(0, titles.size() - 1);
                name = last;
            }
        }
        return new Closing(start, label, List.copyOf(recipients), List.copyOf(titles), name);
    }

    /** The "Lưu: VT, ..." line that ends the recipients, with its dash or without. */
    static boolean archiveLine(String text) {
        return VietnameseText.key(Label.withoutDash(text)).matches("(?U)^LƯU\\b.*");
    }

    private boolean sameColumnAsLabel(Line line, Line label) {
        if (label.para().place().inTable()) {
            return line.para().place().table() == label.para().place().table()
                    && line.para().place().cell() == label.para().place().cell();
        }
        boolean listLine = Label.isDashEntry(line.text()) || line.key().startsWith("LƯU");
        if (label.column() == Column.FULL) {
            return line.column() != Column.RIGHT && (listLine || line.column() == Column.LEFT);
        }
        // With tabs, a recipient line with nothing on its right has no tab: it stands alone, and
        // starts at the left margin even when its dash is missing.
        return line.column() == label.column() || (line.column() == Column.FULL && (listLine || startsLeft(line.para())));
    }

    /** A paragraph set from the left margin, not centred or pushed right (where a signer's line stands). */
    private boolean startsLeft(Para para) {
        Alignment alignment = para.format().alignment();
        return (alignment == Alignment.LEFT || alignment == Alignment.JUSTIFIED)
                && para.format().firstLineStart() * 2 < lines.textWidth(para);
    }

    /**
     * Without "Nơi nhận" or "TM."/"KT.", the block of short lines at the end of the document:
     * capitals (the titles) and then a name.
     */
    private int trailingSignerGroup(int titleEnd) {
        int i = paras.size() - 1;
        while (i > titleEnd && paras.get(i).blank()) {
            i--;
        }
        int start = paras.size();
        while (i > titleEnd) {
            Para p = paras.get(i);
            String text = p.text().strip();
            boolean shortLine = text.split("\\s+").length <= 8 && !text.endsWith(".") && !text.endsWith(";")
                    && !text.endsWith(":");
            if (!p.blank() && !shortLine) {
                break;
            }
            if (!p.blank()) {
                start = i;
            }
            i--;
        }
        return start;
    }

    /** The lines of the signer block that name: not a note in brackets, a rule or a line without letters. */
    private static List<Line> signerLines(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.startsWith("(") || DocumentLines.ruleText(text) || text.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }
}
