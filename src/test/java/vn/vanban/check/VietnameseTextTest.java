package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.vanban.model.VietnameseNames;

/** The key lines are compared by: what it makes equal, and what it keeps apart. */
class VietnameseTextTest {

    @Test
    void dashesAreHyphensAndWhiteSpaceIsOneSpace() {
        assertEquals("NĂM 2021 - 2025", VietnameseText.key("năm 2021 – 2025"));
        assertEquals("NĂM 2021 - 2025", VietnameseText.key(" năm\t2021 —\n\r 2025 "));
        assertEquals("A - B - C - D", VietnameseText.key("a ‐ b ‑ c − d"));
    }

    @Test
    void theOldAndNewToneMarkPlacementAreOneKey() {
        assertEquals(VietnameseText.key("Thanh Hoá"), VietnameseText.key("Thanh Hóa"));
        assertEquals(VietnameseText.key("thuỷ lợi"), VietnameseText.key("thủy lợi"));
        assertEquals(VietnameseText.key("khoẻ"), VietnameseText.key("khỏe"));
        // Not in a closed syllable: "hoàn" is written one way only.
        assertEquals("HOÀN THÀNH", VietnameseText.key("hoàn thành"));
        assertNotEquals(VietnameseText.key("hoàn"), VietnameseText.key("hòan"));
    }

    @Test
    void aNonBreakingSpaceIsNotWhiteSpaceInsideButOtherSpacesAreStrippedAtTheEnds() {
        assertEquals("A\u00A0 B", VietnameseText.key("a\u00A0  b"));
        assertEquals("A\u2003B", VietnameseText.key("\u2003a\u2003b\u2003"));
    }

    /**
     * The oracle: dashes and white space as the two regular expressions the one pass replaced
     * made them, then the key, whose own pass leaves such text as it is.
     */
    private static String keyByRegularExpressions(String text) {
        String upper = VietnameseNames.upper(Normalizer.normalize(text, Normalizer.Form.NFC));
        upper = Pattern.compile("\\s+").matcher(Pattern.compile("[‐‑‒–—−]").matcher(upper).replaceAll("-"))
                .replaceAll(" ").strip();
        return VietnameseText.key(upper);
    }

    @Test
    void randomTextKeysAsTheRegularExpressionsDid() {
        String alphabet = "aoeuyhAOUYàáảãạòóỏõọùúủũụỳýỷỹỵ -‐‑‒–—−\t\n\u000B\f\r\u00A0\u2003đĐ.,;:0";
        Random random = new Random(30);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(keyByRegularExpressions(text.toString()), VietnameseText.key(text.toString()), "[" + text + "]");
        }
    }
}
