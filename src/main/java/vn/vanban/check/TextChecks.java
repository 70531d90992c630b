package vn.vanban.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.Span;
import vn.vanban.docx.RunFormat;

/** What every paragraph shares: Times New Roman, black, Unicode (Phụ lục I, mục I.4). */
final class TextChecks {

    static final String FONT = "Times New Roman";
    /**
     * Fonts of the Vietnamese 8-bit encodings: TCVN3/ABC (.VnTime, .VnTimeH, .VnArial, ...), VNI
     * (VNI-Times, VNI-Helve, ...) and VPS. Text set in them is not Unicode.
     */
    private static final Pattern LEGACY = Pattern.compile("^(\\.vn|vni[-_ ]|vps[-_ ]|vn3?[-_ ]?times).*",
            Pattern.CASE_INSENSITIVE);

    private TextChecks() {
    }

    static void check(Findings f, ReadDocument doc) {
        for (Para para : doc.paragraphs()) {
            String text = para.text();
            // A paragraph without a letter or digit (a spacer holding a no-break space, a line of
            // underscores) shows no typeface: its font is nobody's concern.
            for (Span span : para.textFree() ? List.<Span>of() : para.spans()) {
                RunFormat format = span.format();
                // A finding is one per paragraph, rule and font: within a span only a character
                // in another font than the one before can add one (the regular expression per
                // character was a sixth of a check's time).
                String fontBefore = null;
                for (int i = span.start(); i < span.end(); i++) {
                    int cp = text.codePointAt(i);
                    if (ReadDocument.invisible(cp) || Character.isLowSurrogate(text.charAt(i))) {
                        continue;
                    }
                    String font = format.fonts().forChar(cp);
                    if (font.equals(fontBefore)) {
                        continue;
                    }
                    boolean firstShown = fontBefore == null;
                    fontBefore = font;
                    if (LEGACY.matcher(font).matches()) {
                        f.many(Rules.LEGACY_FONT, para, "phông chữ \"" + font + "\" của bộ mã cũ");
                    } else if (!font.strip().equalsIgnoreCase(FONT)) {
                        f.many(Rules.FONT_FAMILY, para, "phông chữ \"" + font + "\"");
                    }
                    if (firstShown && !format.black() && !format.hidden()) {
                        f.many(Rules.FONT_COLOR, para, "chữ màu #" + format.color().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (!para.nfc()) {
                f.many(Rules.UNICODE_NFC, para, "chữ Unicode tổ hợp (dấu gõ tách rời chữ cái)");
            }
        }
    }
}
