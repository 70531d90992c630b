package vn.vanban.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a value as YAML scalar text in a given style, or says it cannot: the editor then tries a
 * plainer style. Whatever is written here is also read back and compared by the editor. The
 * importer writes whole plans with the same three public methods.
 */
public final class ScalarWriter {

    /** Characters that may not start a plain scalar (YAML 1.2, c-indicator). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private ScalarWriter() {
    }

    /**
     * Whether the value can stand unquoted and be read back as the same text: nothing YAML would
     * take for structure (": ", " #", a leading "-" or other indicator), nothing it would take for
     * null, a boolean or a number, no line break, no white space at either end.
     */
    public static boolean plainSafe(String value, boolean inFlow) {
        if (value.isEmpty() || !YamlTree.plainReadsAsText(value)) {
            return false;
        }
        if (INDICATORS.indexOf(value.charAt(0)) >= 0 || value.startsWith("...")) {
            return false;
        }
        char last = value.charAt(value.length() - 1);
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(last) || last == ':') {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.contains(":\t") || value.contains("\t#")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || !printable(c)) {
                return false;
            }
            if (inFlow && (FLOW_INDICATORS.indexOf(c) >= 0 || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** The value quoted: double quotes, or single quotes when it holds a double quote or a backslash. */
    public static String quoted(String value) {
        boolean single = (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) && singleQuotable(value);
        return single ? singleQuoted(value) : doubleQuoted(value);
    }

    static String doubleQuoted(String value) {
        return "\"" + escapeDouble(value) + "\"";
    }

    /** Null when single quotes cannot hold the value (line breaks, control characters). */
    static String singleQuoted(String value) {
        return singleQuotable(value) ? "'" + value.replace("'", "''") + "'" : null;
    }

    private static boolean singleQuotable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || !printable(c)) {
                return false;
            }
        }
        return true;
    }

    static String escapeDouble(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (printable(c)) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A piece of a new value as it is written inside an existing scalar of this style, or null
     * when the style cannot hold it in place (a line break inside a folded scalar, say).
     *
     * @param lineIndent what starts a new content line of a literal scalar
     */
    static String piece(ScalarSource.Style style, String piece, String lineIndent, String lineBreak) {
        switch (style) {
            case DOUBLE_QUOTED:
                return escapeDouble(piece);
            case SINGLE_QUOTED:
                return singleQuotable(piece) ? piece.replace("'", "''") : null;
            case LITERAL:
                for (int i = 0; i < piece.length(); i++) {
                    char c = piece.charAt(i);
                    if (c == '\r' || (c != '\n' && c != '\t' && !printable(c))) {
                        return null;
                    }
                }
                return piece.replace("\n", lineBreak + lineIndent);
            default:
                for (int i = 0; i < piece.length(); i++) {
                    char c = piece.charAt(i);
                    if (c == '\n' || c == '\r' || (c != '\t' && !printable(c))) {
                        return null;
                    }
                }
                return piece;
        }
    }

    /**
     * The value as a block scalar: header (indicator and chomping) and content lines at the given
     * column, folded text wrapped to the width. Null when a block cannot say the value simply
     * (white space at the start, more than one final line break, control characters).
     */
    public static String block(boolean folded, String value, int column, int width, String lineBreak) {
        int bodyLength = ScalarSource.bodyLength(value);
        int finalBreaks = value.length() - bodyLength;
        String body = value.substring(0, bodyLength);
        if (body.isEmpty() || finalBreaks > 1 || Character.isWhitespace(body.charAt(0))) {
            return null;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r' || (c != '\n' && c != '\t' && !printable(c))) {
                return null;
            }
        }
        String indent = " ".repeat(column);
        StringBuilder out = new StringBuilder();
        out.append(folded ? '>' : '|').append(finalBreaks == 0 ? "-" : "");
        if (!folded) {
            for (String line : body.split("\n", -1)) {
                out.append(lineBreak);
                if (!line.isEmpty()) {
                    out.append(indent).append(line);
                }
            }
            return out.toString();
        }
        // Folded: a line feed in the value is an empty line; text between is wrapped at spaces.
        String[] paragraphs = body.split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            String paragraph = paragraphs[p];
            if (p > 0) {
                out.append(lineBreak);
            }
            if (paragraph.isEmpty()) {
                continue;
            }
            if (Character.isWhitespace(paragraph.charAt(0)) || Character.isWhitespace(paragraph.charAt(paragraph.length() - 1))) {
                return null;
            }
            for (String line : wrap(paragraph, Math.max(20, width - column))) {
                out.append(lineBreak).append(indent).append(line);
            }
        }
        return out.toString();
    }

    /**
     * A text after its lead ("key: ", "- ", "- key: ") written at a column, as a person writes it:
     * plain when it fits in the width and reads back as the same text, a folded block (two columns
     * in from its key) when it is long, quoted otherwise. One or more lines, without the last line break.
     */
    public static String afterLead(int column, String lead, String value, int width) {
        String start = " ".repeat(column) + lead;
        int startWidth = start.codePointCount(0, start.length());
        if (plainSafe(value, false) && startWidth + value.codePointCount(0, value.length()) <= width) {
            return start + value;
        }
        String stripped = lead.stripLeading();
        int keyColumn = lead.contains(": ") ? column + lead.length() - stripped.length() + (stripped.startsWith("- ") ? 2 : 0)
                : column;
        String block = block(true, value, keyColumn + 2, width, "\n");
        return start + (block != null ? block : quoted(value));
    }

    /** Greedy wrapping at single spaces; runs of spaces stay inside a line, so folding gives them back. */
    public static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        int lastBreak = -1;
        for (int i = 0; i < paragraph.length(); i++) {
            boolean single = paragraph.charAt(i) == ' '
                    && i > 0 && paragraph.charAt(i - 1) != ' '
                    && i + 1 < paragraph.length() && paragraph.charAt(i + 1) != ' ';
            if (single) {
                if (paragraph.codePointCount(lineStart, i) > width && lastBreak > lineStart) {
                    lines.add(paragraph.substring(lineStart, lastBreak));
                    lineStart = lastBreak + 1;
                }
                lastBreak = i;
            }
        }
        if (paragraph.codePointCount(lineStart, paragraph.length()) > width && lastBreak > lineStart) {
            lines.add(paragraph.substring(lineStart, lastBreak));
            lineStart = lastBreak + 1;
        }
        lines.add(paragraph.substring(lineStart));
        return lines;
    }

    /** A plain or quoted key. */
    static String key(String key) {
        return plainSafe(key, false) ? key : quoted(key);
    }

    private static boolean printable(char c) {
        return c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFEFF && c != 0xFFFE && c != 0xFFFF);
    }
}
