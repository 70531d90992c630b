package vn.vanban.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is shaped like a Vietnamese syllable: an initial consonant, a vowel nucleus
 * Vietnamese has, a final consonant, at most one tone, and a stop final (p, t, c, ch) only with
 * the sắc or nặng tone. Detection of legacy text rests on it: "ViÖt" is no Vietnamese word, its
 * TCVN3 reading "Việt" is; "Café" is neither as written nor as read.
 */
final class VietnameseSyllable {

    private static final String INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]";
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
    private static final Set<String> STOP_FINALS = Set.of("p", "t", "c", "ch");

    private static final char GRAVE = '\u0300';
    private static final char ACUTE = '\u0301';
    private static final char TILDE = '\u0303';
    private static final char HOOK = '\u0309';
    private static final char DOT = '\u0323';

    private VietnameseSyllable() {
    }

    static boolean isValid(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        char tone = 0;
        StringBuilder toneless = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == GRAVE || c == ACUTE || c == TILDE || c == HOOK || c == DOT) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                toneless.append(c);
            }
        }
        Matcher shape = SHAPE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC));
        if (!shape.matches()) {
            return false;
        }
        String last = shape.group(3);
        if (last == null) {
            return !NEED_FINAL.contains(shape.group(2));
        }
        return !STOP_FINALS.contains(last) || tone == ACUTE || tone == DOT;
    }
}
