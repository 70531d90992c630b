package vn.vanban.units;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese names folded to plain ASCII, for look-ups a clerk can type and for file names. */
public final class UnitNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** The five tone marks, decomposed: grave, acute, tilde, hook above, dot below. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private UnitNames() {
    }

    /** "Thành phố Hồ Chí Minh" → "thanh pho ho chi minh"; "Ea H'Leo" → "ea hleo"; "ha_noi" → "ha noi". */
    public static String fold(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        ascii = APOSTROPHES.matcher(ascii).replaceAll("");
        return SEPARATORS.matcher(ascii).replaceAll(" ").strip();
    }

    /**
     * Whether two spellings are one name written with the tone mark on another vowel ("Hòa" and
     * "Hoà", "Thủy" and "Thuỷ", both in use). Any other difference in the
     * marks ("Trưởng" for "Trường", "Xuan" for "Xuân") is another word: a name a document prints
     * must not be that.
     */
    public static boolean sameSpelling(String a, String b) {
        return toneKey(a).equals(toneKey(b));
    }

    /** Each word as its letters without the tone mark, then the tone: where the mark sits no longer counts. */
    private static String toneKey(String text) {
        StringBuilder key = new StringBuilder();
        for (String word : WORDS.split(text.strip())) {
            StringBuilder letters = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : Normalizer.normalize(word, Normalizer.Form.NFD).toCharArray()) {
                (TONES.indexOf(c) >= 0 ? tones : letters).append(c);
            }
            key.append(Normalizer.normalize(letters, Normalizer.Form.NFC)).append('/').append(tones).append(' ');
        }
        return key.toString();
    }

    /** "Phường Ba Đình" → "phuong-ba-dinh": letters and digits without diacritics, hyphens between words. */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}
