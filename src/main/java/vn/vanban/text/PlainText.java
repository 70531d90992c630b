package vn.vanban.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text as vanban keeps it: Unicode NFC, every run of white space one space, no space at either end. */
public final class PlainText {

    /**
     * Java's \s, and the line breaks it leaves out: NEL (U+0085), line and paragraph separator
     * (U+2028, U+2029). YAML reads them as line breaks, Word prints them as one; in a heading
     * they would break the line where the clerk sees a space.
     */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

    private PlainText() {
    }

    public static String normalize(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    /** The text without the ";", "." and "," it ends with, where vanban sets the end punctuation itself. */
    public static String withoutEndPunctuation(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }
}
