package vn.vanban.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import vn.vanban.model.VietnameseNames;

/**
 * The two pre-Unicode Vietnamese encodings that old Word documents are typed in, and their
 * conversion to Unicode NFC. The codes are those of {@link LegacyCharts}.
 */
public enum LegacyEncoding {
    /** TCVN 5712:1993 VN3 ("ABC"), the .VnTime, .VnArial, ... fonts. */
    TCVN3,
    /** VNI-Windows, the VNI-Times, VNI-Helve, ... fonts. */
    VNI;

    /** The encoding a font is made for: ".Vn..." fonts are TCVN3, "VNI-..." fonts VNI. */
    public static Optional<LegacyEncoding> ofFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".vn")) {
            return Optional.of(TCVN3);
        }
        if (name.startsWith("vni-")) {
            return Optional.of(VNI);
        }
        return Optional.empty();
    }

    /**
     * Recognises legacy-encoded text that has lost its font (pasted into a Unicode font): its
     * words are not Vietnamese as written but become Vietnamese once decoded. Text holding any
     * letter only Unicode has ("ư", "ạ", a combining tone) is Unicode and never matches.
     */
    public static Optional<LegacyEncoding> detect(String text) {
        return LegacyDetector.detect(text);
    }

    /**
     * Converts text typed in this encoding to Unicode NFC. For TCVN3 an all-capitals font (its
     * name ends in "H": .VnTimeH, .VnArialH) draws every letter as a capital, so the text is
     * decoded as capitals.
     */
    public String decode(String text, String fontName) {
        String decoded = this == TCVN3 ? decodeTcvn3(text) : decodeVni(text);
        if (this == TCVN3 && isCapitalsFont(fontName)) {
            decoded = VietnameseNames.upper(decoded);
        }
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }

    /**
     * Text of a run in the given font (null when unknown) as Unicode NFC: decoded when the font
     * or the text itself says it is legacy, otherwise only normalised. Text that already holds
     * letters no legacy code stands for ("ư", "ạ") is not decoded even in a legacy font:
     * documents converted to Unicode often keep the old font name, and decoding them would garble
     * "é" into "ộ". A run without text (null) gives "".
     */
    public static String toUnicode(String text, String fontNameOrNull) {
        if (text == null) {
            return "";
        }
        Optional<LegacyEncoding> byFont = ofFont(fontNameOrNull);
        Optional<LegacyEncoding> encoding = byFont.isPresent() && !hasLettersNoCodeStandsFor(text)
                ? byFont
                : detect(text);
        return encoding.map(e -> e.decode(text, fontNameOrNull))
                .orElseGet(() -> Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Unicode-only text: a letter or combining mark that is no legacy byte form ("ư", "ạ", "ğ"). */
    static boolean hasLettersNoCodeStandsFor(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrMark = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            if (letterOrMark && LegacyCharts.byteOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalsFont(String fontName) {
        // Case-sensitive on purpose: the capitals fonts end in a capital H, while ".VnEnglish"
        // style names ending in a small h are ordinary fonts.
        return fontName != null && fontName.strip().endsWith("H");
    }

    private static String decodeTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int code = LegacyCharts.byteOf(c);
            String letter = LegacyCharts.TCVN3.get(code);
            out.append(letter != null ? letter : String.valueOf(LegacyCharts.unmapped(c, code)));
        }
        return out.toString();
    }

    /** Base letter and mark byte are looked up together, the longer sequence first. */
    private static String decodeVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int code = LegacyCharts.byteOf(c);
            String pair = i + 1 < text.length() ? vniPair(code, LegacyCharts.byteOf(text.charAt(i + 1))) : null;
            if (pair != null) {
                out.append(pair);
                i += 2;
                continue;
            }
            String single = code < 0 ? null : LegacyCharts.VNI.get(String.valueOf((char) code));
            out.append(single != null ? single : String.valueOf(LegacyCharts.unmapped(c, code)));
            i++;
        }
        return out.toString();
    }

    /**
     * A base letter followed by a mark. The mark's case normally follows the letter's, but text
     * typed with Caps Lock or retyped by hand mixes them ("Aù"); the mark means the same.
     */
    private static String vniPair(int base, int mark) {
        if (base < 0 || mark < 0xC0) {
            return null;
        }
        String letter = LegacyCharts.VNI.get("" + (char) base + (char) mark);
        if (letter == null && mark != 0xD7 && mark != 0xF7) {
            letter = LegacyCharts.VNI.get("" + (char) base + (char) (mark ^ 0x20));
        }
        return letter;
    }
}
