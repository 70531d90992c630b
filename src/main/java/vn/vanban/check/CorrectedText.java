package vn.vanban.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.ArchiveLine;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Label;
import vn.vanban.nd30.LetterCase;
import vn.vanban.text.Excerpt;

/**
 * A line as the clerk should write it, where a rule's fault can be mended by typing (a padded
 * number, a moved note, a full stop), so that a finding can say "sửa thành: ...". Null where the
 * fix is not a text (a size, a border) or cannot be known (a missing drafting unit, a proper name
 * typed in capitals).
 */
final class CorrectedText {

    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    private static final Pattern ARCHIVE = Pattern.compile("(?iU)^lưu\\s*:?\\s*(.*)$");
    /** A symbol with the year in front, as legal normative documents write it: "15/2024/QĐ-UBND". */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})\\s*/\\s*(.*)$");

    private CorrectedText() {
    }

    /** The correction as a message shows it: a long paragraph by its end, where the fix is. */
    static String shortened(String text) {
        return Excerpt.tail(text);
    }

    /** The corrected text, or null when it is the text itself (nothing to retype). */
    static String changed(String text, String corrected) {
        return corrected == null || corrected.equals(text.strip()) ? null : corrected;
    }

    /** The text with its end punctuation replaced: ";" after a legal basis, "./." after the body. */
    static String ending(String text, String end) {
        return END_PUNCTUATION.matcher(text.strip()).replaceAll("") + end;
    }

    /**
     * "Số: 05/KH-UBND" from "Số 5/kh - ubnd": the word "Số" and a colon, the number below 10 with
     * its zero (and none before a larger one), a slash, the symbol's groups joined by hyphens in
     * capitals (Phụ lục III's mixed-case abbreviations as they are written), its first group the
     * type's abbreviation when that is known. A draft's blank number keeps its room.
     *
     * @param gap the white space between "Số:" and the slash where the number is blank
     */
    static String numberLine(String number, String gap, String symbol, String typeAbbreviation,
            List<String> mixedCase) {
        String year = "";
        Matcher withYear = YEAR_FIRST.matcher(symbol);
        if (withYear.matches()) {
            year = withYear.group(1) + "/";
            symbol = withYear.group(2);
        }
        List<String> groups = new ArrayList<>();
        for (String group : symbol.split("[^\\p{L}\\p{N}]+")) {
            if (!group.isEmpty()) {
                String mixed = mixedCase.stream().filter(m -> m.equalsIgnoreCase(group)).findFirst().orElse(null);
                groups.add(mixed != null ? mixed : VietnameseNames.upper(group));
            }
        }
        if (typeAbbreviation != null && !groups.isEmpty()) {
            groups.set(0, typeAbbreviation);
        }
        String shownNumber;
        if (number.isEmpty()) {
            shownNumber = gap.isEmpty() ? " " : gap;
        } else {
            int value = Integer.parseInt(number.length() > 9 ? number.substring(0, 9) : number);
            shownNumber = " " + (value < 10 ? "0" + value : Integer.toString(value));
        }
        return nfc("Số:" + shownNumber + "/" + year + String.join("-", groups));
    }

    /**
     * The place and date with their faults mended in place: the place's first letters in capitals
     * (every word's when it was typed all in lower case), a comma after it, a day below 10 and the
     * months 1 and 2 with a zero, months 3 to 9 without one. Blanks of a draft stay as they are.
     *
     * @param m a match of the place-and-date pattern with groups place, comma, d and m
     */
    static String placeDate(String text, Matcher m) {
        StringBuilder out = new StringBuilder(text);
        replace(out, m.start("m"), m.end("m"), month(m.group("m")));
        replace(out, m.start("d"), m.end("d"), day(m.group("d")));
        if (m.group("comma").isEmpty() && !m.group("place").isBlank()) {
            out.insert(m.end("place"), ",");
        }
        replace(out, m.start("place"), m.end("place"), placeName(m.group("place")));
        return nfc(out.toString());
    }

    private static void replace(StringBuilder out, int start, int end, String text) {
        out.replace(start, end, text);
    }

    private static String day(String day) {
        if (!day.matches("\\d{1,9}")) {
            return day;
        }
        int value = Integer.parseInt(day);
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String month(String month) {
        if (!month.matches("\\d{1,9}")) {
            return month;
        }
        int value = Integer.parseInt(month);
        return value <= 2 ? "0" + value : Integer.toString(value);
    }

    private static String placeName(String place) {
        if (place.isEmpty()) {
            return place;
        }
        if (place.equals(VietnameseNames.lower(place))) {
            return capitalizeWords(place);
        }
        return VietnameseNames.upperFirst(place);
    }

    private static String capitalizeWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            out.append(out.length() == 0 ? "" : " ").append(VietnameseNames.upperFirst(word));
        }
        return out.toString();
    }

    /**
     * A recipient line as Phụ lục I, mục II.9.d has it: a dash, the name, a semicolon; a note
     * typed after the semicolon ("- Sở Y tế; (b/c)") moves before it ("- Sở Y tế (b/c);").
     *
     * @param first the line starts its recipient (it takes the dash), not a line carried on
     * @param last the line ends its recipient (it takes the semicolon)
     */
    static String recipient(String text, boolean first, boolean last) {
        String body = text.strip();
        if (first) {
            body = "- " + Label.withoutDash(body);
        }
        int semicolon = body.lastIndexOf(';');
        if (semicolon >= 0 && !body.substring(semicolon + 1).isBlank()) {
            body = body.substring(0, semicolon).strip() + " " + END_PUNCTUATION.matcher(body.substring(semicolon + 1)).replaceAll("").strip();
        }
        return nfc(last ? ending(body, ";") : body);
    }

    /** The note after a recipient's semicolon ("(b/c)" of "- Sở Y tế; (b/c)"), or null. */
    static String noteAfterSemicolon(String text) {
        String stripped = text.strip();
        int semicolon = stripped.lastIndexOf(';');
        if (semicolon < 0 || semicolon == stripped.length() - 1) {
            return null;
        }
        String note = END_PUNCTUATION.matcher(stripped.substring(semicolon + 1)).replaceAll("").strip();
        return note.isEmpty() ? null : note;
    }

    /**
     * "- Lưu: VT, VH." from "Lưu VT,VH" or "- Lưu: VH, VT": VT first, then the drafting units;
     * null when no drafting unit is written (what it is, only the office knows).
     */
    static String archive(String text) {
        Matcher m = ARCHIVE.matcher(Label.withoutDash(text));
        if (!m.matches()) {
            return null;
        }
        List<String> units = new ArrayList<>();
        for (String unit : END_PUNCTUATION.matcher(m.group(1)).replaceAll("").split("\\s*[,;]\\s*")) {
            if (!unit.isBlank() && !unit.strip().equalsIgnoreCase(ArchiveLine.RECORDS_OFFICE)) {
                units.add(unit.strip());
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        units.add(0, ArchiveLine.RECORDS_OFFICE);
        return nfc(ArchiveLine.of(units));
    }

    /** "KT. CHỦ TỊCH" from "KT CHỦ TỊCH" or "K/T CHỦ TỊCH". */
    static String authority(String abbreviation, String rest) {
        return abbreviation.replace("/", "").toUpperCase(Locale.ROOT) + ". " + rest.strip();
    }

    /**
     * The point with the letter its place in the list calls for: "đ) Phối hợp ..." for "e) Phối
     * hợp ..." (or "e ) Phối hợp ..."), what follows the label as it was typed.
     */
    static String pointLetter(String text, String letter) {
        String stripped = text.strip();
        return letter + ")" + stripped.substring(Label.typed(stripped).length());
    }

    /**
     * A line typed in the wrong case, where its right case can be known: capitals for a component
     * printed in capitals; the motto, "Nơi nhận:", "Phần I", a signer's name capitalised word by
     * word, a place and date. A subject or body typed in capitals is not mended: which of its
     * words are proper names only the clerk knows.
     */
    static String lettersCase(Component component, String text) {
        String t = text.strip();
        if (component.letterCase == LetterCase.UPPER) {
            return nfc(VietnameseNames.upper(t));
        }
        String lower = VietnameseNames.lower(t);
        if (component.fixedText != null) {
            // The fixed words are the whole line only when nothing else was typed: "Kính gửi:"
            // opens a line whose addressee is the clerk's to write.
            return VietnameseText.key(t).equals(VietnameseText.key(component.fixedText)) ? component.fixedText : null;
        }
        if (component == Component.SIGNER_NAME) {
            return nfc(capitalizeWords(lower));
        }
        if (component == Component.PART) {
            String[] words = t.split("\\s+", 2);
            return nfc(VietnameseNames.sentenceCase(words[0]) + (words.length > 1 ? " " + words[1] : ""));
        }
        if (component == Component.DATE) {
            int comma = lower.indexOf(',');
            return comma < 0 ? null : nfc(capitalizeWords(lower.substring(0, comma)) + lower.substring(comma));
        }
        return null;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
