package vn.vanban.docx;

/**
 * A run's effective character formatting after document defaults, table style, paragraph style
 * chain, character style chain and direct formatting, with theme fonts and colours resolved.
 *
 * @param fonts the font of each of Word's four font slots
 * @param sizePt font size in points
 * @param color "auto" or six upper-case hex digits
 * @param underline the underline style ("single", "double", ...), or null when not underlined
 */
public record RunFormat(
        Fonts fonts,
        double sizePt,
        boolean bold,
        boolean italic,
        boolean caps,
        boolean smallCaps,
        String underline,
        boolean strike,
        boolean hidden,
        String color) {

    /**
     * The font names of the four slots. Word picks a slot by character: ASCII text uses ascii,
     * other Latin text (Vietnamese letters with diacritics) hAnsi, CJK eastAsia, complex scripts cs.
     */
    public record Fonts(String ascii, String hAnsi, String eastAsia, String cs) {

        /** The font Word uses for this character (ignoring w:hint and east-Asian language settings). */
        public String forChar(int codePoint) {
            if (codePoint < 0x80) {
                return ascii;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return switch (script) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> eastAsia;
                case ARABIC, HEBREW, THAI, SYRIAC, THAANA, DEVANAGARI -> cs;
                default -> hAnsi;
            };
        }
    }

    /** Black as the decree means it: Word's automatic colour or 000000. */
    public boolean black() {
        return "auto".equals(color) || "000000".equals(color);
    }
}
