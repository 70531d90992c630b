package vn.vanban.nd30;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label a clerk types in front of a paragraph, as {@link Numbering} writes them (Phụ lục I,
 * mục II.6): I., II. for the sections of a document without articles; 1., 2. and 1.1., 1.2. for
 * items; a), b), ... aa) for points; "-" and "+" for dash entries. Read leniently, as people type:
 * a space before the dot ("I ."), "1)" for "1.", a sub-item's last dot left out ("1.1 Tăng"), an en
 * dash, an em dash, another dash or a bullet for "-". The checker and the importer both read labels
 * here; {@link #typed} tells how a label was typed where that matters (a recipient's dash).
 *
 * @param depth 1 for "1.", 2 for "1.1.", ...; 0 for the other kinds
 * @param text the label as vanban writes it: "II.", "1.2.", "a)", "-", "+"
 * @param rest the paragraph's text after the label
 */
public record Label(Kind kind, int depth, String text, String rest) {

    public enum Kind {
        /** I., II., ... */
        SECTION,
        /** 1., 1.1., ... */
        ITEM,
        /** a), b), ... */
        POINT,
        /** "-" */
        DASH,
        /** "+" */
        PLUS
    }

    private static final Pattern SECTION = Pattern.compile("^([IVXLC]{1,6})\\s*\\.\\s*(\\S.*)$", Pattern.DOTALL);
    /**
     * "1. ", "12) ", "1.Tăng"; right after the dot a letter, after a space anything ("1. 100% số
     * hộ", "2. “Ngày hội ...”"), so that "3.5 triệu", "10.000 người" and dates are not items.
     */
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\s*[.)](?:\\s*(\\p{L}.*)|\\s+(\\S.*))$", Pattern.DOTALL);
    /**
     * "1.1. ", "1.3.Tăng", "2.1.3. ", "1.2. 50% số xã"; the last dot may be left out before a
     * capital ("1.1 Tăng"), not before a small letter: "3.5 triệu đồng" is a figure.
     */
    private static final Pattern SUB_ITEM = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\.\\s*(\\p{L}.*)|\\.\\s+(\\S.*)|\\s+(\\p{Lu}.*))$", Pattern.DOTALL);
    /** a) to y), then aa), ab), ... as Numbering continues past y. */
    private static final Pattern POINT = Pattern.compile("^([a-zđ]{1,2})\\s*\\)\\s*(\\S.*)$", Pattern.DOTALL);
    /** "-", the dashes Word and keyboards put for it (‐ ‑ ‒ – — −), a bullet or a star. */
    private static final Pattern DASH = Pattern.compile("^[-‐‑‒–—−•*]\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern PLUS = Pattern.compile("^\\+\\s*(\\S.*)$", Pattern.DOTALL);

    /** The label at the start of a paragraph, or null for a paragraph without one. */
    public static Label of(String paragraph) {
        String text = paragraph.strip();
        Matcher m = SUB_ITEM.matcher(text);
        if (m.matches()) {
            String label = m.group(1);
            return new Label(Kind.ITEM, label.split("\\.").length, label + ".", firstFound(m, 2, 3, 4));
        }
        m = ITEM.matcher(text);
        if (m.matches()) {
            return new Label(Kind.ITEM, 1, m.group(1) + ".", firstFound(m, 2, 3));
        }
        m = SECTION.matcher(text);
        if (m.matches()) {
            return new Label(Kind.SECTION, 0, m.group(1) + ".", m.group(2));
        }
        m = POINT.matcher(text);
        if (m.matches()) {
            return new Label(Kind.POINT, 0, m.group(1) + ")", m.group(2));
        }
        m = DASH.matcher(text);
        if (m.matches()) {
            return new Label(Kind.DASH, 0, "-", m.group(1));
        }
        m = PLUS.matcher(text);
        if (m.matches()) {
            return new Label(Kind.PLUS, 0, "+", m.group(1));
        }
        return null;
    }

    private static String firstFound(Matcher m, int... groups) {
        for (int group : groups) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        throw new IllegalStateException("no group matched");
    }

    /**
     * The label at the start of a paragraph as it was typed ("IV .", "đ )", "–", "1.1"), or null
     * for a paragraph without one. {@link #text} is the label as vanban writes it.
     */
    public static String typed(String paragraph) {
        Label label = of(paragraph);
        if (label == null) {
            return null;
        }
        String text = paragraph.strip();
        return text.substring(0, text.length() - label.rest().length()).strip();
    }

    /** True when the paragraph opens with a dash or a plus: an entry of a list that is not numbered. */
    public static boolean isDashEntry(String paragraph) {
        Label label = of(paragraph);
        return label != null && (label.kind() == Kind.DASH || label.kind() == Kind.PLUS);
    }

    /** The paragraph without the dash or plus it opens with ("Lưu: VT" of "- Lưu: VT"), stripped. */
    public static String withoutDash(String paragraph) {
        return isDashEntry(paragraph) ? of(paragraph).rest() : paragraph.strip();
    }

    /** True when the paragraph opens with a section label (I., II., ...). */
    public static boolean isSection(String paragraph) {
        Label label = of(paragraph);
        return label != null && label.kind() == Kind.SECTION;
    }

    /** The letter of a point label ("đ" for "đ)"), or null for another kind. */
    public String pointLetter() {
        return kind == Kind.POINT ? text.substring(0, text.length() - 1) : null;
    }
}
