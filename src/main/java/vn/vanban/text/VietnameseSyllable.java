package vn.vanban.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is shaped like a Vietnamese syllable: an initial consonant spelled as the
 * vowel after it requires, a vowel nucleus Vietnamese has, a final consonant the nucleus takes,
 * one tone at most, on the vowel that carries it, and a stop final (p, t, c, ch) only with the
 * sắc or nặng tone. Detection of legacy text rests on it: "ViÖt" is no Vietnamese word, its
 * TCVN3 reading "Việt" is; "Café" is neither as written nor as read. An agency's name in capitals
 * rests on it too: "HĐND" and "UBND" are no syllables, so they are abbreviations and stay capitals.
 */
public final class VietnameseSyllable {

    /** No "p" alone: Vietnamese has it only in loanwords, and Norwegian "på" must not read "pồ". */
    private static final String INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnrstvx]";
    private static final String NUCLEI = String.join("|",
            "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
            "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y");
    private static final String FINALS = "ch|ng|nh|[cmnpt]";
    private static final Pattern SHAPE =
            Pattern.compile("(" + INITIALS + ")?(" + NUCLEI + ")(" + FINALS + ")?");

    /** Nuclei that never end a syllable ("tiên" but no "tiê", "xoong" but no "xoo"). */
    private static final Set<String> NEED_FINAL =
            Set.of("ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê", "oo");
    /** Nuclei that end in a glide, "ia", "ua", "ưa", "uơ" and a lone "y": nothing follows them. */
    private static final Set<String> NO_FINAL = Set.of("y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "uơ",
            "ưa", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi", "ươu");
    /** "nh" and "ch" end only these ("anh", "ếch", "tỉnh", "hoạch", "huỳnh"; no "ônh"). */
    private static final Set<String> BEFORE_NH_CH = Set.of("a", "ê", "i", "y", "oa", "uê", "uy");
    private static final Set<String> STOP_FINALS = Set.of("p", "t", "c", "ch");
    private static final String MODIFIED_VOWELS = "ăâêôơư";

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT = '\u0323';

    private VietnameseSyllable() {
    }

    public static boolean isValid(String word) {
        String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        StringBuilder toneless = new StringBuilder(lower.length());
        char tone = 0;
        int toneAt = -1;
        for (int i = 0; i < lower.length(); i++) {
            String decomposed = Normalizer.normalize(lower.substring(i, i + 1), Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder();
            for (char c : decomposed.toCharArray()) {
                if (c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT) {
                    if (tone != 0) {
                        return false;
                    }
                    tone = c;
                    toneAt = i;
                } else {
                    letter.append(c);
                }
            }
            String composed = Normalizer.normalize(letter, Normalizer.Form.NFC);
            if (composed.length() != 1) {
                return false;
            }
            toneless.append(composed);
        }
        Matcher shape = SHAPE.matcher(toneless);
        if (!shape.matches()) {
            return false;
        }
        String initial = shape.group(1) == null ? "" : shape.group(1);
        String nucleus = shape.group(2);
        String last = shape.group(3);
        if (!spelledRight(initial, nucleus)) {
            return false;
        }
        boolean finalFits = last == null
                ? !NEED_FINAL.contains(nucleus)
                : !NO_FINAL.contains(nucleus)
                        && (!last.equals("nh") && !last.equals("ch") || BEFORE_NH_CH.contains(nucleus))
                        && (!STOP_FINALS.contains(last) || tone == ACUTE || tone == DOT);
        return finalFits && (tone == 0 || toneSitsRight(nucleus, toneAt - shape.start(2), last != null));
    }

    /** k, gh, ngh before e, ê, i, y; c, g, ng before the other vowels ("kem", "cam", "nghe", "nga"). */
    private static boolean spelledRight(String initial, String nucleus) {
        boolean front = "eêiy".indexOf(nucleus.charAt(0)) >= 0;
        switch (initial) {
            case "k":
            case "gh":
            case "ngh":
                return front;
            case "c":
            case "ng":
                return !front;
            case "g":
                return !front || nucleus.charAt(0) == 'i';
            default:
                return true;
        }
    }

    /**
     * The tone sits on the vowel with a modifier (the last, in "ươ"); else on a lone vowel, on the
     * last vowel before a final, in the middle of three, on the first of two, except that "oa",
     * "oe", "uy" take it on either (the old "hòa" and the new "hoà").
     */
    private static boolean toneSitsRight(String nucleus, int at, boolean hasFinal) {
        int modified = -1;
        for (int i = 0; i < nucleus.length(); i++) {
            if (MODIFIED_VOWELS.indexOf(nucleus.charAt(i)) >= 0) {
                modified = i;
            }
        }
        if (modified >= 0) {
            return at == modified;
        }
        if (nucleus.length() == 1 || hasFinal) {
            return at == nucleus.length() - 1;
        }
        if (nucleus.length() == 3) {
            return at == 1;
        }
        return at == 0 || at == 1 && Set.of("oa", "oe", "uy").contains(nucleus);
    }
}
