package vn.vanban.units;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese names folded to plain ASCII, for look-ups a clerk can type and for file names. */
public final class UnitNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");

    private UnitNames() {
    }

    /** "Thành phố Hồ Chí Minh" → "thanh pho ho chi minh"; "Ea H'Leo" → "ea hleo"; "ha_noi" → "ha noi". */
    public static String fold(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        ascii = APOSTROPHES.matcher(ascii).replaceAll("");
        return SEPARATORS.matcher(ascii).replaceAll(" ").strip();
    }

    /** "Phường Ba Đình" → "phuong-ba-dinh": letters and digits without diacritics, hyphens between words. */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}
