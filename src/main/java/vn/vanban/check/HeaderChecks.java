package vn.vanban.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vanban.check.Components.FoundRule;
import vn.vanban.check.Line.Column;
import vn.vanban.docx.Ooxml;
import vn.vanban.docx.ParagraphFormat;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.DocumentType;

/**
 * The first page's components: issuing body, number and symbol, Quốc hiệu and Tiêu ngữ, place and
 * date (ô 1–4), the type name and subject (ô 5), and the rules under them.
 */
final class HeaderChecks {

    private static final String MOTTO_TEXT = Component.MOTTO.fixedText;
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "^(?<word>[^\\s:./0-9]+)(?<before>\\s*)(?<colon>:?)(?<gap>\\s*)(?<num>\\d*)\\s*(?<slash>/?)\\s*(?<symbol>.*)$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?<place>[^,]*?)\\s*(?<comma>,?)\\s*ngày\\s*(?<d>\\S*?)\\s*tháng\\s*(?<m>\\S*?)\\s*năm\\s*(?<y>\\d{4})\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Every abbreviation of Phụ lục III, as it writes them. */
    private static final Set<String> ABBREVIATIONS = abbreviations();
    /** QyĐ, CTr, TTr, TrS: the abbreviations Phụ lục III writes in mixed case. */
    private static final Set<String> MIXED_CASE = ABBREVIATIONS.stream()
            .filter(a -> !VietnameseText.allUpper(a)).collect(Collectors.toUnmodifiableSet());

    private HeaderChecks() {
    }

    private static Set<String> abbreviations() {
        Set<String> all = new LinkedHashSet<>();
        for (DocumentType type : DocumentType.values()) {
            if (type.abbreviation() != null) {
                all.add(type.abbreviation());
            }
        }
        return all;
    }

    static void check(Findings f, ReadDocument doc, Components c) {
        nationalTitle(f, doc, c);
        motto(f, c);
        issuer(f, c);
        number(f, c);
        placeDate(f, c);
        title(f, c);
    }

    /**
     * Checks the format of each line of a component of the header, or reports it missing.
     *
     * @return false when the component is not there
     */
    private static boolean formatOfEachLine(Findings f, List<Line> lines, Component component, Rule missing, String sought) {
        if (lines.isEmpty()) {
            f.notFound(missing, sought);
            return false;
        }
        for (Line line : lines) {
            FormatChecks.check(f, component, line);
        }
        return true;
    }

    // ------------------------------------------------------------------ ô 1

    private static void nationalTitle(Findings f, ReadDocument doc, Components c) {
        if (!formatOfEachLine(f, c.header().nationalTitle(), Component.NATIONAL_TITLE, Rules.NATIONAL_TITLE_MISSING,
                "Quốc hiệu \"" + Component.NATIONAL_TITLE.fixedText + "\" ở phần đầu văn bản")) {
            return;
        }
        Line first = c.header().nationalTitle().get(0);
        if (first.column() == Column.FULL && first.para().format().alignment() != Alignment.RIGHT) {
            Integer center = first.absoluteCenter();
            int textWidth = doc.sections().get(Math.min(first.para().section(), doc.sections().size() - 1)).textWidth();
            if (center != null && center < textWidth * 0.55) {
                f.at(Rules.NATIONAL_TITLE_POSITION, first, "Quốc hiệu đặt ở giữa hoặc bên trái trang");
            }
        } else if (first.column() == Column.LEFT) {
            f.at(Rules.NATIONAL_TITLE_POSITION, first, "Quốc hiệu đặt ở cột bên trái");
        }
        headerSpacing(f, c.header().nationalTitle());
    }

    private static void motto(Findings f, Components c) {
        if (c.header().motto() == null) {
            f.notFound(Rules.MOTTO_MISSING, "Tiêu ngữ \"" + MOTTO_TEXT + "\" dưới Quốc hiệu");
            return;
        }
        Line motto = c.header().motto();
        FormatChecks.check(f, Component.MOTTO, motto);
        String text = motto.text().replaceAll("\\s+", " ").strip();
        if (!text.equals(MOTTO_TEXT) && !VietnameseText.typedInCapitals(text)) {
            f.at(Rules.MOTTO_TEXT, motto, "Tiêu ngữ viết \"" + text + "\"", MOTTO_TEXT);
        }
        headerSpacing(f, List.of(motto));
        ruleLine(f, RuleLine.MOTTO, List.of(motto), c.header().mottoRule());
    }

