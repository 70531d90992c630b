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

    /** How many letters must be added, removed or changed to turn one text into the other (Levenshtein). */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "Phường Ba Đình" → "phuong-ba-dinh": letters and digits without diacritics, hyphens between words. */
    public static String slug(String text) {
        return fold(text).replace(' ', '-');
    }
}
