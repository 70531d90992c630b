package vn.vanban.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;

/** The syllable shape that legacy detection rests on. */
class VietnameseSyllableTest {

    /** Loanwords the seeds write as in English. */
    private static final Set<String> LOANWORDS = Set.of("Facebook", "Internet", "internet", "Tiktok", "Youtube", "TTg");

    @Test
    void everyVietnameseWordOfTheSeedsIsASyllable() throws IOException {
        Set<String> rejected = new TreeSet<>();
        int words = 0;
        for (String name : Examples.SEEDS.keySet()) {
            for (String line : Files.readAllLines(Examples.seed(name))) {
                for (String word : line.split("[^\\p{L}\\p{M}]+")) {
                    // Abbreviations in capitals (UBND, HĐND, IV) and single letters (a), b)) are no syllables.
                    boolean abbreviation = word.length() < 2 || word.equals(word.toUpperCase(Locale.ROOT));
                    if (abbreviation || LOANWORDS.contains(word)) {
                        continue;
                    }
                    words++;
                    if (!VietnameseSyllable.isValid(word)) {
                        rejected.add(word);
                    }
                }
            }
        }
        assertEquals(Set.of(), rejected);
        assertTrue(words > 6000, words + " words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Việt", "nghĩa", "người", "khuỷu", "thuở", "quyết", "giữa", "gì", "già", "hòa", "hoà",
            "thủy", "thuỷ", "hoạch", "huỳnh", "tỉnh", "xoong", "ĐỘC", "LẬP", "ủy", "ở", "ý", "oải", "chuyện"})
    void syllables(String word) {
        assertTrue(VietnameseSyllable.isValid(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ViÖt", "Café", "héi", "tổnh", "tràum", "teỏ", "pồ", "tỹm", "bunnen", "hoạt̀",
            "tiê", "ăn̉", "àá", "mát̃", "bàt", "tiếc̣", "§", "", "UBND"})
    void notSyllables(String word) {
        assertFalse(VietnameseSyllable.isValid(word), word);
    }
}
