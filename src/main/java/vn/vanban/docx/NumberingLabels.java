package vn.vanban.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import vn.vanban.docx.ParagraphFormat.NumberingRef;
import vn.vanban.nd30.Numbering;

/**
 * The numbers Word writes in front of list paragraphs ("a)", "1.", "-"), counted the way Word
 * counts them: per abstract list, a level restarting when a level above it advances. A clerk's
 * "a), b), ..., f)" typed with Word's lettered list is the error the checker must see.
 */
final class NumberingLabels {

    private final EffectiveFormatting formatting;
    private final Map<Element, int[]> counters = new HashMap<>();
    private final Set<Integer> overridesApplied = new HashSet<>();

    NumberingLabels(EffectiveFormatting formatting) {
        this.formatting = formatting;
    }

    /** The label of the next paragraph in this list, or null when the level shows none. */
    String next(NumberingRef ref) {
        Element abstractNum = formatting.abstractNum(ref.numId());
        Element lvl = formatting.level(ref);
        if (abstractNum == null || lvl == null || ref.level() < 0 || ref.level() > 8) {
            return null;
        }
        int[] count = counters.computeIfAbsent(abstractNum, a -> new int[9]);
        Integer override = formatting.startOverride(ref);
        if (override != null && overridesApplied.add(ref.numId() * 16 + ref.level())) {
            count[ref.level()] = override - 1;
        } else if (count[ref.level()] == 0) {
            count[ref.level()] = start(ref.level(), ref) - 1;
        }
        count[ref.level()]++;
        for (int deeper = ref.level() + 1; deeper < 9; deeper++) {
            count[deeper] = 0;
        }
        String format = Ooxml.childVal(lvl, "numFmt");
        String text = Ooxml.childVal(lvl, "lvlText");
        if ("none".equals(format) || text == null) {
            return null;
        }
        if ("bullet".equals(format)) {
            return bullet(text);
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int level = text.charAt(i + 1) - '1';
                if (level >= 0 && level <= ref.level()) {
                    int value = count[level] == 0 ? start(level, ref) : count[level];
                    label.append(format(value, level == ref.level() ? format : formatOf(new NumberingRef(ref.numId(), level))));
                }
                i++;
            } else {
                label.append(c);
            }
        }
        String result = label.toString().strip();
        return result.isEmpty() ? null : result;
    }

    private int start(int level, NumberingRef ref) {
        Element lvl = formatting.level(new NumberingRef(ref.numId(), level));
        Integer start = Ooxml.integer(Ooxml.child(lvl, "start"), "val");
        return start == null ? 1 : start;
    }

    private String formatOf(NumberingRef ref) {
        return Ooxml.childVal(formatting.level(ref), "numFmt");
    }

    private static String format(int n, String numFmt) {
        if (numFmt == null) {
            return Integer.toString(n);
        }
        return switch (numFmt) {
            case "lowerLetter" -> latinLetters(n);
            case "upperLetter" -> latinLetters(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> n > 0 ? Numbering.roman(n).toLowerCase(Locale.ROOT) : "0";
            case "upperRoman" -> n > 0 ? Numbering.roman(n) : "0";
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's lettering: a..z, then aa..zz — the English alphabet, with f, j, w and z. */
    private static String latinLetters(int n) {
        if (n < 1) {
            return "";
        }
        char letter = (char) ('a' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    /** Symbol-font bullets are private-use characters; they all look like a dot. */
    private static String bullet(String text) {
        if (text.isEmpty()) {
            return "•";
        }
        int cp = text.codePointAt(0);
        return cp >= 0xE000 && cp <= 0xF8FF ? "•" : text;
    }
}
