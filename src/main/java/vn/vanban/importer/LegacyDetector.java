package vn.vanban.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vanban.text.VietnameseSyllable;

/**
 * Tells legacy-encoded text from Unicode text by its words. A word with codes above ASCII counts
 * for an encoding when it is not a Vietnamese syllable as written but is one once decoded
 * ("ViÖt" → "Việt"), and against it when decoding leaves no syllable ("Café" → "Cafộ"). Words
 * that are Vietnamese either way ("Céng", "hoà") prove nothing, so Latin-1 Vietnamese
 * ("Cà phê") is never read as legacy text. Lower-case ASCII words that are no Vietnamese syllable
 * ("for", "til") say the text is in another language: Norwegian "for å gå" reads as "ồ gồ".
 */
final class LegacyDetector {

    /** One convincing word is enough only if it is this long ("§iÒu"): "µ" alone is the micro sign. */
    private static final int SINGLE_WORD_MIN_LENGTH = 3;

    private record Word(String codes, boolean legacy) {
    }

    private LegacyDetector() {
    }

    static Optional<LegacyEncoding> detect(String text) {
        if (text == null || LegacyEncoding.hasLettersNoCodeStandsFor(text)) {
            return Optional.empty();
        }
        List<Word> words = words(text);
        int foreign = 0;
        for (Word word : words) {
            if (!word.legacy() && isForeign(word.codes())) {
                foreign++;
            }
        }
        int tcvn3 = margin(LegacyEncoding.TCVN3, words, foreign);
        int vni = margin(LegacyEncoding.VNI, words, foreign);
        // Equal evidence both ways (a lone "Löu" reads "Lưu" in VNI and "Lửu" in TCVN3): no guess.
        if (tcvn3 == vni) {
            return Optional.empty();
        }
        return Optional.of(tcvn3 > vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI);
    }

    /** How much more the words say for the encoding than against it; 0 when not convinced. */
    private static int margin(LegacyEncoding encoding, List<Word> words, int foreign) {
        int good = 0;
        int bad = 0;
        int longestGood = 0;
        for (Word word : words) {
            if (!word.legacy()) {
                continue;
            }
            if (!VietnameseSyllable.isValid(encoding.decode(word.codes(), null))) {
                bad++;
            } else if (word.codes().length() > 1 && !VietnameseSyllable.isValid(word.codes())) {
                good++;
                longestGood = Math.max(longestGood, word.codes().length());
            }
        }
        // A foreign word weighs double: two short words reading as "ồ gồ" do not outweigh "kan".
        int against = bad + 2 * foreign;
        boolean convinced = good >= 2 && good > against
                || good == 1 && against == 0 && longestGood >= SINGLE_WORD_MIN_LENGTH;
        return convinced ? good - against : 0;
    }

    /** Abbreviations in capitals ("UBND", "VT") are common in Vietnamese; they do not count. */
    private static boolean isForeign(String asciiWord) {
        return asciiWord.length() >= 2
                && !asciiWord.equals(asciiWord.toUpperCase(Locale.ROOT))
                && !VietnameseSyllable.isValid(asciiWord);
    }

    /**
     * The words of the text, each as the characters of its codes. Letters are ASCII letters and
     * every code from 0xA1 up (in TCVN3 even "§", "·" and the soft hyphen are letters); spaces,
     * digits, ASCII punctuation and the Windows-1252 punctuation of 0x80–0x9F end a word.
     */
    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean legacy = false;
        for (int i = 0; i <= text.length(); i++) {
            int code = i < text.length() ? LegacyCharts.byteOf(text.charAt(i)) : -1;
            boolean letter = code >= 0xA1 || code >= 'A' && code <= 'Z' || code >= 'a' && code <= 'z';
            if (letter) {
                word.append((char) code);
                legacy |= code >= 0xA1;
            } else {
                if (word.length() > 0) {
                    words.add(new Word(word.toString(), legacy));
                }
                word.setLength(0);
                legacy = false;
            }
        }
        return words;
    }
}
