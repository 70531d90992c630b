package vn.vanban.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering clerks type in front of a paragraph (Phụ lục I, mục II.8): I., II. for parts;
 * 1., 2. and 1.1., 1.2. for items; a), b) for points; "-" and "+" for dash entries.
 */
final class Markers {

    enum Kind { PART, ITEM, POINT, DASH, PLUS }

    /** A marker found: its kind, depth (1 for "1.", 2 for "1.1."), and the text after it. */
    record Marker(Kind kind, int depth, String label, String rest) {
    }

    private static final Pattern PART = Pattern.compile("^([IVXLC]{1,6})\\s*\\.\\s*(\\S.*)$");
    /** "1. ", "12. "; the text after must start with a letter (not "3.5 triệu" or a date). */
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\s*\\.\\s+(\\S.*)$");
    /** "1.1. ", "1.3.Tăng", "2.1.3. "; the final dot may be left out before a space. */
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\.\\s*|\\s+)(\\p{L}.*)$");
    private static final Pattern POINT = Pattern.compile("^([a-zđ])\\s*\\)\\s*(\\S.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—•]\\s*(\\S.*)$");
    private static final Pattern PLUS = Pattern.compile("^\\+\\s*(\\S.*)$");

    private Markers() {
    }

    /** The marker at the start of a paragraph, or null for a paragraph without one. */
    static Marker of(String text) {
        Matcher m = SUB_ITEM.matcher(text);
        if (m.matches()) {
            String label = m.group(1);
            return new Marker(Kind.ITEM, label.split("\\.").length, label + ".", m.group(2));
        }
        m = ITEM.matcher(text);
        if (m.matches() && Character.isLetter(m.group(2).codePointAt(0))) {
            return new Marker(Kind.ITEM, 1, m.group(1) + ".", m.group(2));
        }
        m = PART.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.PART, 0, m.group(1) + ".", m.group(2));
        }
        m = POINT.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.POINT, 0, m.group(1) + ")", m.group(2));
        }
        m = DASH.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.DASH, 0, "-", m.group(1));
        }
        m = PLUS.matcher(text);
        if (m.matches()) {
            return new Marker(Kind.PLUS, 0, "+", m.group(1));
        }
        return null;
    }

    static boolean isPart(String text) {
        Marker marker = of(text);
        return marker != null && marker.kind() == Kind.PART;
    }
}
