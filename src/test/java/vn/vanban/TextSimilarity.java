package vn.vanban;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level similarity of two texts: 2·LCS / (m + n) over their words, where a word is a run
 * of letters or digits, case-folded. Punctuation, white space, line breaks and the "|" and
 * "-----" separators of the seed text files do not count; the order of words does.
 */
public final class TextSimilarity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private TextSimilarity() {
    }

    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VIETNAMESE);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public static double ratio(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        return 2.0 * lcs(x, y) / (x.size() + y.size());
    }

    static int lcs(List<String> x, List<String> y) {
        int[] previous = new int[y.size() + 1];
        int[] current = new int[y.size() + 1];
        for (String word : x) {
            for (int j = 1; j <= y.size(); j++) {
                current[j] = word.equals(y.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.size()];
    }

    /**
     * Fails unless the words of {@code actual} follow those of {@code expected} with at least the given
     * ratio; the message names what was compared and the words each side lacks.
     */
    public static void assertSimilar(String what, String expected, String actual, double floor) {
        double ratio = ratio(expected, actual);
        if (ratio < floor) {
            throw new AssertionError(String.format("%s: word similarity %.4f < %.2f; missing: %s; not expected: %s",
                    what, ratio, floor, missing(expected, actual), missing(actual, expected)));
        }
    }

    /** The words of a that b lacks, in order: what a failing comparison prints. */
    public static List<String> missing(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        int[][] table = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                table[i][j] = x.get(i).equals(y.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        List<String> missing = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size()) {
            if (j < y.size() && x.get(i).equals(y.get(j))) {
                i++;
                j++;
            } else if (j < y.size() && table[i][j + 1] >= table[i + 1][j]) {
                j++;
            } else {
                missing.add(x.get(i) + "@" + i);
                i++;
            }
        }
        return missing;
    }
}
