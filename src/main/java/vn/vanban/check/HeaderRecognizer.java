package vn.vanban.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.check.Components.FoundRule;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.RunFormat;
import vn.vanban.nd30.Component;

/**
 * The header above the type name: Quốc hiệu and Tiêu ngữ with the rule under it on the right;
 * the parent and issuing body with its rule, the number and a letter's "V/v" subject on the left;
 * the place and date. Found by what each line says, in a table, in text boxes or in paragraphs
 * laid out with tabs.
 */
record HeaderRecognizer(DocumentLines lines, RuleFinder rules) {

    private static final String NATIONAL_TITLE = VietnameseText.key(Component.NATIONAL_TITLE.fixedText);
    /** "CỘNG HÒA XÃ HỘI": enough of the Quốc hiệu to know the header when the rest is misspelt. */
    private static final String NATIONAL_TITLE_START = String.join(" ", Arrays.asList(NATIONAL_TITLE.split(" ")).subList(0, 4));
    /** The motto's phrases in capitals, with or without the hyphens between them, a full stop tolerated. */
    private static final Pattern MOTTO = Pattern.compile("(?U)" + String.join("\\s*-?\\s*",
            VietnameseText.key(Component.MOTTO.fixedText).split(" - ")) + "\\.?");
    private static final Pattern NUMBER = Pattern.compile("(?U)^SỐ\\s*[:.]?(\\s.*|\\d.*|/.*|)$");
    private static final Pattern DATE = Pattern.compile("(?U).*\\bNGÀY\\b.*\\bNĂM\\s*\\d{2,4}.*");
    private static final Pattern LETTER_SUBJECT = Pattern.compile("(?U)^(V/V|VỀ VIỆC)\\b.*");

    /** The header's components; a component not found is null or an empty list. */
    record Header(
            List<Line> parentLines,
            List<Line> issuerLines,
            FoundRule issuerRule,
            List<Line> nationalTitle,
            Line motto,
            FoundRule mottoRule,
            Line number,
            List<Line> placeDate,
            List<Line> letterSubject) {

        Header {
            parentLines = List.copyOf(parentLines);
            issuerLines = List.copyOf(issuerLines);
            nationalTitle = List.copyOf(nationalTitle);
            placeDate = List.copyOf(placeDate);
            letterSubject = List.copyOf(letterSubject);
        }
    }

