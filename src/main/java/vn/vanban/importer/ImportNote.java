package vn.vanban.importer;

/**
 * Something the importer did not recognise or had to guess, for the clerk to look at.
 *
 * @param number the line (text file) or paragraph (.docx) it concerns; 0 for the document as a whole
 * @param text the paragraph's text, or null
 * @param message what was done with it, in Vietnamese
 */
public record ImportNote(int number, String text, String message) {

    private static final int FIRST_WORDS = 8;

    /** "dòng 12: không nhận ra ... : «Kính gửi các đơn vị…»". */
    public String format(Source.Kind kind) {
        StringBuilder out = new StringBuilder();
        if (number > 0) {
            out.append(kind.unit()).append(' ').append(number).append(": ");
        }
        out.append(message);
        if (text != null && !text.isBlank()) {
            out.append(": «").append(firstWords(text)).append('»');
        }
        return out.toString();
    }

    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= FIRST_WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, FIRST_WORDS)) + "…";
    }
}
