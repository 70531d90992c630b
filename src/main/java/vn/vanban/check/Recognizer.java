package vn.vanban.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Components.BodyPara;
import vn.vanban.check.Components.FoundRule;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.ParagraphFormat;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.RuleMark;
import vn.vanban.docx.RunFormat;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.DocumentType;

/**
 * Finds the components of an administrative document in a .docx nobody here made: the header in
 * a table, in text boxes or in plain paragraphs laid out with tabs and manual line breaks; the
 * type name and subject; the body and its numbering; the closing block with Nơi nhận and the
 * signer. Components are found by their text (Quốc hiệu, "Số:", "ngày ... năm", "Nơi nhận"),
 * never by the styles a particular template happens to use.
 */
final class Recognizer {

    private static final String NATIONAL_TITLE = VietnameseText.key(Component.NATIONAL_TITLE.fixedText());
    /** "CỘNG HÒA XÃ HỘI": enough of the Quốc hiệu to know the header when the rest is misspelt. */
    private static final String NATIONAL_TITLE_START = String.join(" ", Arrays.asList(NATIONAL_TITLE.split(" ")).subList(0, 4));
    /** The motto's phrases in capitals, with or without the hyphens between them, a full stop tolerated. */
    private static final Pattern MOTTO = Pattern.compile("(?U)" + String.join("\\s*-?\\s*",
            VietnameseText.key(Component.MOTTO.fixedText()).split(" - ")) + "\\.?");
    private static final Pattern NUMBER = Pattern.compile("(?U)^SỐ\\s*[:.]?(\\s.*|\\d.*|/.*|)$");
    private static final Pattern DATE = Pattern.compile("(?U).*\\bNGÀY\\b.*\\bNĂM\\s*\\d{2,4}.*");
    private static final Pattern LETTER_SUBJECT = Pattern.compile("(?U)^(V/V|VỀ VIỆC)\\b.*");
    private static final Pattern AUTHORITY = Pattern.compile("(?U)^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\\b\\s*\\.?\\s*\\S.*");
    private static final Pattern PART = Pattern.compile("(?U)^(PHẦN|CHƯƠNG|MỤC|TIỂU MỤC)\\s+([IVXLC]+|\\d+|THỨ\\s+\\S+)\\.?$");
    private static final Pattern SECTION = Pattern.compile("(?U)^[IVXLC]+\\.\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern ARTICLE = Pattern.compile("(?U)^Điều\\s+\\d+.*", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("(?U)^(\\d+(\\.\\d+)*)[.)]\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("(?U)^([a-zđ]{1,2})\\)\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern DASH = Pattern.compile("(?U)^[-+•–*]\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern TEXT_RULE = Pattern.compile("(?U)[_\\-‐‑–—−=.]{3,}");
    /** Words that make an upper-case line in the signer block a title rather than a name. */
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?U).*\\b(TM|KT|TL|TUQ|CHỦ TỊCH|PHÓ|TRƯỞNG|GIÁM ĐỐC|BÍ THƯ|ỦY BAN|HỘI ĐỒNG|CHÁNH|THỦ TRƯỞNG|TỔNG|"
                    + "VIỆN|CỤC|BỘ|SỞ|PHÒNG|BAN|CHỈ HUY|ỦY VIÊN|THƯ KÝ|KẾ TOÁN|NGƯỜI)\\b.*");

    /** Type names of Điều 7 with their Phụ lục III abbreviation, by comparison key. */
    static final Map<String, String> TYPE_NAMES = typeNames();

    private final ReadDocument doc;
    private final List<Para> paras;

    private Recognizer(ReadDocument doc) {
        this.doc = doc;
        this.paras = doc.paragraphs();
    }

    static Components recognize(ReadDocument doc) {
        return new Recognizer(doc).run();
    }

    private static Map<String, String> typeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (DocumentType type : DocumentType.values()) {
            if (!type.isCopy() && type.hasTypeName()) {
                names.put(VietnameseText.key(type.displayName()), type.abbreviation());
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ segmentation

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
            int textWidth = doc.sections().get(Math.min(para.section(), doc.sections().size() - 1)).textWidth();
            if (para.columnWidth() < textWidth * 0.7) {
                return para.columnLeft() + para.columnWidth() / 2 < textWidth / 2 ? Column.LEFT : Column.RIGHT;
            }
        }
        if (pieces >= 2) {
            return piece * 2 < pieces ? Column.LEFT : Column.RIGHT;
        }
        return Column.FULL;
    }

