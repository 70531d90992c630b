package vn.vanban.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.vanban.text.VietnameseSyllable;

/**
 * Turns the upper-case lines of a header into the forms used in running text: "XÃ CẨM NGỌC"
 * becomes "xã Cẩm Ngọc", [ỦY BAN NHÂN DÂN, TỈNH HẢI DƯƠNG] becomes "Ủy ban nhân dân tỉnh Hải Dương".
 */
public final class VietnameseNames {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Administrative unit words, longest first, written lower case before a proper name. */
    private static final List<String> UNIT_TYPES = List.of(
            "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã");

    /**
     * The words that name a kind of agency, longest first, before the words that name its field:
     * Phụ lục II (mục II.3) capitalises the kind's first letter and the first syllable of each group
     * of words naming the field ("Sở Văn hóa, Thể thao và Du lịch").
     */
    private static final List<String> AGENCY_TYPES = List.of(
            "ủy ban nhân dân", "hội đồng nhân dân", "bộ chỉ huy", "văn phòng", "trung tâm", "chi cục",
            "thanh tra", "bệnh viện", "công an", "tổng cục", "sở", "phòng", "ban", "cục", "viện", "đài");

    /** The word after a unit word that makes a common noun, not a place: "xã hội", "tỉnh ủy", "huyện đội". */
    private static final Set<String> NOT_A_PLACE = Set.of("hội", "ủy", "đoàn", "đội");
    /** A common noun that ends with a unit word: the name after it is the body's, not a place's. */
    private static final String COOPERATIVE = "hợp tác xã ";

    /** A name that starts with a number: "9", "12", "2 Bảo Lộc". */
    private static final Pattern NUMBER_FIRST = Pattern.compile("^\\d+(\\s|$)");

    private VietnameseNames() {
    }

    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    public static String lower(String text) {
        return text.toLowerCase(VIETNAMESE);
    }

    /**
     * "XÃ CẨM NGỌC" → "xã Cẩm Ngọc", "PHƯỜNG 2 BẢO LỘC" → "Phường 2 Bảo Lộc" (see {@link #territory});
     * a line without a unit word gets its words capitalised.
     */
    public static String territoryOf(String line) {
        String lowered = lower(line.strip());
        for (String unitType : UNIT_TYPES) {
            if (lowered.startsWith(unitType + " ")) {
                return territory(unitType, capitalizeWords(lowered.substring(unitType.length() + 1)));
            }
        }
        return capitalizeWords(lowered);
    }

    /** "phường Ba Đình"; "Phường 9", "Phường 2 Bảo Lộc" for a name built from a number (see {@link #namedWithNumber}). */
    public static String territory(String unitType, String properName) {
        String text = unitType + " " + properName;
        return namedWithNumber(properName) ? upperFirst(text) : text;
    }

    /** The place name before the date: "Ba Đình"; the full name "Phường 9" for a name built from a number. */
    public static String placeName(String unitType, String properName) {
        return namedWithNumber(properName) ? territory(unitType, properName) : properName;
    }

    /**
     * A name built from a number: "9", "12", "2 Bảo Lộc" (the ward that was Phường 2 of Bảo Lộc).
     * Phụ lục II (mục III.1.b) writes the unit word of such a name with a capital ("Quận 1"), and
     * Phụ lục I (mục II.4.a) puts the full name in the place name: a bare "9, ngày ..." names
     * nothing. A proper name with a number after it ("Mỹ Đình 1", "Đam Rông 1") reads as a place
     * on its own and is written as other names are.
     */
    public static boolean namedWithNumber(String properName) {
        return NUMBER_FIRST.matcher(properName).find();
    }

    /**
     * The area a line of a header names at its end, in running text: "UBND TỈNH LÂM ĐỒNG" → "tỉnh
     * Lâm Đồng", "TRUNG TÂM Y TẾ HUYỆN GIA VIỄN" → "huyện Gia Viễn"; empty for "SỞ Y TẾ" and for
     * "PHÒNG VĂN HÓA - XÃ HỘI", whose "xã" starts a common noun.
     */
    public static Optional<String> areaIn(String line) {
        String lowered = lower(line.strip());
        int start = areaStart(lowered);
        return start < 0 ? Optional.empty() : Optional.of(territoryOf(lowered.substring(start)));
    }

