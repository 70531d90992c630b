package vn.vanban.check;

import java.text.Normalizer;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vanban.model.VietnameseNames;

/** Comparing and quoting Vietnamese text the way clerks type it. */
final class VietnameseText {

    /** The dashes clerks type for a hyphen. */
    private static final String DASHES = "‐‑‒–—−";
    /** The white space a run of which is one space in a key: what the regular expression \s matches. */
    private static final String WHITE_SPACE = " \t\n\u000B\f\r";

    /**
     * The old and new placement of the tone mark in open syllables ("HOÀ" and "HÒA", "THUỶ" and
     * "THỦY"): both are correct Vietnamese, and the decree itself writes both.
     */
    private static final Map<String, String> TONE_PLACEMENT = Map.ofEntries(
            Map.entry("OÀ", "ÒA"), Map.entry("OÁ", "ÓA"), Map.entry("OẢ", "ỎA"), Map.entry("OÃ", "ÕA"),
            Map.entry("OẠ", "ỌA"), Map.entry("OÈ", "ÒE"), Map.entry("OÉ", "ÓE"), Map.entry("OẺ", "ỎE"),
            Map.entry("OẼ", "ÕE"), Map.entry("OẸ", "ỌE"), Map.entry("UỲ", "ÙY"), Map.entry("UÝ", "ÚY"),
            Map.entry("UỶ", "ỦY"), Map.entry("UỸ", "ŨY"), Map.entry("UỴ", "ỤY"));

    /** The letters the pairs above begin with. */
    private static final String PAIR_STARTS = TONE_PLACEMENT.keySet().stream().map(pair -> pair.substring(0, 1)).distinct()
            .collect(Collectors.joining());

    private static final int EXCERPT_WORDS = 8;

    private VietnameseText() {
    }

    /**
     * A form for comparing: NFC, upper case, dashes as "-", white space collapsed, and the tone
     * mark of an open "oa", "oe", "uy" syllable on the first vowel.
     */
    static String key(String text) {
        String upper = dashesAndSpaces(VietnameseNames.upper(Normalizer.normalize(text, Normalizer.Form.NFC)));
        StringBuilder out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            // Only a letter that begins a pair needs the lookup: a check asks for the key of every
            // line many times over.
            if (PAIR_STARTS.indexOf(c) >= 0 && i + 1 < upper.length()) {
                String pair = TONE_PLACEMENT.get(upper.substring(i, i + 2));
                boolean open = i + 2 >= upper.length() || !Character.isLetter(upper.charAt(i + 2));
                if (pair != null && open) {
                    out.append(pair);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Dashes as "-", each run of white space as one space, stripped: one pass, where two regular
     * expressions made two matchers and two strings for every key of every line.
     */
    private static String dashesAndSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WHITE_SPACE.indexOf(c) >= 0) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            out.append(DASHES.indexOf(c) >= 0 ? '-' : c);
        }
        return out.toString().strip();
    }

    /** Every letter is a capital (and there is at least one). */
    static boolean allUpper(String text) {
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** At least two letters and all of them capitals: text typed in capitals. */
    static boolean typedInCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2 && allUpper(text);
    }

    /** The first words of a text, on one line, to show where a finding is. */
    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        String[] words = flat.split(" ");
        if (words.length <= EXCERPT_WORDS) {
            return flat;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)) + " …";
    }
}