    // ------------------------------------------------------------------ ô 2

    private static void issuer(Findings f, Components c) {
        if (c.header().issuerLines().isEmpty()) {
            f.notFound(Rules.ISSUER_MISSING, "tên cơ quan ban hành ở phía trên bên trái trang đầu");
            return;
        }
        for (Line line : c.header().parentLines()) {
            FormatChecks.check(f, Component.PARENT, line);
        }
        for (Line line : c.header().issuerLines()) {
            FormatChecks.check(f, Component.ISSUER, line);
        }
        List<Line> all = new ArrayList<>(c.header().parentLines());
        all.addAll(c.header().issuerLines());
        headerSpacing(f, all);
        ruleLine(f, RuleLine.ISSUER, c.header().issuerLines(), c.header().issuerRule());
    }

    /** Quốc hiệu and Tiêu ngữ, parent and issuing body: single line spacing (dòng đơn). */
    private static void headerSpacing(Findings f, List<Line> lines) {
        Set<Para> seen = new LinkedHashSet<>();
        for (Line line : lines) {
            if (!seen.add(line.para()) || line.inkFormats().isEmpty()) {
                continue;
            }
            double size = line.inkFormats().get(0).sizePt();
            double spacing = line.para().format().lineSpacing().lines(size);
            if (spacing > 1.15) {
                f.at(Rules.HEADER_SPACING, line, "giãn dòng " + decimal(spacing) + " dòng");
            }
        }
    }

    // ------------------------------------------------------------------ ô 3

    private static void number(Findings f, Components c) {
        Line line = c.header().number();
        if (line == null) {
            f.notFound(Rules.NUMBER_MISSING, "dòng số, ký hiệu \"Số: .../...\" dưới tên cơ quan ban hành");
            return;
        }
        FormatChecks.check(f, Component.NUMBER, line);
        String text = line.text().strip();
        Matcher m = NUMBER_LINE.matcher(text);
        if (!m.matches()) {
            f.at(Rules.NUMBER_FORMAT, line, "viết \"" + text + "\"");
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!m.group("word").equals("Số")) {
            problems.add("viết \"" + m.group("word") + "\" thay cho \"Số\"");
        }
        if (m.group("colon").isEmpty()) {
            problems.add("thiếu dấu hai chấm sau \"Số\"");
        }
        String symbol = m.group("symbol").strip();
        if (m.group("slash").isEmpty()) {
            problems.add("thiếu dấu gạch chéo (/) giữa số và ký hiệu");
        }
        if (symbol.isEmpty()) {
            problems.add("không có ký hiệu");
        }
        String withoutYear = symbol.replaceFirst("^\\d{4}/", "");
        if (symbol.matches(".*\\s.*")) {
            problems.add("ký hiệu có dấu cách");
        }
        if (withoutYear.matches(".*[^\\p{L}\\p{N}\\s-].*")) {
            problems.add("ký hiệu có dấu khác gạch nối (-) giữa các nhóm chữ");
        }
        for (String group : withoutYear.split("[^\\p{L}\\p{N}]+")) {
            if (!group.isEmpty() && !MIXED_CASE.contains(group) && !VietnameseText.allUpper(group.replaceAll("\\d", "A"))) {
                problems.add("ký hiệu có chữ thường (\"" + group + "\")");
                break;
            }
        }
        String first = withoutYear.split("[-–\\s]+")[0];
        boolean wrongType = !first.isEmpty() && c.typeAbbreviation() != null && !first.equalsIgnoreCase(c.typeAbbreviation());
        String corrected = symbol.isEmpty() ? null : CorrectedText.changed(text, CorrectedText.numberLine(m.group("num"),
                m.group("before") + m.group("gap"), symbol, wrongType ? c.typeAbbreviation() : null, List.copyOf(MIXED_CASE)));
        if (!problems.isEmpty()) {
            f.at(Rules.NUMBER_FORMAT, line, "dòng số, ký hiệu \"" + text + "\": " + String.join(", ", problems), corrected);
        }
        String number = m.group("num");
        if (!number.isEmpty()) {
            int value = Integer.parseInt(number.length() > 9 ? number.substring(0, 9) : number);
            if (value < 10 && number.length() == 1) {
                f.at(Rules.NUMBER_PADDING, line, "số \"" + number + "\" thiếu số 0 phía trước", corrected);
            } else if (number.startsWith("0") && (value >= 10 || number.length() > 2)) {
                f.at(Rules.NUMBER_PADDING, line, "số \"" + number + "\" thừa số 0 phía trước", corrected);
            }
        }
        symbolType(f, c, line, withoutYear, corrected);
    }