    private static boolean ruleText(String text) {
        return TEXT_RULE.matcher(text.strip()).matches();
    }

    private boolean blankOrRule(Para para) {
        return para.blank() || ruleText(para.text());
    }

    // ------------------------------------------------------------------ the whole document

    private Components run() {
        int typeIndex = findTypeName();
        int headerEnd = headerEnd(typeIndex);
        Header header = header(headerEnd);

        Line typeName = null;
        String typeAbbreviation = null;
        List<Line> subject = new ArrayList<>();
        FoundRule subjectRule = null;
        int titleEnd = headerEnd;
        if (typeIndex >= 0) {
            Para typePara = paras.get(typeIndex);
            List<Line> typeLines = lines(typePara);
            typeName = typeLines.get(0);
            typeAbbreviation = TYPE_NAMES.get(typeName.key());
            subject.addAll(typeLines.subList(1, typeLines.size()));
            int next = typeIndex + 1;
            // The subject's first paragraph is whatever follows the type name, whatever its first
            // word ("Thực hiện ..." is a subject when it is set as one: centred or bold) and centred
            // or not (a misaligned subject is a finding, not a missing one); further lines must be
            // centred. Only a paragraph set as body text that opens the body is not a subject.
            while (next < paras.size() && subject.size() < 6) {
                Para p = paras.get(next);
                boolean first = subject.isEmpty();
                if (p.blank() || p.place().inTable() || ruleText(p.text()) || (!first && !p.centered())
                        || (first && bodyStart(p) && !p.centered() && !mostlyBold(p))) {
                    break;
                }
                subject.addAll(lines(p));
                next++;
            }
            titleEnd = next;
            if (!subject.isEmpty()) {
                Line last = subject.get(subject.size() - 1);
                RuleSearch search = ruleUnder(last, null);
                subjectRule = search.found;
                titleEnd = Math.max(titleEnd, search.endIndex);
            }
        }
        Closing closing = closing(titleEnd);
        List<BodyPara> body = body(titleEnd, closing.start);
        return new Components(header.parentLines, header.issuerLines, header.issuerRule, header.nationalTitle,
                header.motto, header.mottoRule, header.number, header.placeDate, header.letterSubject, typeName,
                typeAbbreviation, subject, subjectRule, body, closing.label, closing.recipients, closing.titles,
                closing.name);
    }

    /** Most of the paragraph's letters are bold, as a subject is and a legal basis is not. */
    private static boolean mostlyBold(Para p) {
        return mostly(p, RunFormat::bold);
    }

