package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.RunFormat;
import vn.vanban.nd30.Align;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.LetterCase;
import vn.vanban.nd30.Range;

/** Checks a line of a component against the format the rule book gives it: size, case, bold, italic, alignment. */
final class FormatChecks {

    private FormatChecks() {
    }

    static void check(Findings findings, Component component, Line line) {
        check(findings, component, line, false);
    }

    /**
     * @param aggregate report one finding for all lines with the same fault (body paragraphs)
     */
    static void check(Findings findings, Component component, Line line, boolean aggregate) {
        if (line.inkFormats().isEmpty()) {
            return;
        }
        size(findings, component, line, aggregate);
        letterCase(findings, component, line, aggregate);
        String bold = property(component.bold, line, true, aggregate);
        if (bold != null) {
            report(findings, ComponentRules.bold(component), line, component.displayName + ": " + bold, aggregate);
        }
        italic(findings, component, line, aggregate);
        if (component.alignment != null && component.alignment != Align.JUSTIFIED && line.alone()) {
            Alignment actual = line.para().format().alignment();
            boolean ok = component.alignment == Align.CENTER ? actual == Alignment.CENTER
                    : actual == Alignment.LEFT || actual == Alignment.JUSTIFIED;
            if (!ok) {
                report(findings, ComponentRules.alignment(component), line,
                        component.displayName + ": " + alignment(actual), aggregate);
            }
        }
    }

    static void size(Findings findings, Component component, Line line, boolean aggregate) {
        if (component.size == null || line.inkFormats().isEmpty()) {
            return;
        }
        String size = sizeOutside(line.inkFormats(), component.size.allowed().min(), component.size.allowed().max());
        if (size != null) {
            report(findings, ComponentRules.size(component), line, component.displayName + ": " + size, aggregate);
        }
    }

    static void letterCase(Findings findings, Component component, Line line, boolean aggregate) {
        String letterCase = letterCase(component, line);
        if (letterCase == null) {
            return;
        }
        String message = component.displayName + ": " + letterCase;
        if (aggregate) {
            findings.many(ComponentRules.letterCase(component), line.para(), message);
        } else {
            findings.at(ComponentRules.letterCase(component), line, message,
                    CorrectedText.changed(line.text(), CorrectedText.lettersCase(component, line.text())));
        }
    }

    static void italic(Findings findings, Component component, Line line, boolean aggregate) {
        String italic = property(component.italic, line, false, aggregate);
        if (italic != null) {
            report(findings, ComponentRules.italic(component), line, component.displayName + ": " + italic, aggregate);
        }
    }

    private static void report(Findings findings, Rule rule, Line line, String actual, boolean aggregate) {
        if (aggregate) {
            findings.many(rule, line.para(), actual);
        } else {
            findings.at(rule, line, actual);
        }
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
            shown.add(Range.number(s));
        }
        return "cỡ chữ " + String.join(" và ", shown) + " pt";
    }

    private static String letterCase(Component component, Line line) {
        if (component.letterCase == null) {
            return null;
        }
        String shown = line.shown();
        if (component.letterCase == LetterCase.UPPER && !VietnameseText.allUpper(shown)) {
            return "có chữ in thường";
        }
        if (component.letterCase == LetterCase.LOWER && VietnameseText.typedInCapitals(shown)) {
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