    private static void symbolType(Findings f, Components c, Line line, String symbol, String corrected) {
        String first = symbol.split("[-–\\s]+")[0];
        if (first.isEmpty()) {
            return;
        }
        if (c.typeAbbreviation() != null) {
            if (!first.equalsIgnoreCase(c.typeAbbreviation())) {
                f.at(Rules.SYMBOL_TYPE, line, "ký hiệu \"" + symbol + "\" bắt đầu bằng \"" + first + "\" nhưng văn bản là "
                        + c.typeName().text().strip() + " (viết tắt " + c.typeAbbreviation() + ")", corrected);
            }
        } else if (!c.header().letterSubject().isEmpty()) {
            for (String abbreviation : ABBREVIATIONS) {
                if (abbreviation.equalsIgnoreCase(first)) {
                    f.at(Rules.SYMBOL_TYPE, line, "công văn mà ký hiệu \"" + symbol + "\" bắt đầu bằng chữ viết tắt tên loại \""
                            + first + "\"; ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo");
                    break;
                }
            }
        }
    }

    // ------------------------------------------------------------------ ô 4

    private static void placeDate(Findings f, Components c) {
        if (!formatOfEachLine(f, c.header().placeDate(), Component.DATE, Rules.DATE_MISSING,
                "dòng địa danh và thời gian \"..., ngày ... tháng ... năm ...\"")) {
            return;
        }
        Line first = c.header().placeDate().get(0);
        StringBuilder joined = new StringBuilder();
        for (Line line : c.header().placeDate()) {
            joined.append(joined.length() == 0 ? "" : " ").append(line.text().strip());
        }
        String text = joined.toString().replaceAll("[ \\t]+", " ");
        Matcher m = DATE_LINE.matcher(text);
        if (!m.matches()) {
            f.at(Rules.DATE_FORMAT, first, "viết \"" + text + "\"");
            return;
        }
        // The correction keeps the room a draft leaves for the day and month.
        String typed = joined.toString();
        Matcher asTyped = DATE_LINE.matcher(typed);
        String corrected = asTyped.matches() ? CorrectedText.changed(typed, CorrectedText.placeDate(typed, asTyped)) : null;
        List<String> problems = new ArrayList<>();
        String place = m.group("place").strip();
        if (place.isEmpty()) {
            problems.add("thiếu địa danh");
        } else if (!Character.isUpperCase(place.codePointAt(0))) {
            problems.add("chữ cái đầu của địa danh viết thường");
        }
        if (!place.isEmpty() && m.group("comma").isEmpty()) {
            problems.add("thiếu dấu phẩy sau địa danh");
        }
        if (!problems.isEmpty()) {
            f.at(Rules.DATE_FORMAT, first, "\"" + text + "\": " + String.join(", ", problems), corrected);
        }
        List<String> padding = new ArrayList<>();
        String day = m.group("d");
        if (day.matches("\\d+")) {
            int value = Integer.parseInt(day);
            if (value < 10 && day.length() == 1) {
                padding.add("ngày \"" + day + "\" thiếu số 0");
            } else if (day.length() > 2 || (value >= 10 && day.startsWith("0"))) {
                padding.add("ngày \"" + day + "\" thừa số 0");
            }
        }
        String month = m.group("m");
        if (month.matches("\\d+")) {
            int value = Integer.parseInt(month);
            if (value <= 2 && month.length() == 1) {
                padding.add("tháng \"" + month + "\" thiếu số 0");
            } else if (value >= 3 && month.startsWith("0")) {
                padding.add("tháng \"" + month + "\" thừa số 0");
            }
        }
        if (!padding.isEmpty()) {
            f.at(Rules.DATE_PADDING, first, String.join(", ", padding), corrected);
        }
    }

