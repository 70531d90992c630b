package vn.vanban.model;

import java.util.List;
import java.util.Locale;

/**
 * Turns the upper-case lines of a header into the forms used in running text: "XÃ CẨM NGỌC"
 * becomes "xã Cẩm Ngọc", [ỦY BAN NHÂN DÂN, TỈNH HẢI DƯƠNG] becomes "Ủy ban nhân dân tỉnh Hải Dương".
 */
public final class VietnameseNames {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Administrative unit words, longest first, written lower case before a proper name. */
    private static final List<String> UNIT_TYPES = List.of(
            "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã");

    private VietnameseNames() {
    }

    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    public static String lower(String text) {
        return text.toLowerCase(VIETNAMESE);
    }

    /** "XÃ CẨM NGỌC" → "xã Cẩm Ngọc"; a line without a unit word gets its words capitalised. */
    public static String territoryOf(String line) {
        String lowered = lower(line.strip());
        for (String unitType : UNIT_TYPES) {
            if (lowered.startsWith(unitType + " ")) {
                return unitType + " " + capitalizeWords(lowered.substring(unitType.length() + 1));
            }
        }
        return capitalizeWords(lowered);
    }

    /** The unit word a territory starts with: "tỉnh" of "tỉnh Hải Dương", "đặc khu" of "Đặc khu Phú Quốc"; null if none. */
    public static String unitTypeOf(String territory) {
        String lowered = lower(territory.strip());
        for (String unitType : UNIT_TYPES) {
            if (lowered.startsWith(unitType + " ")) {
                return unitType;
            }
        }
        return null;
    }

    /** [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC] → "Ủy ban nhân dân xã Cẩm Ngọc". */
    public static String bodyNameOf(List<String> nameLines) {
        if (nameLines.size() == 1) {
            return sentenceCase(nameLines.get(0));
        }
        String body = sentenceCase(String.join(" ", nameLines.subList(0, nameLines.size() - 1)));
        return body + " " + territoryOf(nameLines.get(nameLines.size() - 1));
    }

    /** "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân". */
    public static String sentenceCase(String text) {
        String lowered = lower(text.strip());
        return lowered.isEmpty() ? lowered : upperFirst(lowered);
    }

    /** Upper-cases the first letter and leaves the rest as it is. */
    public static String upperFirst(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        int width = Character.charCount(first);
        return upper(text.substring(0, width)) + text.substring(width);
    }

    /** Lower-cases the first letter when the second is lower case too (so "HIV/AIDS" stays). */
    public static String lowerFirst(String text) {
        if (text.length() < 2 || !Character.isLowerCase(text.codePointAt(text.offsetByCodePoints(0, 1)))) {
            return text;
        }
        int width = Character.charCount(text.codePointAt(0));
        return lower(text.substring(0, width)) + text.substring(width);
    }

    private static String capitalizeWords(String lowered) {
        StringBuilder out = new StringBuilder(lowered.length());
        boolean startOfWord = true;
        for (int i = 0; i < lowered.length(); ) {
            int cp = lowered.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            out.append(startOfWord && Character.isLetter(cp) ? upper(ch) : ch);
            startOfWord = Character.isWhitespace(cp) || cp == '-' || cp == '(';
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
