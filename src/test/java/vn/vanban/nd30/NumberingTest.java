package vn.vanban.nd30;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void pointsFollowTheVietnameseAlphabetWithoutFJWZ() {
        List<String> letters = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            letters.add(Numbering.letter(i));
        }
        assertEquals(List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r",
                "s", "t", "u", "v", "x", "y"), letters);
        for (String forbidden : List.of("f", "j", "w", "z")) {
            assertFalse(letters.contains(forbidden));
        }
    }

    @Test
    void afterYTheLettersDouble() {
        assertEquals("aa", Numbering.letter(24));
        assertEquals("ab", Numbering.letter(25));
    }

    @Test
    void partsAreRomanNumerals() {
        assertEquals("I", Numbering.roman(1));
        assertEquals("IV", Numbering.roman(4));
        assertEquals("IX", Numbering.roman(9));
        assertEquals("XIV", Numbering.roman(14));
        assertThrows(IllegalArgumentException.class, () -> Numbering.roman(0));
    }

    @Test
    void documentNumbersBelowTenGetALeadingZero() {
        assertEquals("05", Numbering.documentNumber(5));
        assertEquals("10", Numbering.documentNumber(10));
        assertEquals("416", Numbering.documentNumber(416));
    }
}
