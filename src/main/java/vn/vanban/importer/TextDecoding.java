package vn.vanban.importer;

/**
 * The one door every piece of source text goes through: a run of a .docx with its font, a line
 * of a text file without one. Text typed in a legacy Vietnamese encoding comes out as Unicode.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    /** The text in Unicode NFC; legacy text is decoded when the font or the text itself says so. */
    static String toUnicode(String text, String fontOrNull) {
        return LegacyEncoding.toUnicode(text, fontOrNull);
    }
}
