package vn.vanban.importer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;

/**
 * The small text conversions every part of {@link PlanRecognizer} uses: text as the model holds it,
 * headings and titles out of capitals, end punctuation off, words compared without their accents,
 * a written date read.
 */
final class ImportedText {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(?=[a-z][a-z0-9_]*})");

    private ImportedText() {
    }

    /** Upper-case headings as a person writes them in YAML: "MỤC ĐÍCH, YÊU CẦU" → "Mục đích, yêu cầu". */
    static String caseOf(String text) {
        return TextSource.upperCase(text) ? VietnameseNames.sentenceCase(text) : text;
    }

    /** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "CHỦ TỊCH" → "Chủ tịch". */
    static String titleCase(String text) {
        String sentence = caseOf(text.strip());
        if (sentence.startsWith("Phó ") && sentence.length() > 4) {
            return "Phó " + VietnameseNames.upperFirst(sentence.substring(4));
        }
        return sentence;
    }

    /** "NGUYỄN VĂN AN" → "Nguyễn Văn An". */
    static String capitalizeWords(String text) {
        return String.join(" ", Arrays.stream(text.strip().split("\\s+"))
                .map(VietnameseNames::sentenceCase).toList());
    }

    static String withoutColon(String text) {
        String t = text.strip();
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    /** Text as the model holds it: "${name}" typed in the document is text, not a variable. */
    static String text(String text) {
        return VARIABLE.matcher(text).replaceAll("\\$\\$\\{");
    }

    /** Upper case without diacritics, for matching words however they are accented ("HOÀ"/"HÒA"). */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT).strip();
    }

    /** A date from its written day, month and year, or null when it is none (no day, or 31 tháng 2). */
    static LocalDate dateOf(String day, String month, String year) {
        if (day == null || month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
