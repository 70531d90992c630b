package vn.vanban.derive;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text folded for comparing Vietnamese names and phrases, and where each folded character came
 * from. Folding lower-cases, writes the tone of an open "oa", "oe", "uy" syllable one way
 * ("Uỷ ban", "hoà" read as "ủy ban", "hòa"), turns any run of white space into one space and drops
 * the spaces around a dash ("Lao động-Thương binh" and "Lao động - Thương binh" agree). The input
 * is expected in NFC, as vanban reads all text.
 */
final class FoldedText {

    private static final String OLD_A_E = "àáảãạèéẻẽẹ";
    private static final String NEW_O = "òóỏõọòóỏõọ";
    private static final String PLAIN_A_E = "aaaaaeeeee";
    private static final String OLD_Y = "ỳýỷỹỵ";
    private static final String NEW_U = "ùúủũụ";

    private final String original;
    private final String folded;
    /** origin[i]: index in the original of folded char i. */
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c)) {
                int run = i;
                while (run < original.length() && Character.isWhitespace(original.charAt(run))) {
                    run++;
                }
                boolean beforeDash = run < original.length() && isDash(original.charAt(run));
                boolean afterDash = out.length() > 0 && out.charAt(out.length() - 1) == '-';
                if (!beforeDash && !afterDash) {
                    origin[out.length()] = i;
                    out.append(' ');
                }
                i = run;
                continue;
            }
            char lower = isDash(c) ? '-' : Character.toLowerCase(c);
            boolean syllableEnds = i + 1 >= original.length() || !Character.isLetter(original.charAt(i + 1));
            int last = out.length() - 1;
            if (syllableEnds && last >= 0 && out.charAt(last) == 'o' && OLD_A_E.indexOf(lower) >= 0) {
                int k = OLD_A_E.indexOf(lower);
                out.setCharAt(last, NEW_O.charAt(k));
                lower = PLAIN_A_E.charAt(k);
            } else if (syllableEnds && last >= 0 && out.charAt(last) == 'u' && OLD_Y.indexOf(lower) >= 0) {
                out.setCharAt(last, NEW_U.charAt(OLD_Y.indexOf(lower)));
                lower = 'y';
            }
            origin[out.length()] = i;
            out.append(lower);
            i++;
        }
        origin[out.length()] = original.length();
        return new FoldedText(original, out.toString(), Arrays.copyOf(origin, out.length() + 1));
    }

    /** The folded form of a phrase, for comparing with {@link #text()}. */
    static String fold(String phrase) {
        return of(Normalizer.normalize(phrase, Normalizer.Form.NFC).strip()).folded;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    String original() {
        return original;
    }

    String text() {
        return folded;
    }

    /** The original index where folded char i starts. */
    int start(int i) {
        return origin[i];
    }

    /** The folded index of the first folded char that comes from this original index or a later one. */
    int at(int originalIndex) {
        int low = 0;
        int high = origin.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (origin[middle] < originalIndex) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The original index just after folded chars [.., end). */
    int end(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }

    /** Whether folded [from, to) is a whole phrase: no letter or digit runs on at either side. */
    boolean wholeWords(int from, int to) {
        return (from == 0 || !Character.isLetterOrDigit(folded.charAt(from - 1)))
                && (to >= folded.length() || !Character.isLetterOrDigit(folded.charAt(to)));
    }
}