    /**
     * An agency's name as a sentence writes it (Phụ lục II, mục II.3): [SỞ VĂN HÓA, THỂ THAO VÀ DU
     * LỊCH] → "Sở Văn hóa, Thể thao và Du lịch", [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC] → "Ủy ban nhân dân
     * xã Cẩm Ngọc", [VĂN PHÒNG HĐND VÀ UBND] → "Văn phòng HĐND và UBND". Empty when the name has a
     * shape this cannot case with confidence: an unknown kind of agency, digits, quotes, brackets.
     */
    public static Optional<String> agencyNameOf(List<String> nameLines) {
        String lowered = lower(String.join(" ", nameLines).strip()).replaceAll("\\s+", " ");
        int areaStart = areaStart(lowered);
        String head = areaStart < 0 ? lowered : lowered.substring(0, areaStart).strip();
        String area = areaStart < 0 ? "" : territoryOf(lowered.substring(areaStart));
        String type = AGENCY_TYPES.stream()
                .filter(t -> head.equals(t) || head.startsWith(t + " "))
                .findFirst().orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        String field = head.substring(type.length()).strip();
        if (field.isEmpty() && area.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(upperFirst(type));
        if (!field.isEmpty()) {
            Optional<String> cased = fieldOf(field);
            if (cased.isEmpty()) {
                return Optional.empty();
            }
            out.append(' ').append(cased.get());
        }
        if (!area.isEmpty()) {
            out.append(' ').append(area);
        }
        return Optional.of(out.toString());
    }

    /**
     * The words naming an agency's field, each group's first syllable capitalised: groups are
     * parted by a comma, a dash or "và" ("văn hóa, thể thao và du lịch"). A unit word alone at the
     * end stays lower case ("Công an xã": of this tier, not a field).
     */
    private static Optional<String> fieldOf(String field) {
        String[] words = field.split(" ");
        StringBuilder out = new StringBuilder();
        boolean groupStarts = true;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (word.equals("-") || word.equals("và")) {
                if (groupStarts) {
                    return Optional.empty();
                }
                out.append(word);
                groupStarts = true;
                continue;
            }
            boolean comma = word.endsWith(",");
            String bare = comma ? word.substring(0, word.length() - 1) : word;
            if (bare.isEmpty() || !bare.codePoints().allMatch(Character::isLetter)) {
                return Optional.empty();
            }
            boolean lastUnitWord = i == words.length - 1 && UNIT_TYPES.contains(bare);
            // A word of capitals that is no syllable is an abbreviation: HĐND, UBND.
            if (!VietnameseSyllable.isValid(bare)) {
                out.append(upper(bare));
            } else if (groupStarts && !lastUnitWord) {
                out.append(upperFirst(bare));
            } else {
                out.append(bare);
            }
            out.append(comma ? "," : "");
            groupStarts = comma;
        }
        return groupStarts ? Optional.empty() : Optional.of(out.toString());
    }

    /**
     * Where the area named at the end of a lower-case line starts, or -1: the last unit word, at the
     * start of a word, followed by a name that is not the rest of a common noun.
     */
    private static int areaStart(String lowered) {
        int found = -1;
        for (int i = 0; i < lowered.length(); i++) {
            if (i > 0 && !Character.isWhitespace(lowered.charAt(i - 1))) {
                continue;
            }
            if (lowered.startsWith(COOPERATIVE, i)) {
                i += COOPERATIVE.length() - 1;
                continue;
            }
            for (String unitType : UNIT_TYPES) {
                if (lowered.startsWith(unitType + " ", i)) {
                    if (isPlaceName(lowered.substring(i + unitType.length() + 1).strip())) {
                        found = i;
                    }
                    // The name's first word is the name's even when it is a unit word ("Phường Phường Đúc").
                    int nameEnd = lowered.indexOf(' ', i + unitType.length() + 1);
                    i = nameEnd < 0 ? lowered.length() : nameEnd;
                    break;
                }
            }
        }
        return found;
    }

    /** "hội an" is a place; "hội", "hội và dân tộc" end a common noun ("xã hội"), as a name ends at a comma. */
    private static boolean isPlaceName(String name) {
        if (name.isEmpty() || name.contains(",")) {
            return false;
        }
        String[] words = name.split(" ");
        return !NOT_A_PLACE.contains(words[0]) || words.length > 1 && !words[1].equals("và") && !words[1].equals("-");
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

    /**
     * [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC] → "Ủy ban nhân dân xã Cẩm Ngọc"; a name {@link #agencyNameOf}
     * cannot case is written in small letters after its first, a guess the loader warns about.
     */
    public static String bodyNameOf(List<String> nameLines) {
        Optional<String> agency = agencyNameOf(nameLines);
        if (agency.isPresent()) {
            return agency.get();
        }
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
