package vn.vanban.check;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;

/** Comparing and quoting Vietnamese text the way clerks type it. */
final class VietnameseText {

    // Compiled once: every line of every checked document passes through key().
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—−]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * The old and new placement of the tone mark in open syllables ("HOÀ" and "HÒA", "THUỶ" and
     * "THỦY"): both are correct Vietnamese, and the decree itself writes both.
     */
    private static final Map<String, String> TONE_PLACEMENT = Map.ofEntries(
            Map.entry("OÀ", "ÒA"), Map.entry("OÁ", "ÓA"), Map.entry("OẢ", "ỎA"), Map.entry("OÃ", "ÕA"),
            Map.entry("OẠ", "ỌA"), Map.entry("OÈ", "ÒE"), Map.entry("OÉ", "ÓE"), Map.entry("OẺ", "ỎE"),
            Map.entry("OẼ", "ÕE"), Map.entry("OẸ", "ỌE"), Map.entry("UỲ", "ÙY"), Map.entry("UÝ", "ÚY"),
            Map.entry("UỶ", "ỦY"), Map.entry("UỸ", "ŨY"), Map.entry("UỴ", "ỤY"));

    private static final int EXCERPT_WORDS = 8;

    private VietnameseText() {
    }

    /**
     * A form for comparing: NFC, upper case, dashes as "-", white space collapsed, and the tone
     * mark of an open "oa", "oe", "uy" syllable on the first vowel.
     */
    static String key(String text) {
        String upper = VietnameseNames.upper(Normalizer.normalize(text, Normalizer.Form.NFC));
        upper = WHITE_SPACE.matcher(DASHES.matcher(upper).replaceAll("-")).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            if (i + 1 < upper.length()) {
                String pair = TONE_PLACEMENT.get(upper.substring(i, i + 2));
                boolean open = i + 2 >= upper.length() || !Character.isLetter(upper.charAt(i + 2));
                if (pair != null && open) {
                    out.append(pair);
                    i++;
                    continue;
                }
            }
            out.append(upper.charAt(i));
        }
        return out.toString();
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