    // ------------------------------------------------------------------ ô 5

    private static void title(Findings f, Components c) {
        // A letter with a type name typed over it is still a letter: its subject is the "V/v"
        // under the number, and the type name line is TypeChecks' finding.
        boolean letter = c.type() != null && c.type().form() != null && !c.type().form().hasTypeName();
        if (c.typeName() == null || letter) {
            if (c.header().letterSubject().isEmpty()) {
                f.notFound(Rules.TYPE_MISSING, "tên loại văn bản (ví dụ KẾ HOẠCH, QUYẾT ĐỊNH) hay trích yếu công văn \"V/v ...\"");
            }
            for (Line line : c.header().letterSubject()) {
                FormatChecks.check(f, Component.LETTER_SUBJECT, line);
            }
            return;
        }
        FormatChecks.check(f, Component.TYPE, c.typeName());
        if (c.subject().isEmpty()) {
            f.at(Rules.SUBJECT_MISSING, c.typeName(), "không tìm thấy trích yếu dưới tên loại văn bản");
            return;
        }
        for (Line line : c.subject()) {
            FormatChecks.check(f, Component.SUBJECT, line);
        }
        ruleLine(f, RuleLine.SUBJECT, c.subject(), c.subjectRule());
    }

    // ------------------------------------------------------------------ rules

    static void ruleLine(Findings f, RuleLine spec, List<Line> text, FoundRule rule) {
        Line last = text.get(text.size() - 1);
        if (rule == null) {
            f.at(spec.missing(), last, "không tìm thấy đường kẻ dưới " + spec.name());
            return;
        }
        int width = 0;
        for (Line line : text) {
            width = Math.max(width, shownWidth(line));
        }
        int above = shownWidth(last);
        int length = rule.mark().length();
        if (width > 0) {
            if (spec.fullLength()) {
                if (Math.abs(length - width) > width * RuleLine.FULL_LENGTH_TOLERANCE) {
                    f.at(spec.length(), last, "đường kẻ dài " + mm(length) + " mm, dòng chữ " + spec.name() + " dài "
                            + mm(width) + " mm");
                }
            } else if (!withinShare(spec, length, above) && !withinShare(spec, length, width)) {
                // "dòng chữ" of a name on several lines is read either way: the line the rule stands
                // under, or the widest line of the name; a rule right by either reading is right.
                String widest = above == width ? ""
                        : " và " + Math.round(100.0 * length / width) + "% dòng dài nhất (" + mm(width) + " mm)";
                f.at(spec.length(), last, "đường kẻ dài " + mm(length) + " mm, bằng " + Math.round(100.0 * length / above)
                        + "% dòng chữ " + spec.name() + " ngay trên nó (dài " + mm(above) + " mm)" + widest);
            }
        }
        Integer ruleCenter = rule.absoluteCenter();
        Integer textCenter = last.absoluteCenter();
        if (ruleCenter != null && textCenter != null && Math.abs(ruleCenter - textCenter) > RuleLine.CENTER_TOLERANCE) {
            f.at(spec.centered(), last, "đường kẻ lệch " + mm(Math.abs(ruleCenter - textCenter)) + " mm so với giữa dòng chữ");
        }
        if (!rule.mark().solid()) {
            f.at(spec.solid(), last, "đường kẻ nét đứt hoặc nét chấm");
        }
    }

    /** The width of a line as printed, no wider than its paragraph's text area (a longer one wraps). */
    private static int shownWidth(Line line) {
        ParagraphFormat pf = line.para().format();
        return Math.min(line.width(), line.para().columnWidth() - pf.left() - pf.right());
    }

    /** The rule's length within the rule book's share of the text (1/3 to 1/2), give or take a millimetre. */
    private static boolean withinShare(RuleLine spec, int length, int width) {
        return width > 0 && length >= width * spec.underline().minShare() - RuleLine.SHORT_LENGTH_TOLERANCE
                && length <= width * spec.underline().maxShare() + RuleLine.SHORT_LENGTH_TOLERANCE;
    }

    static String mm(int twips) {
        return decimal(Ooxml.twipsToMm(twips));
    }

    static String decimal(double value) {
        return String.format(Locale.forLanguageTag("vi-VN"), "%.1f", value).replace(",0", "");
    }
}
