package vn.vanban.text;


/** Short pieces of plan text for a report line: whole words, white space folded, "…" where cut. */
public final class Excerpt {

    private static final int HEAD = 90;
    private static final int BEFORE = 45;
    private static final int AFTER = 25;

    private Excerpt() {
    }

    /** The start of a text, about one report line long. */
    public static String head(String text) {
        String folded = PlainText.normalize(text);
        if (folded.length() <= HEAD) {
            return folded;
        }
        int cut = folded.lastIndexOf(' ', HEAD);
        return folded.substring(0, cut > 0 ? cut : HEAD) + "…";
    }

    /** The end of a text, about one report line long: where a fix at its end shows. A short text is kept as it is. */
    public static String tail(String text) {
        if (text.length() <= HEAD) {
            return text;
        }
        String folded = PlainText.normalize(text);
        int cut = folded.indexOf(' ', folded.length() - HEAD);
        return "…" + folded.substring(cut > 0 ? cut + 1 : folded.length() - HEAD);
    }

    /** The words around [start, end) of a text. */
    public static String around(String text, int start, int end) {
        int from = Math.max(0, start - BEFORE);
        int to = Math.min(text.length(), end + AFTER);
        if (from > 0) {
            int space = indexOfSpace(text, from, start);
            from = space >= 0 ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = lastIndexOfSpace(text, end, to);
            to = space >= 0 ? space : to;
        }
        return (from > 0 ? "…" : "") + PlainText.normalize(text.substring(from, to)) + (to < text.length() ? "…" : "");
    }

    private static int indexOfSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfSpace(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A changed line shown around what changed, so that "old → new" fits on a terminal line. */
    public static String[] changedLine(String before, String after, int width) {
        String a = before.strip();
        String b = after.strip();
        if (a.length() <= width && b.length() <= width) {
            return new String[] {a, b};
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return new String[] {
            around(a, prefix, a.length() - suffix),
            around(b, prefix, b.length() - suffix)
        };
    }
}
