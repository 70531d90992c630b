package vn.vanban.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/**
 * A YAML file's text with the arithmetic the editor needs: SnakeYAML counts positions in code
 * points, Java strings in UTF-16 chars, and reports speak of 1-based lines.
 */
final class SourceText {

    private final String text;
    /** Char offset of each code point index, or null when every code point is one char. */
    private final int[] charOffsets;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsets = null;
        } else {
            charOffsets = new int[codePoints + 1];
            int offset = 0;
            for (int i = 0; i < codePoints; i++) {
                charOffsets[i] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            charOffsets[codePoints] = offset;
        }
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int offset) {
        return text.charAt(offset);
    }

    /** The char offset of a SnakeYAML mark. */
    int offset(Mark mark) {
        int index = mark.getIndex();
        return charOffsets == null ? index : charOffsets[Math.min(index, charOffsets.length - 1)];
    }

    /** 1-based line of a char offset. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** Offset of the first char of a 1-based line. */
    int startOfLine(int line) {
        return lineStarts[Math.min(line, lineStarts.length) - 1];
    }

    /** Offset of the first char of the line holding this offset. */
    int lineStart(int offset) {
        return lineStarts[line(offset) - 1];
    }

    /** Offset of the line break (or the end of text) ending the line holding this offset. */
    int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        if (end < 0) {
            return text.length();
        }
        return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The text of a 1-based line without its line break. */
    String lineText(int line) {
        int start = lineStarts[line - 1];
        return text.substring(start, lineEnd(start));
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Column (0-based, in chars) of an offset within its line. */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** The line break the file uses, so inserted lines match it. */
    String lineBreak() {
        int end = text.indexOf('\n');
        return end > 0 && text.charAt(end - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The lines of a text, without their line breaks ("\n" or "\r\n"). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }
}
