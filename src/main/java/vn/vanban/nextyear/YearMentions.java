package vn.vanban.nextyear;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.text.Citations;

/**
 * Finds the years written in a piece of plan text and tells what each one is, so that next-year
 * changes only the years that mean "the plan year" or "the year before it".
 *
 * <p>The rules, in the order they are tried (text is NFC; words match in any case):
 * <ol>
 * <li>A reference to a variable (${nam}, ${kh2023}) is not text: skipped. So is a number that
 *     only contains four digits ("2.023 người", "12023").
 * <li>{@link Kind#CITATION} — the year inside a document symbol: "178/2004/NĐ-CP", "05/2023/TT-BYT".
 * <li>{@link Kind#DATE} — a calendar date or month: "15/12/2023", "31/3/2023", "12/2023",
 *     "15.12.2023", "2023-04-12", "ngày 15 tháng 10 năm 2004", "tháng 12 năm 2023", "quý I/2023",
 *     "quý IV năm 2023". A date names a day someone chose; it is listed for review, never changed.
 * <li>{@link Kind#PERIOD_START} / {@link Kind#PERIOD_END} — a span of years: "2021 - 2025",
 *     "2016-2020", "giai đoạn 2022 – 2025", "năm học 2022-2023", "từ năm 2021 đến năm 2025".
 *     A period is fixed by the programme it belongs to; never changed.
 * <li>{@link Kind#CITATION} — any year inside a citation: from a document symbol ("Kế hoạch số
 *     1379/KH-UBND", "công văn số 789/UBND-VP") or a named law ("Luật Phòng, chống ma túy năm
 *     2021") up to the end of its clause: ";", ":", the end of a sentence, an empty line, or a
 *     comma followed by the body that acts ("..., Ủy ban nhân dân tỉnh ban hành ..."). "về
 *     phòng, chống mại dâm năm 2023" after a symbol is the cited document's own subject and
 *     stays; a document of that year probably has a successor, so it is listed for review.
 * <li>{@link Kind#PLAN_YEAR} — "năm 2023" anywhere else: the subject, "trong năm 2023", "6 tháng
 *     đầu năm 2023", "so với năm 2022", "cùng kỳ năm 2022", a blank draft date "ngày tháng năm
 *     2023". Only these are changed, and only when they are the plan year or the year before.
 * <li>{@link Kind#BARE} — a year without "năm" before it ("Kế hoạch 2023", "so với 2022"): it
 *     may be a count or a name; not changed, listed for review.
 * </ol>
 * A text written with ${nam} and ${nam_truoc} has no year in it and needs none of this.
 */
public final class YearMentions {

    public enum Kind { PLAN_YEAR, DATE, PERIOD_START, PERIOD_END, CITATION, BARE }

    /** A year at [start, end) of the text. */
    public record Mention(int start, int end, int year, Kind kind) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}])(19|20|21)\\d\\d(?![\\p{L}\\p{N}])");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\$?\\{[^}]*}");

    private static final Pattern SYMBOL_AFTER = Pattern.compile("^\\s*/\\s*\\p{L}");
    private static final Pattern DATE_BEFORE = Pattern.compile(
            "(?:(?<![\\p{N}])\\d{1,2}\\s?[/.\\-]\\s?"
            + "|tháng\\s+\\d{1,2}\\s*,?\\s*năm\\s+"
            + "|tháng\\s+\\d{1,2}\\s*/\\s*"
            + "|quý\\s+(?:I{1,3}|IV|[1-4])\\s*(?:/\\s*|,?\\s*năm\\s+))$", FLAGS);
    private static final Pattern DOTTED_DATE_BEFORE = Pattern.compile("(?<!\\d)\\d{1,2}\\.\\d{1,2}\\.$");
    private static final Pattern ISO_DATE_AFTER = Pattern.compile("^-\\d{1,2}-\\d{1,2}(?!\\d)");
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "^(?:\\s*[-–—]\\s*(?:năm\\s+)?|\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?)(?:19|20|21)\\d\\d(?!\\d)", FLAGS);
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "(?<!\\d)(?:19|20|21)\\d\\d(?:\\s*[-–—]\\s*(?:năm\\s+)?|\\s+(?:đến|tới)\\s+(?:hết\\s+)?(?:năm\\s+)?)$", FLAGS);
    private static final Pattern PLAN_BEFORE = Pattern.compile("(?<!\\p{L})năm\\s+$", FLAGS);

    private static final int CONTEXT = 48;

    private YearMentions() {
    }

    public static List<Mention> find(String text) {
        List<int[]> variables = spans(VARIABLE, text);
        List<Citations.Span> citations = Citations.find(text);
        List<Mention> mentions = new ArrayList<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (inside(variables, start) || partOfNumber(text, start, end)) {
                continue;
            }
            String before = text.substring(Math.max(0, start - CONTEXT), start);
            String after = text.substring(end, Math.min(text.length(), end + CONTEXT));
            mentions.add(new Mention(start, end, Integer.parseInt(m.group()), kind(before, after, Citations.contains(citations, start))));
        }
        return mentions;
    }

    private static Kind kind(String before, String after, boolean inCitation) {
        if (SYMBOL_AFTER.matcher(after).find()) {
            return Kind.CITATION;
        }
        if (DATE_BEFORE.matcher(before).find() || ISO_DATE_AFTER.matcher(after).find()) {
            return Kind.DATE;
        }
        if (PERIOD_BEFORE.matcher(before).find()) {
            return Kind.PERIOD_END;
        }
        if (PERIOD_AFTER.matcher(after).find()) {
            return Kind.PERIOD_START;
        }
        if (inCitation) {
            return Kind.CITATION;
        }
        if (PLAN_BEFORE.matcher(before).find()) {
            return Kind.PLAN_YEAR;
        }
        return Kind.BARE;
    }

    /** "1,2023", "2023,5", "0.2023": digits of a larger number; "15.12.2023" is a date, not a number. */
    private static boolean partOfNumber(String text, int start, int end) {
        boolean digitBefore = start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == ',')
                && Character.isDigit(text.charAt(start - 2))
                && !DOTTED_DATE_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
        boolean digitAfter = end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
                && Character.isDigit(text.charAt(end + 1));
        return digitBefore || digitAfter;
    }

    /** [start, end) of every match. */
    static List<int[]> spans(Pattern pattern, String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }
}
