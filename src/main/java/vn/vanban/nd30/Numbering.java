package vn.vanban.nd30;

/** Labels written as text, so that every part restarts its numbering and every reader shows the same. */
public final class Numbering {

    /** The Vietnamese alphabet as used for points: no f, j, w or z; đ after d. */
    public static final String[] LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"
    };

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Numbering() {
    }

    /** 1 → "I", 4 → "IV", 14 → "XIV". */
    public static String roman(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("no Roman numeral for " + n);
        }
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    /** 1 → "a", 5 → "đ", 7 → "g", 23 → "y"; beyond y the letters double: 24 → "aa". */
    public static String letter(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("no letter for " + n);
        }
        StringBuilder out = new StringBuilder();
        int rest = n;
        while (rest > 0) {
            rest--;
            out.insert(0, LETTERS[rest % LETTERS.length]);
            rest /= LETTERS.length;
        }
        return out.toString();
    }

    /** A number below 10 written with a leading zero, as the decree writes document numbers. */
    public static String documentNumber(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