    private static boolean mostlyItalic(Para p) {
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

    /** A paragraph that opens the body: a legal basis, an address, a numbered heading. */
    private static boolean bodyStart(Para p) {
        String text = p.text().strip();
        String key = VietnameseText.key(text);
        return key.matches("(?U)^(CĂN CỨ|THỰC HIỆN|KÍNH GỬI|THEO ĐỀ NGHỊ)\\b.*") || SECTION.matcher(text).matches()
                || ITEM.matcher(text).matches() || PART.matcher(key).matches();
    }

    /** The paragraph whose first line is a type name ("KẾ HOẠCH"), after the Quốc hiệu. */
    private int findTypeName() {
        int nationalTitle = -1;
        for (int i = 0; i < Math.min(paras.size(), 60) && nationalTitle < 0; i++) {
            if (VietnameseText.key(paras.get(i).text()).contains(NATIONAL_TITLE_START)) {
                nationalTitle = i;
            }
        }
        for (int i = nationalTitle + 1; i < Math.min(paras.size(), 80); i++) {
            Para p = paras.get(i);
            if (p.blank() || (p.place().inTable() && p.place().cellsInRow() >= 2)) {
                continue;
            }
            List<Line> lines = lines(p);
            if (!lines.isEmpty() && lines.get(0).alone() && TYPE_NAMES.containsKey(lines.get(0).key())) {
                return i;
            }
        }
        return -1;
    }

    /** Where the header zone ends: at the type name, or after the last header component found. */
    private int headerEnd(int typeIndex) {
        if (typeIndex >= 0) {
            return typeIndex;
        }
        int last = -1;
        for (int i = 0; i < Math.min(paras.size(), 40); i++) {
            for (Line line : lines(paras.get(i))) {
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
        Para lastPara = paras.get(last);
        while (end < paras.size() && (paras.get(end).blank() || (lastPara.place().inTable()
                && paras.get(end).place().table() == lastPara.place().table()))) {
            end++;
        }
        return end;
    }

    // ------------------------------------------------------------------ header

    private static final class Header {
        List<Line> parentLines = new ArrayList<>();
        List<Line> issuerLines = new ArrayList<>();
        FoundRule issuerRule;
        List<Line> nationalTitle = new ArrayList<>();
        Line motto;
        FoundRule mottoRule;
        Line number;
        List<Line> placeDate = new ArrayList<>();
        List<Line> letterSubject = new ArrayList<>();
    }

    private Header header(int headerEnd) {
        Header h = new Header();
        List<Line> all = new ArrayList<>();
        for (int i = 0; i < headerEnd; i++) {
            all.addAll(lines(paras.get(i)));
        }
        for (int i = 0; i < all.size() && h.nationalTitle.isEmpty(); i++) {
            String key = all.get(i).key();
            if (key.contains(NATIONAL_TITLE)) {
                h.nationalTitle.add(all.get(i));
            } else if (key.length() > 5 && NATIONAL_TITLE.startsWith(key) && i + 1 < all.size()
                    && NATIONAL_TITLE.equals(key + " " + all.get(i + 1).key())) {
                h.nationalTitle.add(all.get(i));
                h.nationalTitle.add(all.get(i + 1));
            }
        }
        for (Line line : all) {
            if (h.motto == null && MOTTO.matcher(line.key()).matches()) {
                h.motto = line;
            }
        }
        for (Line line : all) {
            if (h.number == null && NUMBER.matcher(line.key()).matches() && !h.nationalTitle.contains(line)) {
                h.number = line;
            }
        }
        for (int i = 0; i < all.size() && h.placeDate.isEmpty(); i++) {
            Line line = all.get(i);
            String key = line.key();
            if (line == h.number || !key.contains("NGÀY")) {
                continue;
            }
            if (DATE.matcher(key).matches()) {
                h.placeDate.add(line);
            } else if (i + 1 < all.size() && all.get(i + 1).key().matches("(?U).*\\bNĂM\\s*\\d{2,4}.*")
                    && sameColumn(line, all.get(i + 1))) {
                h.placeDate.add(line);
                h.placeDate.add(all.get(i + 1));
            }
        }
        List<Line> used = new ArrayList<>(h.nationalTitle);
        if (h.motto != null) {
            used.add(h.motto);
        }
        used.addAll(h.placeDate);
        boolean afterNumber = false;
        List<Line> issuer = new ArrayList<>();
        for (Line line : all) {
            if (line == h.number) {
                afterNumber = true;
                continue;
            }
            if (used.contains(line) || ruleText(line.text()) || side(line) != Column.LEFT) {
                continue;
            }
            if (afterNumber) {
                if (LETTER_SUBJECT.matcher(line.key()).matches() || !h.letterSubject.isEmpty()) {
                    h.letterSubject.add(line);
                }
            } else {
                issuer.add(line);
            }
        }
        splitIssuer(issuer, h);
        if (!h.issuerLines.isEmpty()) {
            h.issuerRule = ruleUnder(h.issuerLines.get(h.issuerLines.size() - 1), h.number).found;
        }
        if (h.motto != null) {
            h.mottoRule = ruleUnder(h.motto, h.placeDate.isEmpty() ? null : h.placeDate.get(0)).found;
        }
        return h;
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
        return center != null && para.centered() && center > textWidth(para) * 0.6 ? Column.RIGHT : Column.LEFT;
    }

    private int textWidth(Para para) {
        return doc.sections().get(Math.min(para.section(), doc.sections().size() - 1)).textWidth();
    }

    private boolean sameColumn(Line a, Line b) {
        if (a.para().place().inTable() || b.para().place().inTable()) {
            return a.para().place().sameCell(b.para().place());
        }
        return side(a) == side(b);
    }

    /**
     * Parent body and issuing body. Leading lines not in bold above bold ones are the parent, as
     * the decree prints them ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH" over "SỞ Y TẾ"), unless
     * that would leave "ỦY BAN NHÂN DÂN" alone as the parent of its own place: a People's
     * Committee or Council has no parent. Failing that, a first line naming a ministry or a local
     * committee ("UBND TỈNH ...", "BỘ ...") is the parent line.
     */
    private static void splitIssuer(List<Line> lines, Header h) {
        if (lines.isEmpty()) {
            return;
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
        h.parentLines.addAll(lines.subList(0, parent));
        h.issuerLines.addAll(lines.subList(parent, lines.size()));
    }

    private static boolean anyBold(Line line) {
        for (RunFormat f : line.inkFormats()) {
            if (f.bold()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ rules under text

    private record RuleSearch(FoundRule found, int endIndex) {
    }

    /**
     * The rule drawn under a line of text: a bottom border of its paragraph or a shape anchored in
     * it; then, in the following paragraphs of the same column up to the next text, a border, a
     * shape or a line of underscores; then a shape anywhere in the header on the same side; and
     * last, underlining of the line itself.
     *
     * @param stop a line that the search must not pass, or null
     */
    private RuleSearch ruleUnder(Line line, Line stop) {
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
            if (stop != null && next.number() >= stop.para().number() && !blankOrRule(next)) {
                break;
            }
            if (!followsInColumn(para, next)) {
                if (para.place().inTable() && next.place().table() == para.place().table()) {
                    continue;
                }
                break;
            }
            boolean text = !blankOrRule(next) && hasTextOnSide(next, line);
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
        int half = textWidth(para) / 2;
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
        for (Line l : lines(next)) {
            if (line.column() == Column.FULL || l.column() == Column.FULL || l.column() == line.column()) {
                if (!ruleText(l.text())) {
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

    // ------------------------------------------------------------------ closing block

    private static final class Closing {
        int start;
        Line label;
        List<Line> recipients = new ArrayList<>();
        List<Line> titles = new ArrayList<>();
        Line name;
    }

    private Closing closing(int titleEnd) {
        Closing c = new Closing();
        c.start = paras.size();
        Line label = null;
        Line authority = null;
        for (int i = titleEnd; i < paras.size(); i++) {
            for (Line line : lines(paras.get(i))) {
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
        c.start = start;
        c.label = label;
        List<Line> signer = new ArrayList<>();
        boolean inRecipients = false;
        boolean archived = false;
        for (int i = start; i < end; i++) {
            for (Line line : lines(paras.get(i))) {
                if (line == label || (label != null && line.para() == label.para() && line.start() == label.start())) {
                    inRecipients = true;
                    continue;
                }
                // The list ends with its "Lưu" line; below it in that column stands at most the
                // drafter's symbol (ô 12), neither a recipient nor the signer.
                if (label != null && inRecipients && sameColumnAsLabel(line, label)) {
                    if (!archived) {
                        c.recipients.add(line);
                        archived = line.key().matches("(?U)^[-+•*–]?\\s*LƯU\\b.*");
                    }
                } else if (label == null && DASH.matcher(line.text()).matches() && line.column() != Column.RIGHT) {
                    c.recipients.add(line);
                } else {
                    signer.add(line);
                }
            }
        }
        signerBlock(signer, c);
        return c;
    }

    private boolean sameColumnAsLabel(Line line, Line label) {
        if (label.para().place().inTable()) {
            return line.para().place().table() == label.para().place().table()
                    && line.para().place().cell() == label.para().place().cell();
        }
        boolean listLine = DASH.matcher(line.text()).matches() || line.key().startsWith("LƯU");
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
                && para.format().firstLineStart() * 2 < textWidth(para);
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

    private static void signerBlock(List<Line> lines, Closing c) {
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.startsWith("(") || ruleText(text) || text.codePoints().noneMatch(Character::isLetter)) {
                continue;
            }
            kept.add(line);
        }
        if (kept.isEmpty()) {
            return;
        }
        // The name is the last line, unless that line is a title in capitals (then the name is
        // missing); every line above the name is authority or title.
        Line last = kept.get(kept.size() - 1);
        boolean lastIsTitle = VietnameseText.typedInCapitals(last.shown()) && TITLE_WORDS.matcher(last.key()).matches();
        if (lastIsTitle) {
            c.titles.addAll(kept);
        } else {
            c.titles.addAll(kept.subList(0, kept.size() - 1));
            c.name = last;
        }
    }

    // ------------------------------------------------------------------ body

    private List<BodyPara> body(int from, int to) {
        List<Para> content = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Para p = paras.get(i);
            if (!blankOrRule(p)) {
                content.add(p);
            }
        }
        List<BodyKind> kinds = new ArrayList<>();
        boolean bases = true;
        boolean addressees = false;
        for (int i = 0; i < content.size(); i++) {
            String text = content.get(i).text().strip();
            String key = VietnameseText.key(text);
            BodyKind kind;
            if (key.startsWith("KÍNH GỬI")) {
                kind = BodyKind.ADDRESSEE;
                addressees = !text.endsWith(".") && text.endsWith(":");
            } else if (addressees && DASH.matcher(text).matches()) {
                kind = BodyKind.ADDRESSEE;
                addressees = !text.endsWith(".");
            } else if (bases && !text.endsWith(":") && (key.matches("(?U)^CĂN CỨ\\b.*")
                    || (key.matches("(?U)^(THỰC HIỆN|THEO ĐỀ NGHỊ|XÉT ĐỀ NGHỊ)\\b.*")
                            && (i > 0 && kinds.get(i - 1) == BodyKind.BASIS || mostlyItalic(content.get(i)))))) {
                // "Căn cứ ..." is a legal basis; "Thực hiện ..." is one among legal bases or when set
                // as one (italic), and otherwise the opening paragraph of a plan, in body text.
                kind = BodyKind.BASIS;
            } else if (PART.matcher(key).matches()) {
                kind = BodyKind.PART;
            } else if (i > 0 && kinds.get(i - 1) == BodyKind.PART) {
                kind = BodyKind.PART_TITLE;
            } else if (SECTION.matcher(text).matches()) {
                kind = BodyKind.SECTION;
            } else if (ARTICLE.matcher(text).matches()) {
                kind = BodyKind.ARTICLE;
            } else if (ITEM.matcher(text).matches()) {
                kind = BodyKind.ITEM;
            } else if (POINT.matcher(text).matches()) {
                kind = BodyKind.POINT;
            } else if (DASH.matcher(text).matches()) {
                kind = BodyKind.DASH;
            } else {
                kind = BodyKind.PARAGRAPH;
            }
            if (kind != BodyKind.BASIS && kind != BodyKind.ADDRESSEE) {
                bases = false;
            }
            kinds.add(kind);
        }
        List<BodyPara> body = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            Para p = content.get(i);
            BodyKind kind = kinds.get(i);
            if (kind == BodyKind.ITEM) {
                int titleEnd = itemTitleEnd(p, i + 1 < content.size() ? content.get(i + 1) : null,
                        i + 1 < kinds.size() ? kinds.get(i + 1) : null);
                body.add(new BodyPara(p, kind, titleEnd > 0, titleEnd));
            } else {
                body.add(new BodyPara(p, kind, false, 0));
            }
        }
        return body;
    }

    /**
     * An item with a title: the title is the whole paragraph when content follows under it, or the
     * words before a colon ("1. Mục đích: Tiếp tục ..."). An item that ends with a colon introduces
     * points and has no title.
     */
    private static int itemTitleEnd(Para item, Para next, BodyKind nextKind) {
        String text = item.text();
        String stripped = text.strip();
        if (stripped.endsWith(":")) {
            return 0;
        }
        int colon = stripped.indexOf(": ");
        if (colon > 0 && stripped.substring(0, colon).split("\\s+").length <= 12) {
            return text.indexOf(": ") + 1;
        }
        boolean hasChildren = next != null && nextKind != BodyKind.SECTION && nextKind != BodyKind.PART
                && !(nextKind == BodyKind.ITEM && depth(next.text()) <= depth(text));
        if (hasChildren && stripped.split("\\s+").length <= 40) {
            return text.length();
        }
        return 0;
    }

    /** 1 for "1.", 2 for "1.1.". */
    static int depth(String itemText) {
        var m = ITEM.matcher(itemText.strip());
        return m.matches() ? m.group(1).split("\\.").length : 0;
    }

    /** The letter of a point ("a" for "a) ..."), or null. */
    static String pointLetter(String text) {
        var m = POINT.matcher(text.strip());
        return m.matches() ? m.group(1) : null;
    }

    static Map<String, String> typeNamesByAbbreviation() {
        Map<String, String> out = new HashMap<>();
        TYPE_NAMES.forEach((name, abbreviation) -> out.put(abbreviation, name));
        return out;
    }
}
