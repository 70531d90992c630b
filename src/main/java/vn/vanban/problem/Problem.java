package vn.vanban.problem;

import java.util.Comparator;

/**
 * Something wrong with an input file, where it is and what was expected, in Vietnamese.
 *
 * @param line 1-based; 0 when the problem concerns the file as a whole
 * @param column 1-based; 0 when unknown
 */
public record Problem(String source, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> BY_POSITION =
            Comparator.comparing(Problem::source).thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    public static Problem error(String source, int line, int column, String message) {
        return new Problem(source, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String source, int line, int column, String message) {
        return new Problem(source, line, column, Severity.WARNING, message);
    }

    public static Problem ofFile(String source, String message) {
        return error(source, 0, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "file:line:col: message", the form editors and terminals link to the place. */
    public String format() {
        String where = line > 0 ? source + ":" + line + ":" + Math.max(column, 1) : source;
        return where + ": " + (severity == Severity.WARNING ? "cảnh báo: " : "") + message;
    }
}
