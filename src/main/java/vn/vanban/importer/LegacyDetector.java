package vn.vanban.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells legacy-encoded text from Unicode text by its words. A word counts for an encoding when
 * it is not a Vietnamese syllable as written but is one once decoded ("ViÖt" → "Việt"), and
 * against it when decoding leaves no syllable ("Café" → "Cafộ"). Words that are Vietnamese
 * either way ("Céng", "hoà") prove nothing: most of Unicode Vietnamese outside Latin-1 is then
 * absent, and Latin-1 Vietnamese ("Cà phê") must never be read as legacy text.
 */
final class LegacyDetector {

    /** One convincing word is enough only if it is this long ("§iÒu"): "µ" alone is the micro sign. */
    private static final int SINGLE_WORD_MIN_LENGTH = 3;

    private LegacyDetector() {
    }

    static Optional<LegacyEncoding> detect(String text) {
        if (text == null || LegacyEncoding.hasUnicodeOnlyLetters(text)) {
            return Optional.empty();
        }
        List<String> words = wordsWithLegacyCodes(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        LegacyEncoding best = null;
        int bestMargin = 0;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            int margin = margin(encoding, words);
            if (margin > bestMargin) {
                best = encoding;
                bestMargin = margin;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How much more the words say for the encoding than against it; 0 when not convinced. */
    private static int margin(LegacyEncoding encoding, List<String> words) {
        int good = 0;
        int bad = 0;
        int longestGood = 0;
        for (String word : words) {
            boolean decodes = VietnameseSyllable.isValid(encoding.decode(word, null));
            if (!decodes) {
                bad++;
            } else if (!VietnameseSyllable.isValid(word)) {
                good++;
                longestGood = Math.max(longestGood, word.length());
            }
        }
        boolean convinced = good >= 2 && good > bad
                || good == 1 && bad == 0 && longestGood >= SINGLE_WORD_MIN_LENGTH;
        return convinced ? good - bad : 0;
    }

    /**
     * The words that hold a code above ASCII, each as the characters of its codes. Letters are
     * ASCII letters and every code from 0xA1 up (in TCVN3 even "§", "·" and the soft hyphen are
     * letters); spaces, ASCII punctuation and the Windows-1252 punctuation of 0x80–0x9F end a word.
     */
    private static List<String> wordsWithLegacyCodes(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean legacy = false;
        for (int i = 0; i <= text.length(); i++) {
            int code = i < text.length() ? LegacyCharts.byteOf(text.charAt(i)) : -1;
            boolean letter = code >= 0xA1 || code >= 'A' && code <= 'Z' || code >= 'a' && code <= 'z';
            if (letter) {
                word.append((char) code);
                legacy |= code >= 0xA1;
            } else {
                if (legacy) {
                    words.add(word.toString());
                }
                word.setLength(0);
                legacy = false;
            }
        }
        return words;
    }
}
