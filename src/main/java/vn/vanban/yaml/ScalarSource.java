package vn.vanban.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where a scalar is written and how: its style, the span of its text, and, when the editor can
 * follow it, which source characters gave each character of its value. With that map a change of
 * one word touches only that word's characters, and the line wrapping around it stays.
 *
 * <p>The map is rebuilt here from the YAML rules for each style and trusted only when it gives
 * back exactly the value SnakeYAML read; otherwise {@link #mapping} is null and the editor
 * rewrites the scalar as a whole.
 *
 * @param start first char of the scalar itself, after any anchor or tag
 * @param end end of the scalar's text: after the closing quote, or the last char of the last content line
 * @param chomping block scalars: '-' (strip), '+' (keep) or 0 (clip)
 * @param explicitIndent block scalars: whether the header has an indentation indicator
 * @param headerEnd block scalars: offset just after the header's indicators, where a chomping indicator goes
 * @param indent block scalars: column of the content lines, or -1 when there is no content line
 * @param width block scalars: column after the longest content line; the width re-wrapped text keeps to
 */
record ScalarSource(Style style, int start, int end, String value, Mapping mapping, char chomping,
        boolean explicitIndent, int headerEnd, int indent, int width) {

    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    /** Value character i came from source chars [from[i], to[i]). */
    record Mapping(int[] from, int[] to) {
    }

    static ScalarSource read(SourceText source, ScalarNode node) {
        String text = source.text();
        int start = skipProperties(text, source.offset(node.getStartMark()));
        int markEnd = Math.min(source.offset(node.getEndMark()), text.length());
        Style style = style(node.getScalarStyle());
        String value = node.getValue();
        if (style == Style.LITERAL || style == Style.FOLDED) {
            return readBlock(source, style, start, markEnd, value);
        }
        Builder builder = new Builder();
        boolean ok = switch (style) {
            case PLAIN -> builder.plain(text, start, markEnd);
            case SINGLE_QUOTED -> builder.quoted(text, start + 1, markEnd - 1, false);
            default -> builder.quoted(text, start + 1, markEnd - 1, true);
        };
        Mapping mapping = ok && builder.value.toString().equals(value) ? builder.mapping() : null;
        return new ScalarSource(style, start, markEnd, value, mapping, (char) 0, false, -1, -1, -1);
    }

    boolean isBlock() {
        return style == Style.LITERAL || style == Style.FOLDED;
    }

    /** The value without the line breaks a block scalar's chomping adds at the end. */
    String body() {
        return value.substring(0, bodyLength(value));
    }

    static int bodyLength(String value) {
        int length = value.length();
        while (length > 0 && value.charAt(length - 1) == '\n') {
            length--;
        }
        return length;
    }

    private static Style style(DumperOptions.ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> Style.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> Style.DOUBLE_QUOTED;
            case LITERAL -> Style.LITERAL;
            case FOLDED -> Style.FOLDED;
            default -> Style.PLAIN;
        };
    }

    /** SnakeYAML's start mark includes an anchor (&a) or a tag (!!str); the text starts after them. */
    static int skipProperties(String text, int offset) {
        int p = offset;
        while (p < text.length() && (text.charAt(p) == '&' || text.charAt(p) == '!')) {
            while (p < text.length() && !Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
        }
        return p;
    }

    private static ScalarSource readBlock(SourceText source, Style style, int start, int markEnd, String value) {
        String text = source.text();
        int p = start + 1;
        char chomping = 0;
        boolean explicitIndent = false;
        while (p < text.length()) {
            char c = text.charAt(p);
            if (c == '-' || c == '+') {
                chomping = c;
            } else if (c >= '1' && c <= '9') {
                explicitIndent = true;
            } else {
                break;
            }
            p++;
        }
        int headerEnd = p;
        int lineEnd = text.indexOf('\n', p);
        int contentStart = lineEnd < 0 ? text.length() : lineEnd + 1;
        // Content lines run up to SnakeYAML's end mark, which also takes in trailing empty lines.
        int indent = -1;
        int lastContentEnd = -1;
        int width = 0;
        for (int line = contentStart; line < markEnd; ) {
            int next = text.indexOf('\n', line);
            int stop = next < 0 || next >= markEnd ? markEnd : next;
            int contentEnd = stop > line && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            int spaces = 0;
            while (line + spaces < contentEnd && text.charAt(line + spaces) == ' ') {
                spaces++;
            }
            if (line + spaces < contentEnd) {
                if (indent < 0) {
                    indent = spaces;
                }
                lastContentEnd = contentEnd;
                width = Math.max(width, text.codePointCount(line, contentEnd));
            }
            if (next < 0 || next >= markEnd) {
                break;
            }
            line = next + 1;
        }
        int end = lastContentEnd >= 0 ? lastContentEnd : headerEnd;
        Mapping mapping = null;
        if (!explicitIndent && indent >= 0) {
            Builder builder = new Builder();
            if (builder.block(text, contentStart, end, indent, style == Style.FOLDED)) {
                String body = builder.value.toString();
                if (body.equals(value.substring(0, bodyLength(value))) && body.length() == bodyLength(value)) {
                    mapping = builder.mapping();
                }
            }
        }
        return new ScalarSource(style, start, end, value, mapping, chomping, explicitIndent, headerEnd, indent, width);
    }

    /** Builds a value and its map from source, style by style, following YAML 1.2 chapters 7 and 8. */
    private static final class Builder {
        final StringBuilder value = new StringBuilder();
        private int[] from = new int[64];
        private int[] to = new int[64];

        void add(char c, int sourceFrom, int sourceTo) {
            if (value.length() == from.length) {
                from = java.util.Arrays.copyOf(from, from.length * 2);
                to = java.util.Arrays.copyOf(to, to.length * 2);
            }
            from[value.length()] = sourceFrom;
            to[value.length()] = sourceTo;
            value.append(c);
        }

        Mapping mapping() {
            return new Mapping(java.util.Arrays.copyOf(from, value.length()), java.util.Arrays.copyOf(to, value.length()));
        }

        boolean plain(String text, int start, int end) {
            int p = start;
            while (p < end) {
                char c = text.charAt(p);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    p = whiteSpace(text, p, end);
                    continue;
                }
                add(c, p, p + 1);
                p++;
            }
            return true;
        }

        /** White space inside a flow scalar: kept as is, or folded when a line break ends it. */
        private int whiteSpace(String text, int p, int end) {
            int run = p;
            while (run < end && (text.charAt(run) == ' ' || text.charAt(run) == '\t')) {
                run++;
            }
            if (run < end && (text.charAt(run) == '\r' || text.charAt(run) == '\n')) {
                return fold(text, p, run, end);
            }
            for (int i = p; i < run; i++) {
                add(text.charAt(i), i, i + 1);
            }
            return run;
        }

        /**
         * A line break inside a flow scalar, with the white space around it: one space, or one
         * line feed per empty line that follows. Returns where the next line's text starts.
         */
        private int fold(String text, int spanStart, int lineBreak, int end) {
            int p = skipBreak(text, lineBreak);
            int emptyLines = 0;
            while (true) {
                int q = p;
                while (q < end && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                    q++;
                }
                if (q < end && (text.charAt(q) == '\r' || text.charAt(q) == '\n')) {
                    emptyLines++;
                    p = skipBreak(text, q);
                    continue;
                }
                p = q;
                break;
            }
            if (emptyLines == 0) {
                add(' ', spanStart, p);
            } else {
                for (int i = 0; i < emptyLines; i++) {
                    add('\n', spanStart, p);
                }
            }
            return p;
        }

        private static int skipBreak(String text, int p) {
            if (text.charAt(p) == '\r' && p + 1 < text.length() && text.charAt(p + 1) == '\n') {
                return p + 2;
            }
            return p + 1;
        }

        boolean quoted(String text, int start, int end, boolean escapes) {
            int p = start;
            while (p < end) {
                char c = text.charAt(p);
                if (!escapes && c == '\'' && p + 1 < end && text.charAt(p + 1) == '\'') {
                    add('\'', p, p + 2);
                    p += 2;
                } else if (escapes && c == '\\') {
                    if (p + 1 >= end) {
                        return false;
                    }
                    char e = text.charAt(p + 1);
                    if (e == '\r' || e == '\n') {
                        // An escaped line break joins the lines; the next line's indentation goes too.
                        int q = skipBreak(text, p + 1);
                        while (q < end && (text.charAt(q) == ' ' || text.charAt(q) == '\t')) {
                            q++;
                        }
                        if (q < end && (text.charAt(q) == '\r' || text.charAt(q) == '\n')) {
                            return false;
                        }
                        p = q;
                        continue;
                    }
                    int length = escapeLength(e);
                    if (length == 0 || p + length > end) {
                        return false;
                    }
                    String decoded = decode(text.substring(p, p + length));
                    if (decoded == null) {
                        return false;
                    }
                    for (int i = 0; i < decoded.length(); i++) {
                        add(decoded.charAt(i), p, p + length);
                    }
                    p += length;
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    p = whiteSpace(text, p, end);
                } else {
                    add(c, p, p + 1);
                    p++;
                }
            }
            return true;
        }

        private static int escapeLength(char e) {
            return switch (e) {
                case 'x' -> 4;
                case 'u' -> 6;
                case 'U' -> 10;
                case '0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', '/', '\\', 'N', '_', 'L', 'P' -> 2;
                default -> 0;
            };
        }

        private static String decode(String escape) {
            char e = escape.charAt(1);
            switch (e) {
                case 'x', 'u', 'U':
                    try {
                        return new String(Character.toChars(Integer.parseInt(escape.substring(2), 16)));
                    } catch (IllegalArgumentException ex) {
                        return null;
                    }
                case '0': return "\0";
                case 'a': return "\u0007";
                case 'b': return "\b";
                case 't', '\t': return "\t";
                case 'n': return "\n";
                case 'v': return "\u000B";
                case 'f': return "\f";
                case 'r': return "\r";
                case 'e': return "\u001B";
                case 'N': return "\u0085";
                case '_': return "\u00A0";
                case 'L': return "\u2028";
                case 'P': return "\u2029";
                default: return String.valueOf(e);
            }
        }

        /**
         * The body of a block scalar (value without its final line breaks): content lines from
         * contentStart to end (the end of the last non-empty line), each less its indentation.
         */
        boolean block(String text, int contentStart, int end, int indent, boolean folded) {
            int p = contentStart;
            boolean first = true;
            boolean previousMoreIndented = false;
            int breakFrom = -1;
            int emptyLines = 0;
            while (p <= end) {
                int next = text.indexOf('\n', p);
                int stop = next < 0 || next > end ? end : next;
                int lineEnd = stop > p && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
                int spaces = 0;
                while (p + spaces < lineEnd && spaces < indent && text.charAt(p + spaces) == ' ') {
                    spaces++;
                }
                int contentFrom = p + spaces;
                boolean empty = contentFrom >= lineEnd;
                if (empty) {
                    if (spaces < indent || lineEnd == contentFrom) {
                        emptyLines++;
                    }
                } else {
                    if (spaces < indent) {
                        return false;
                    }
                    boolean moreIndented = text.charAt(contentFrom) == ' ' || text.charAt(contentFrom) == '\t';
                    if (first) {
                        for (int i = 0; i < emptyLines; i++) {
                            add('\n', contentStart, contentFrom);
                        }
                    } else if (folded && !moreIndented && !previousMoreIndented) {
                        if (emptyLines == 0) {
                            add(' ', breakFrom, contentFrom);
                        } else {
                            for (int i = 0; i < emptyLines; i++) {
                                add('\n', breakFrom, contentFrom);
                            }
                        }
                    } else {
                        for (int i = 0; i <= emptyLines; i++) {
                            add('\n', breakFrom, contentFrom);
                        }
                    }
                    for (int i = contentFrom; i < lineEnd; i++) {
                        add(text.charAt(i), i, i + 1);
                    }
                    first = false;
                    previousMoreIndented = moreIndented;
                    emptyLines = 0;
                    breakFrom = lineEnd;
                }
                if (next < 0 || next >= end) {
                    break;
                }
                p = next + 1;
            }
            return !first;
        }
    }
}
