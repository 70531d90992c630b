package vn.vanban.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.DocumentType;

/**
 * Which type a document is: the one its type name names (KẾ HOẠCH, QUYẾT ĐỊNH, BÁO CÁO); without a
 * type name, a Công văn when something only a letter has is there — "V/v ..." under the number,
 * "Kính gửi" opening the body, or a symbol that opens with the body's abbreviation rather than a
 * type's (UBND-VX, not KH-UBND). Otherwise the type is unknown, and only the rules every document
 * shares apply.
 */
final class TypeRecognizer {

    /** The symbol's first group after the number's slash: "UBND" of "Số: 12/UBND-VX". */
    private static final Pattern SYMBOL = Pattern.compile("(?U)/\\s*(?:\\d{4}\\s*/\\s*)?([\\p{L}]+)\\s*-");

    private TypeRecognizer() {
    }

    /**
     * @param named the type the type name names, or null
     * @param number the number line, or null
     * @param letterSubject the "V/v ..." lines under the number
     * @param afterTitle the first paragraph after the title (or the header, without a title), or null
     */
    static DocumentType type(DocumentType named, Line number, List<Line> letterSubject, Para afterTitle) {
        if (named != null) {
            return named;
        }
        if (!letterSubject.isEmpty()) {
            return DocumentType.CONG_VAN;
        }
        if (afterTitle != null && BodyClassifier.opensAddressees(afterTitle)) {
            return DocumentType.CONG_VAN;
        }
        if (number != null) {
            Matcher m = SYMBOL.matcher(number.text());
            if (m.find() && !typeAbbreviation(m.group(1))) {
                return DocumentType.CONG_VAN;
            }
        }
        return null;
    }

    /** KH, QĐ, QyĐ, ... in any case: a clerk types "kh-UBND" too. */
    private static boolean typeAbbreviation(String group) {
        for (DocumentType t : DocumentType.values()) {
            if (t.abbreviation() != null && t.abbreviation().equalsIgnoreCase(group)) {
                return true;
            }
        }
        return false;
    }
}
