package vn.vanban.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text as vanban keeps it: Unicode NFC, every run of white space one space, no space at either end. */
public final class PlainText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    public static String normalize(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }
}