    /** The index of the first paragraph with the Quốc hiệu in it, among the first 60; or -1. */
    int nationalTitleIndex() {
        for (int i = 0; i < Math.min(lines.paras().size(), 60); i++) {
            if (VietnameseText.key(lines.paras().get(i).text()).contains(NATIONAL_TITLE_START)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the header zone ends: at the type name, or after the last header component found. */
    int headerEnd(int typeIndex) {
        if (typeIndex >= 0) {
            return typeIndex;
        }
        int last = -1;
        for (int i = 0; i < Math.min(lines.paras().size(), 40); i++) {
            if (BodyClassifier.opensAddressees(lines.paras().get(i))) {
                // Ô 9a opens the body of a letter: a date further down ("ngày 17/02/2023 ... năm
                // 2023" in its first paragraph) is not the header's.
                break;
            }
            for (Line line : lines.lines(lines.paras().get(i))) {
                String key = line.key();
                if (key.contains(NATIONAL_TITLE_START) || MOTTO.matcher(key).matches() || NUMBER.matcher(key).matches()
                        || DATE.matcher(key).matches() || LETTER_SUBJECT.matcher(key).matches()) {
                    last = i;
                }
            }
        }
        if (last < 0) {
            return 0;
        }
        int end = last + 1;
        Para lastPara = lines.paras().get(last);
        while (end < lines.paras().size() && (lines.paras().get(end).blank() || (lastPara.place().inTable()
                && lines.paras().get(end).place().table() == lastPara.place().table()))) {
            end++;
        }
        return end;
    }

    /** The header's components in the paragraphs before headerEnd. */
    Header header(int headerEnd) {
        List<Line> all = new ArrayList<>();
        for (int i = 0; i < headerEnd; i++) {
            all.addAll(lines.lines(lines.paras().get(i)));
        }
        List<Line> nationalTitle = new ArrayList<>();
        for (int i = 0; i < all.size() && nationalTitle.isEmpty(); i++) {
            String key = all.get(i).key();
            if (key.contains(NATIONAL_TITLE)) {
                nationalTitle.add(all.get(i));
            } else if (key.length() > 5 && NATIONAL_TITLE.startsWith(key) && i + 1 < all.size()
                    && NATIONAL_TITLE.equals(key + " " + all.get(i + 1).key())) {
                nationalTitle.add(all.get(i));
                nationalTitle.add(all.get(i + 1));
            }
        }
        Line motto = null;
        for (Line line : all) {
            if (motto == null && MOTTO.matcher(line.key()).matches()) {
                motto = line;
            }
        }
        Line number = null;
        for (Line line : all) {
            if (number == null && NUMBER.matcher(line.key()).matches() && !nationalTitle.contains(line)) {
                number = line;
            }
        }
        List<Line> placeDate = new ArrayList<>();
        for (int i = 0; i < all.size() && placeDate.isEmpty(); i++) {
            Line line = all.get(i);
            String key = line.key();
            if (line == number || !key.contains("NGÀY")) {
                continue;
            }
            if (DATE.matcher(key).matches()) {
                placeDate.add(line);
            } else if (i + 1 < all.size() && all.get(i + 1).key().matches("(?U).*\\bNĂM\\s*\\d{2,4}.*")
                    && sameColumn(line, all.get(i + 1))) {
                placeDate.add(line);
                placeDate.add(all.get(i + 1));
            }
        }
        List<Line> used = new ArrayList<>(nationalTitle);
        if (motto != null) {
            used.add(motto);
        }
        used.addAll(placeDate);
        boolean afterNumber = false;
        List<Line> issuer = new ArrayList<>();
        List<Line> letterSubject = new ArrayList<>();
        for (Line line : all) {
            if (line == number) {
                afterNumber = true;
                continue;
            }
            if (used.contains(line) || DocumentLines.ruleText(line.text()) || side(line) != Column.LEFT) {
                continue;
            }
            if (afterNumber) {
                if (LETTER_SUBJECT.matcher(line.key()).matches() || !letterSubject.isEmpty()) {
                    letterSubject.add(line);
                }
            } else {
                issuer.add(line);
            }
        }
        int parent = parentLineCount(issuer);
        List<Line> issuerLines = issuer.subList(parent, issuer.size());
        FoundRule issuerRule = issuerLines.isEmpty() ? null
                : rules.ruleUnder(issuerLines.get(issuerLines.size() - 1), number).found();
        FoundRule mottoRule = motto == null ? null
                : rules.ruleUnder(motto, placeDate.isEmpty() ? null : placeDate.get(0)).found();
        return new Header(List.copyOf(issuer.subList(0, parent)), List.copyOf(issuerLines), issuerRule,
                List.copyOf(nationalTitle), motto, mottoRule, number, List.copyOf(placeDate), List.copyOf(letterSubject));
    }

    /** Left or right of the header: a FULL line (a paragraph of its own) is placed by what it says. */
    private Column side(Line line) {
        if (line.column() != Column.FULL) {
            return line.column();
        }
        String key = line.key();
        if (key.contains(NATIONAL_TITLE_START) || MOTTO.matcher(key).matches() || DATE.matcher(key).matches()) {
            return Column.RIGHT;
        }
        Para para = line.para();
        if (para.format().alignment() == Alignment.RIGHT) {
            return Column.RIGHT;
        }
        Integer center = line.absoluteCenter();
        return center != null && para.centered() && center > lines.textWidth(para) * 0.6 ? Column.RIGHT : Column.LEFT;
    }

    private boolean sameColumn(Line a, Line b) {
        if (a.para().place().inTable() || b.para().place().inTable()) {
            return a.para().place().sameCell(b.para().place());
        }
        return side(a) == side(b);
    }

    /**
     * How many of the left lines above the number name the parent body; the rest name the issuing
     * body. Leading lines not in bold above bold ones are the parent, as the decree prints them
     * ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH" over "SỞ Y TẾ"), unless that would leave "ỦY BAN
     * NHÂN DÂN" alone as the parent of its own place: a People's Committee or Council has no
     * parent. Failing that, a first line naming a ministry or a local committee ("UBND TỈNH ...",
     * "BỘ ...") is the parent line.
     */
    private static int parentLineCount(List<Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        String first = lines.get(0).key();
        boolean council = first.equals("ỦY BAN NHÂN DÂN") || first.equals("HỘI ĐỒNG NHÂN DÂN");
        int notBold = 0;
        while (notBold < lines.size() - 1 && !anyBold(lines.get(notBold))) {
            notBold++;
        }
        int parent = 0;
        if (notBold > 0 && anyBold(lines.get(notBold)) && !(council && notBold == 1)) {
            parent = notBold;
        } else if (!council && lines.size() >= 2
                && first.matches("(?U)^(UBND|ỦY BAN NHÂN DÂN|BỘ|TỔNG CỤC|TỈNH ỦY|HUYỆN ỦY|ĐẢNG ỦY) .+")) {
            parent = 1;
        }
        return parent;
    }

    private static boolean anyBold(Line line) {
        for (RunFormat f : line.inkFormats()) {
            if (f.bold()) {
                return true;
            }
        }
        return false;
    }
}
