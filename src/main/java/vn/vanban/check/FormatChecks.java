package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.vanban.check.ComponentFormat.Align;
import vn.vanban.check.ComponentFormat.LetterCase;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.RunFormat;

/** Checks a line of a component against its {@link ComponentFormat}: size, case, bold, italic, alignment. */
final class FormatChecks {

    private FormatChecks() {
    }

    static void check(Findings findings, ComponentFormat format, Line line) {
        check(findings, format, line, false);
    }

    /**
     * @param aggregate report one finding for all lines with the same fault (body paragraphs)
     */
    static void check(Findings findings, ComponentFormat format, Line line, boolean aggregate) {
        List<RunFormat> ink = line.inkFormats();
        if (ink.isEmpty()) {
            return;
        }
        String name = format.name();
        String size = size(format, ink);
        if (size != null) {
            report(findings, format.sizeRule(), line, name + ": " + size, aggregate);
        }
        String letterCase = letterCase(format, line);
        if (letterCase != null) {
            if (aggregate) {
                findings.many(format.caseRule(), line.para(), name + ": " + letterCase);
            } else {
                findings.at(format.caseRule(), line, name + ": " + letterCase,
                        CorrectedText.changed(line.text(), CorrectedText.lettersCase(format, line.text())));
            }
        }
        String bold = property(format.bold(), line, true, aggregate);
        if (bold != null) {
            report(findings, format.boldRule(), line, name + ": " + bold, aggregate);
        }
        String italic = property(format.italic(), line, false, aggregate);
        if (italic != null) {
            report(findings, format.italicRule(), line, name + ": " + italic, aggregate);
        }
        if (format.alignment() != null && format.alignment() != Align.JUSTIFIED && line.alone()) {
            Alignment actual = line.para().format().alignment();
            boolean ok = format.alignment() == Align.CENTER ? actual == Alignment.CENTER
                    : actual == Alignment.LEFT || actual == Alignment.JUSTIFIED;
            if (!ok) {
                report(findings, format.alignRule(), line, name + ": " + alignment(actual), aggregate);
            }
        }
    }

    private static void report(Findings findings, Rule rule, Line line, String actual, boolean aggregate) {
        if (aggregate) {
            findings.many(rule, line.para(), actual);
        } else {
            findings.at(rule, line, actual);
        }
    }

    static String size(ComponentFormat format, List<RunFormat> ink) {
        if (format.minSize() == null) {
            return null;
        }
        return sizeOutside(ink, format.minSize(), format.maxSize());
    }

    /** "cỡ chữ 12 pt" when a character is set outside min..max, else null. */
    static String sizeOutside(List<RunFormat> ink, double min, double max) {
        TreeSet<Double> sizes = new TreeSet<>();
        boolean outside = false;
        for (RunFormat f : ink) {
            sizes.add(f.sizePt());
            outside |= f.sizePt() < min - 0.01 || f.sizePt() > max + 0.01;
        }
        if (!outside) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (double s : sizes) {
            shown.add(ComponentFormat.pt(s).replace(" pt", ""));
        }
        return "cỡ chữ " + String.join(" và ", shown) + " pt";
    }

    private static String letterCase(ComponentFormat format, Line line) {
        if (format.letterCase() == null) {
            return null;
        }
        String shown = line.shown();
        if (format.letterCase() == LetterCase.UPPER && !VietnameseText.allUpper(shown)) {
            return "có chữ in thường";
        }
        if (format.letterCase() == LetterCase.LOWER && VietnameseText.typedInCapitals(shown)) {
            return "viết toàn chữ in hoa";
        }
        return null;
    }

    /**
     * Bold or italic of the letters: "không in đậm", "chỉ in đậm một phần", "in đậm", ... In body
     * paragraphs (lenient) a few words set off in italics or bold are emphasis, not a fault: only a
     * paragraph mostly so is reported.
     */
    private static String property(Boolean required, Line line, boolean bold, boolean lenient) {
        if (required == null) {
            return null;
        }
        int letters = 0;
        int set = 0;
        String text = line.text();
        List<RunFormat> formats = line.formats();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i)) && formats.get(i) != null) {
                letters++;
                if (bold ? formats.get(i).bold() : formats.get(i).italic()) {
                    set++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        String word = bold ? "in đậm" : "in nghiêng";
        if (lenient) {
            if (required && set * 2 < letters) {
                return "không " + word;
            }
            return !required && set * 2 > letters ? word : null;
        }
        if (required && set == 0) {
            return "không " + word;
        }
        if (required && set < letters) {
            return "chỉ " + word + " một phần";
        }
        if (!required && set == letters) {
            return word;
        }
        if (!required && set > 0) {
            return "có chữ " + word;
        }
        return null;
    }

    static String alignment(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> "căn trái";
            case CENTER -> "căn giữa";
            case RIGHT -> "căn phải";
            case JUSTIFIED -> "căn đều hai lề";
        };
    }
}
