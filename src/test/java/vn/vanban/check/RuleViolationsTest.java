package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.check.Edits.all;
import static vn.vanban.check.Edits.doc;
import static vn.vanban.check.Edits.header;
import static vn.vanban.check.Edits.regex;
import static vn.vanban.check.Edits.style;
import static vn.vanban.check.Edits.stylePara;
import static vn.vanban.check.Edits.styleRun;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;

/**
 * Every rule, broken once: a document made by editing the rendered Cẩm Ngọc plan (or a variant
 * of it) so that exactly that rule is broken, and the finding it produces; and the unedited
 * document, which satisfies the rule.
 */
class RuleViolationsTest {

    /** A document that breaks a rule, and the document it was made from, which satisfies it. */
    record Case(String rule, String base, String change, UnaryOperator<byte[]> edit) {
        @Override
        public String toString() {
            return rule + ": " + change;
        }
    }

    // ------------------------------------------------------------------ the documents edited

    /**
     * The rendered plan with its one known departure from the decree corrected: the renderer ends
     * the last legal basis with ";" before the introduction (see RenderedExamplesCheckTest).
     */
    static final String CLEAN = "rendered Cẩm Ngọc";
    /** A body with a parent line (a commune's health office under the district committee). */
    static final String PARENT = "with a parent body";
    /** A công văn: no type name, "V/v ..." under the number. */
    static final String LETTER = "a công văn";
    /** With "Phần I" and its title before part I. */
    static final String PARTS = "with Phần I";
    /** With an article "Điều 1. ..." in the body. */
    static final String ARTICLES = "with an article";

    /** The rendered Quyết định ban hành kế hoạch: authority line, "QUYẾT ĐỊNH:", Điều 1. to Điều 3. */
    static final String DECISION = "rendered Quyết định";
    /** The rendered Công văn triển khai: "V/v ..." in the header, "Kính gửi:" and two addressees. */
    static final String LETTER_DOC = "rendered Công văn";
    /** The rendered Báo cáo kết quả: a targets table with a repeated header row. */
    static final String REPORT = "rendered Báo cáo";

    private static final Map<String, byte[]> BASES = new HashMap<>();

    static synchronized byte[] base(String name) {
        return BASES.computeIfAbsent(name, RuleViolationsTest::make).clone();
    }

    private static byte[] make(String name) {
        byte[] clean = TestDocx.camNgoc();
        return switch (name) {
            case CLEAN -> clean;
            case DECISION -> Examples.docx(Examples.DECISION);
            case LETTER_DOC -> Examples.docx(Examples.LETTER);
            case REPORT -> Examples.docx(Examples.REPORT);
            case PARENT -> all(
                    doc("<w:pStyle w:val=\"CoQuan\"/></w:pPr><w:r><w:t xml:space=\"preserve\">ỦY BAN NHÂN DÂN",
                            "<w:pStyle w:val=\"CoQuanChuQuan\"/></w:pPr><w:r><w:t xml:space=\"preserve\">UBND XÃ CẨM NGỌC"),
                    doc(">XÃ CẨM NGỌC<", ">TRẠM Y TẾ<")).apply(clean);
            case LETTER -> all(
                    doc(">KẾ HOẠCH<", "><"),
                    doc(">Phòng, chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2023<", "><"),
                    doc("/KH-UBND</w:t></w:r></w:p>", "/UBND-VX</w:t></w:r></w:p>" + letterSubject(""))).apply(clean);
            case PARTS -> doc("<w:p><w:pPr><w:pStyle w:val=\"DeMuc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">I. MỤC ĐÍCH",
                    part("Phần I", "<w:b/>", "center") + part("TÌNH HÌNH CHUNG", "<w:b/>", "center")
                            + "<w:p><w:pPr><w:pStyle w:val=\"DeMuc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">I. MỤC ĐÍCH").apply(clean);
            case ARTICLES -> doc("<w:p><w:pPr><w:pStyle w:val=\"DeMuc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">I. MỤC ĐÍCH",
                    article("<w:b/>") + "<w:p><w:pPr><w:pStyle w:val=\"DeMuc\"/></w:pPr><w:r><w:t xml:space=\"preserve\">I. MỤC ĐÍCH")
                    .apply(clean);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String letterSubject(String extra) {
        return "<w:p><w:pPr><w:pStyle w:val=\"SoKyHieu\"/>" + (extra.startsWith("<w:jc") ? extra : "") + "</w:pPr><w:r><w:rPr>"
                + (extra.startsWith("<w:jc") ? "" : extra) + "<w:sz w:val=\"24\"/></w:rPr>"
                + "<w:t>V/v phòng, chống mại dâm năm 2023</w:t></w:r></w:p>";
    }

    private static String part(String text, String runProperties, String jc) {
        return "<w:p><w:pPr><w:ind w:firstLine=\"0\"/><w:jc w:val=\"" + jc + "\"/></w:pPr><w:r><w:rPr>" + runProperties
                + "</w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private static String article(String runProperties) {
        return "<w:p><w:r><w:rPr>" + runProperties + "</w:rPr><w:t>Điều 1. Phạm vi áp dụng</w:t></w:r></w:p>";
    }

    // ------------------------------------------------------------------ the cases

    private static final String QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String NUMBER = ">Số:         /KH-UBND<";
    private static final String DATE = ">Cẩm Ngọc, ngày      tháng      năm 2023<";
    private static final String ISSUER_RULE = "<w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"1428\" w:right=\"1428\"/>";
    private static final String MOTTO_RULE = "<w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"1092\" w:right=\"1092\"/>";
    private static final String SUBJECT_RULE = "<w:ind w:left=\"3243\" w:right=\"3243\"/>";
    private static final String BOLD = "<w:b/><w:bCs/>";
    private static final String FIRST_ADDRESSEE = "<w:p><w:pPr><w:pStyle w:val=\"KinhGui\"/><w:spacing w:before=\"240\"/>";
    private static final String AUTHORITY_LINE = "<w:p><w:pPr><w:pStyle w:val=\"ThamQuyen\"/></w:pPr><w:r><w:t "
            + "xml:space=\"preserve\">ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG</w:t></w:r></w:p>";

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // Page set-up (Phụ lục I, mục I)
        c.add(new Case("ND30-PAGE-A4", CLEAN, "US Letter paper",
                doc("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>")));
        c.add(new Case("ND30-PAGE-ORIENTATION", CLEAN, "landscape without a table",
                doc("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>")));
        c.add(new Case("ND30-MARGIN-TOP", CLEAN, "top margin 30 mm", doc("w:top=\"1134\"", "w:top=\"1701\"")));
        c.add(new Case("ND30-MARGIN-BOTTOM", CLEAN, "bottom margin 10 mm", doc("w:bottom=\"1134\"", "w:bottom=\"567\"")));
        c.add(new Case("ND30-MARGIN-LEFT", CLEAN, "left margin 20 mm", doc("w:left=\"1701\"", "w:left=\"1134\"")));
        c.add(new Case("ND30-MARGIN-RIGHT", CLEAN, "right margin 25 mm", doc("w:right=\"850\"", "w:right=\"1418\"")));
        c.add(new Case("ND30-FONT-FAMILY", CLEAN, "Arial in the document defaults",
                Edits.styles("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"", "w:ascii=\"Arial\" w:hAnsi=\"Arial\"")));
        c.add(new Case("ND30-FONT-COLOR", CLEAN, "red text", Edits.styles("<w:color w:val=\"000000\"/>", "<w:color w:val=\"C00000\"/>")));
        c.add(new Case("ND30-LEGACY-FONT", CLEAN, ".VnTime (TCVN3)",
                Edits.styles("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"", "w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"")));
        c.add(new Case("ND30-UNICODE-NFC", CLEAN, "decomposed (NFD) text",
                doc("Tạo sự đồng thuận", Normalizer.normalize("Tạo sự đồng thuận", Normalizer.Form.NFD))));
        c.add(new Case("ND30-PAGE-NUMBER-MISSING", CLEAN, "no PAGE field", header(" PAGE ", " DATE ")));
        c.add(new Case("ND30-PAGE-NUMBER-FIRST-PAGE", CLEAN, "no different first page", doc("<w:titlePg/>", "")));
        c.add(new Case("ND30-PAGE-NUMBER-POSITION", CLEAN, "page number on the right",
                header("<w:pStyle w:val=\"SoTrang\"/></w:pPr><w:r>", "<w:pStyle w:val=\"SoTrang\"/><w:jc w:val=\"right\"/></w:pPr><w:r>")));
        c.add(new Case("ND30-PAGE-NUMBER-FORMAT", CLEAN, "Roman page numbers", header(" PAGE ", " PAGE \\* ROMAN ")));

        // Quốc hiệu and Tiêu ngữ (mục II.1)
        c.add(new Case("ND30-NATIONAL-TITLE-MISSING", CLEAN, "no Quốc hiệu", doc(">" + QH + "<", "><")));
        c.add(new Case("ND30-NATIONAL-TITLE-POSITION", CLEAN, "Quốc hiệu centred above the header table", all(
                doc(">" + QH + "<", "><"),
                doc("<w:body>\n<w:tbl>", "<w:body><w:p><w:pPr><w:pStyle w:val=\"QuocHieu\"/></w:pPr><w:r><w:t>" + QH
                        + "</w:t></w:r></w:p><w:tbl>"))));
        c.add(new Case("ND30-NATIONAL-TITLE-SIZE", CLEAN, "Quốc hiệu 14 pt", styleRun("QuocHieu", "<w:sz w:val=\"28\"/>")));
        c.add(new Case("ND30-NATIONAL-TITLE-CASE", CLEAN, "Quốc hiệu in lower case",
                doc(">" + QH + "<", ">Cộng hòa xã hội chủ nghĩa Việt Nam<")));
        c.add(new Case("ND30-NATIONAL-TITLE-BOLD", CLEAN, "Quốc hiệu not bold", style("QuocHieu", BOLD, "")));
        c.add(new Case("ND30-NATIONAL-TITLE-ITALIC", CLEAN, "Quốc hiệu italic", styleRun("QuocHieu", "<w:i/>")));
        c.add(new Case("ND30-MOTTO-MISSING", CLEAN, "no motto", doc(">" + MOTTO + "<", "><")));
        c.add(new Case("ND30-MOTTO-TEXT", CLEAN, "en dashes in the motto", doc(MOTTO, "Độc lập – Tự do – Hạnh phúc")));
        c.add(new Case("ND30-MOTTO-SIZE", CLEAN, "motto 12 pt", styleRun("TieuNgu", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-MOTTO-CASE", CLEAN, "motto in capitals", styleRun("TieuNgu", "<w:caps/>")));
        c.add(new Case("ND30-MOTTO-BOLD", CLEAN, "motto not bold", style("TieuNgu", BOLD, "")));
        c.add(new Case("ND30-MOTTO-ITALIC", CLEAN, "motto italic", styleRun("TieuNgu", "<w:i/>")));
        c.add(new Case("ND30-MOTTO-ALIGN", CLEAN, "motto left-aligned", stylePara("TieuNgu", "<w:jc w:val=\"left\"/>")));
        c.add(new Case("ND30-MOTTO-RULE-MISSING", CLEAN, "no rule under the motto",
                doc(MOTTO_RULE, "<w:ind w:left=\"1092\" w:right=\"1092\"/>")));
        c.add(new Case("ND30-MOTTO-RULE-LENGTH", CLEAN, "motto rule too short",
                doc(MOTTO_RULE, "<w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"1800\" w:right=\"1800\"/>")));
        c.add(new Case("ND30-MOTTO-RULE-CENTERED", CLEAN, "motto rule shifted right",
                doc(MOTTO_RULE, "<w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"1592\" w:right=\"592\"/>")));
        c.add(new Case("ND30-MOTTO-RULE-SOLID", CLEAN, "dashed rules", style("DuongKe", "w:val=\"single\"", "w:val=\"dashed\"")));
        c.add(new Case("ND30-HEADER-SPACING", CLEAN, "Quốc hiệu at 1.5 lines",
                stylePara("QuocHieu", "<w:spacing w:line=\"360\" w:lineRule=\"auto\"/>")));

        // Issuing body (mục II.2)
        c.add(new Case("ND30-ISSUER-MISSING", CLEAN, "no issuing body",
                all(doc(">ỦY BAN NHÂN DÂN<", "><"), doc(">XÃ CẨM NGỌC<", "><"))));
        c.add(new Case("ND30-ISSUER-SIZE", CLEAN, "issuing body 14 pt", styleRun("CoQuan", "<w:sz w:val=\"28\"/>")));
        c.add(new Case("ND30-ISSUER-CASE", CLEAN, "issuing body in lower case", doc(">XÃ CẨM NGỌC<", ">Xã Cẩm Ngọc<")));
        c.add(new Case("ND30-ISSUER-BOLD", CLEAN, "issuing body not bold", style("CoQuan", BOLD, "")));
        c.add(new Case("ND30-ISSUER-ITALIC", CLEAN, "issuing body italic", styleRun("CoQuan", "<w:i/>")));
        c.add(new Case("ND30-ISSUER-ALIGN", CLEAN, "issuing body left-aligned", stylePara("CoQuan", "<w:jc w:val=\"left\"/>")));
        c.add(new Case("ND30-ISSUER-RULE-MISSING", CLEAN, "no rule under the issuing body",
                doc(ISSUER_RULE, "<w:ind w:left=\"1428\" w:right=\"1428\"/>")));
        c.add(new Case("ND30-ISSUER-RULE-LENGTH", CLEAN, "issuing body rule as long as the column",
                doc(ISSUER_RULE, "<w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"300\" w:right=\"300\"/>")));
        c.add(new Case("ND30-ISSUER-RULE-CENTERED", CLEAN, "issuing body rule at the left",
                doc(ISSUER_RULE, "<w:pStyle w:val=\"DuongKe\"/><w:ind w:left=\"428\" w:right=\"2428\"/>")));
        c.add(new Case("ND30-ISSUER-RULE-SOLID", CLEAN, "dotted rules", style("DuongKe", "w:val=\"single\"", "w:val=\"dotted\"")));
        c.add(new Case("ND30-PARENT-SIZE", PARENT, "parent body 14 pt", styleRun("CoQuanChuQuan", "<w:sz w:val=\"28\"/>")));
        c.add(new Case("ND30-PARENT-CASE", PARENT, "parent body in lower case", doc(">UBND XÃ CẨM NGỌC<", ">UBND xã Cẩm Ngọc<")));
        c.add(new Case("ND30-PARENT-BOLD", PARENT, "parent body bold", styleRun("CoQuanChuQuan", "<w:b/>")));
        c.add(new Case("ND30-PARENT-ITALIC", PARENT, "parent body italic", styleRun("CoQuanChuQuan", "<w:i/>")));

        // Number and symbol (mục II.3)
        c.add(new Case("ND30-NUMBER-MISSING", CLEAN, "no number line", doc(NUMBER, "><")));
        c.add(new Case("ND30-NUMBER-FORMAT", CLEAN, "no colon after Số", doc(NUMBER, ">Số 15/KH-UBND<")));
        c.add(new Case("ND30-NUMBER-PADDING", CLEAN, "number 5 without a leading zero", doc(NUMBER, ">Số: 5/KH-UBND<")));
        c.add(new Case("ND30-SYMBOL-TYPE", CLEAN, "a plan numbered as a decision", doc(NUMBER, ">Số: 15/QĐ-UBND<")));
        c.add(new Case("ND30-NUMBER-SIZE", CLEAN, "number 14 pt", styleRun("SoKyHieu", "<w:sz w:val=\"28\"/>")));
        c.add(new Case("ND30-NUMBER-BOLD", CLEAN, "number bold", styleRun("SoKyHieu", "<w:b/>")));
        c.add(new Case("ND30-NUMBER-ITALIC", CLEAN, "number italic", styleRun("SoKyHieu", "<w:i/>")));
        c.add(new Case("ND30-NUMBER-ALIGN", CLEAN, "number left-aligned", stylePara("SoKyHieu", "<w:jc w:val=\"left\"/>")));

        // Place and date (mục II.4)
        c.add(new Case("ND30-DATE-MISSING", CLEAN, "no place and date", doc(DATE, "><")));
        c.add(new Case("ND30-DATE-FORMAT", CLEAN, "no comma after the place", doc(DATE, ">Cẩm Ngọc ngày 17 tháng 02 năm 2023<")));
        c.add(new Case("ND30-DATE-PADDING", CLEAN, "ngày 5 tháng 03", doc(DATE, ">Cẩm Ngọc, ngày 5 tháng 03 năm 2023<")));
        c.add(new Case("ND30-DATE-SIZE", CLEAN, "date 12 pt",
                doc("<w:rPr><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Cẩm Ngọc",
                        "<w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">Cẩm Ngọc")));
        c.add(new Case("ND30-DATE-CASE", CLEAN, "date in capitals", doc(DATE, ">CẨM NGỌC, NGÀY      THÁNG      NĂM 2023<")));
        c.add(new Case("ND30-DATE-BOLD", CLEAN, "date bold", styleRun("DiaDanhNgay", "<w:b/>")));
        c.add(new Case("ND30-DATE-ITALIC", CLEAN, "date upright", style("DiaDanhNgay", "<w:i/><w:iCs/>", "")));
        c.add(new Case("ND30-DATE-ALIGN", CLEAN, "date right-aligned", stylePara("DiaDanhNgay", "<w:jc w:val=\"right\"/>")));

        // Type name and subject (mục II.5)
        c.add(new Case("ND30-TYPE-MISSING", CLEAN, "no type name", doc(">KẾ HOẠCH<", "><")));
        c.add(new Case("ND30-TYPE-SIZE", CLEAN, "type name 16 pt", styleRun("TenLoai", "<w:sz w:val=\"32\"/>")));
        c.add(new Case("ND30-TYPE-CASE", CLEAN, "type name in lower case", doc(">KẾ HOẠCH<", ">Kế hoạch<")));
        c.add(new Case("ND30-TYPE-BOLD", CLEAN, "type name not bold", style("TenLoai", BOLD, "")));
        c.add(new Case("ND30-TYPE-ITALIC", CLEAN, "type name italic", styleRun("TenLoai", "<w:i/>")));
        c.add(new Case("ND30-TYPE-ALIGN", CLEAN, "type name left-aligned", stylePara("TenLoai", "<w:jc w:val=\"left\"/>")));
        c.add(new Case("ND30-SUBJECT-MISSING", CLEAN, "no subject",
                doc(">Phòng, chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2023<", "><")));
        c.add(new Case("ND30-SUBJECT-SIZE", CLEAN, "subject 12 pt", styleRun("TrichYeu", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-SUBJECT-CASE", CLEAN, "subject in capitals", styleRun("TrichYeu", "<w:caps/>")));
        c.add(new Case("ND30-SUBJECT-BOLD", CLEAN, "subject not bold", style("TrichYeu", BOLD, "")));
        c.add(new Case("ND30-SUBJECT-ITALIC", CLEAN, "subject italic", styleRun("TrichYeu", "<w:i/>")));
        c.add(new Case("ND30-SUBJECT-ALIGN", CLEAN, "subject justified", stylePara("TrichYeu", "<w:jc w:val=\"both\"/>")));
        c.add(new Case("ND30-SUBJECT-RULE-MISSING", CLEAN, "no rule under the subject",
                doc("<w:pStyle w:val=\"DuongKe\"/><w:spacing w:after=\"240\"/>" + SUBJECT_RULE, "<w:spacing w:after=\"240\"/>")));
        c.add(new Case("ND30-SUBJECT-RULE-LENGTH", CLEAN, "subject rule a quarter of the line",
                doc(SUBJECT_RULE, "<w:ind w:left=\"3800\" w:right=\"3800\"/>")));
        c.add(new Case("ND30-SUBJECT-RULE-CENTERED", CLEAN, "subject rule at the left margin",
                doc(SUBJECT_RULE, "<w:ind w:left=\"0\" w:right=\"6486\"/>")));
        c.add(new Case("ND30-SUBJECT-RULE-SOLID", CLEAN, "dash-dot rules", style("DuongKe", "w:val=\"single\"", "w:val=\"dotDash\"")));
        c.add(new Case("ND30-LETTER-SUBJECT-SIZE", LETTER, "V/v 14 pt",
                doc("<w:sz w:val=\"24\"/></w:rPr><w:t>V/v", "<w:sz w:val=\"28\"/></w:rPr><w:t>V/v")));
        c.add(new Case("ND30-LETTER-SUBJECT-CASE", LETTER, "V/v in capitals",
                doc(">V/v phòng, chống mại dâm năm 2023<", ">V/V PHÒNG, CHỐNG MẠI DÂM NĂM 2023<")));
        c.add(new Case("ND30-LETTER-SUBJECT-BOLD", LETTER, "V/v bold",
                doc("<w:sz w:val=\"24\"/></w:rPr><w:t>V/v", "<w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>V/v")));
        c.add(new Case("ND30-LETTER-SUBJECT-ITALIC", LETTER, "V/v italic",
                doc("<w:sz w:val=\"24\"/></w:rPr><w:t>V/v", "<w:i/><w:sz w:val=\"24\"/></w:rPr><w:t>V/v")));
        c.add(new Case("ND30-LETTER-SUBJECT-ALIGN", LETTER, "V/v left-aligned",
                doc(letterSubject(""), letterSubject("<w:jc w:val=\"left\"/>"))));

        // What each type has (Phụ lục III, Mẫu 1.2–1.5)
        c.add(new Case("ND30-LETTER-TYPE-NAME", LETTER_DOC, "CÔNG VĂN typed as a type name over the letter",
                doc(FIRST_ADDRESSEE, "<w:p><w:pPr><w:pStyle w:val=\"TenLoai\"/></w:pPr><w:r><w:t>CÔNG VĂN</w:t></w:r></w:p>"
                        + FIRST_ADDRESSEE)));
        c.add(new Case("ND30-ADDRESSEE-MISSING", LETTER_DOC, "no Kính gửi", regex(Edits.DOCUMENT,
                "<w:p><w:pPr><w:pStyle w:val=\"KinhGui\"/>.*?</w:p>", "")));
        c.add(new Case("ND30-AUTHORITY-MISSING", DECISION, "no authority line", doc(AUTHORITY_LINE, "")));
        c.add(new Case("ND30-DECIDES-MISSING", DECISION, "no QUYẾT ĐỊNH:", doc(">QUYẾT ĐỊNH:<", "><")));
        c.add(new Case("ND30-ARTICLE-ORDER", DECISION, "Điều 2. numbered Điều 3.", doc(">Điều 2.<", ">Điều 3.<")));
        c.add(new Case("ND30-TABLE-HEADER", REPORT, "targets table without a repeated header row", doc("<w:tblHeader/>", "")));
        c.add(new Case("ND30-AUTHORITY-SIZE", DECISION, "authority 12 pt", styleRun("ThamQuyen", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-AUTHORITY-CASE", DECISION, "authority in lower case",
                doc(AUTHORITY_LINE, AUTHORITY_LINE.replace("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG", "Ủy ban nhân dân tỉnh Hải Dương"))));
        c.add(new Case("ND30-AUTHORITY-BOLD", DECISION, "authority not bold",
                doc(AUTHORITY_LINE, AUTHORITY_LINE.replace("<w:r>", "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr>"))));
        c.add(new Case("ND30-AUTHORITY-ITALIC", DECISION, "authority italic", styleRun("ThamQuyen", "<w:i/>")));
        c.add(new Case("ND30-AUTHORITY-ALIGN", DECISION, "authority left-aligned",
                doc(AUTHORITY_LINE, AUTHORITY_LINE.replace("</w:pPr>", "<w:jc w:val=\"left\"/></w:pPr>"))));
        c.add(new Case("ND30-DECIDES-SIZE", DECISION, "QUYẾT ĐỊNH: 12 pt", styleRun("QuyetDinh", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-DECIDES-CASE", DECISION, "Quyết định: in lower case", doc(">QUYẾT ĐỊNH:<", ">Quyết định:<")));
        c.add(new Case("ND30-DECIDES-BOLD", DECISION, "QUYẾT ĐỊNH: not bold", styleRun("QuyetDinh", "<w:b w:val=\"0\"/>")));
        c.add(new Case("ND30-DECIDES-ITALIC", DECISION, "QUYẾT ĐỊNH: italic", styleRun("QuyetDinh", "<w:i/>")));
        c.add(new Case("ND30-DECIDES-ALIGN", DECISION, "QUYẾT ĐỊNH: justified", stylePara("QuyetDinh", "<w:jc w:val=\"both\"/>")));
        c.add(new Case("ND30-ADDRESSEE-SIZE", LETTER_DOC, "Kính gửi 12 pt", styleRun("KinhGui", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-ADDRESSEE-CASE", LETTER_DOC, "an addressee in capitals",
                doc(">- Các sở, ban, ngành tỉnh;<", ">- CÁC SỞ, BAN, NGÀNH TỈNH;<")));
        c.add(new Case("ND30-ADDRESSEE-BOLD", LETTER_DOC, "Kính gửi bold", styleRun("KinhGui", "<w:b/>")));
        c.add(new Case("ND30-ADDRESSEE-ITALIC", LETTER_DOC, "Kính gửi italic", styleRun("KinhGui", "<w:i/>")));

        // Body (mục II.6)
        c.add(new Case("ND30-BASIS-PUNCTUATION", CLEAN, "a basis ending with a comma",
                doc("về phòng, chống mại dâm năm 2023;</w:t>", "về phòng, chống mại dâm năm 2023,</w:t>")));
        c.add(new Case("ND30-BASIS-ITALIC", CLEAN, "legal bases upright", style("CanCu", "<w:i/><w:iCs/>", "")));
        c.add(new Case("ND30-BODY-MISSING", CLEAN, "no body", regex(Edits.DOCUMENT,
                "(<w:spacing w:after=\"240\"/>" + SUBJECT_RULE + "</w:pPr></w:p>).*?(<w:tbl>)", "$1$2")));
        c.add(new Case("ND30-BODY-SIZE", CLEAN, "body 12 pt", styleRun("Normal", "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")));
        c.add(new Case("ND30-BODY-CASE", CLEAN, "a body paragraph in capitals",
                doc("<w:p><w:r><w:t xml:space=\"preserve\">Tạo sự", "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t xml:space=\"preserve\">Tạo sự")));
        c.add(new Case("ND30-BODY-ITALIC", CLEAN, "body italic", styleRun("Normal", "<w:i/>")));
        c.add(new Case("ND30-BODY-ALIGN", CLEAN, "body left-aligned", style("Normal", "<w:jc w:val=\"both\"/>", "<w:jc w:val=\"left\"/>")));
        c.add(new Case("ND30-BODY-INDENT", CLEAN, "no first-line indent", style("Normal", "<w:ind w:firstLine=\"720\"/>", "")));
        c.add(new Case("ND30-BODY-SPACING", CLEAN, "no space between paragraphs", style("Normal", "w:after=\"120\"", "w:after=\"0\"")));
        c.add(new Case("ND30-BODY-LINE-SPACING", CLEAN, "double line spacing", style("Normal", "w:line=\"240\"", "w:line=\"480\"")));
        c.add(new Case("ND30-BODY-END", CLEAN, "no ./. at the end", doc("triển khai thực hiện./.", "triển khai thực hiện.")));
        c.add(new Case("ND30-SECTION-CASE", CLEAN, "part heading in lower case", doc(">I. MỤC ĐÍCH, YÊU CẦU<", ">I. Mục đích, yêu cầu<")));
        c.add(new Case("ND30-SECTION-BOLD", CLEAN, "part heading not bold", style("DeMuc", BOLD, "")));
        c.add(new Case("ND30-SECTION-ITALIC", CLEAN, "part heading italic", styleRun("DeMuc", "<w:i/>")));
        c.add(new Case("ND30-ITEM-TITLE-BOLD", CLEAN, "item title not bold",
                doc("<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">1. Mục đích", "<w:t xml:space=\"preserve\">1. Mục đích")));
        c.add(new Case("ND30-ITEM-TITLE-ITALIC", CLEAN, "item title italic",
                doc("<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">1. Mục đích",
                        "<w:rPr><w:b/><w:bCs/><w:i/></w:rPr><w:t xml:space=\"preserve\">1. Mục đích")));
        c.add(new Case("ND30-POINT-LETTER", CLEAN, "a point lettered f)", doc(">- Thường xuyên", ">f) Thường xuyên")));
        c.add(new Case("ND30-POINT-ORDER", CLEAN, "points starting at b)", doc(">- Thường xuyên", ">b) Thường xuyên")));
        c.add(new Case("ND30-PART-CASE", PARTS, "Phần in capitals", doc(">Phần I<", ">PHẦN I<")));
        c.add(new Case("ND30-PART-BOLD", PARTS, "Phần not bold", doc(part("Phần I", "<w:b/>", "center"), part("Phần I", "", "center"))));
        c.add(new Case("ND30-PART-ITALIC", PARTS, "Phần italic",
                doc(part("Phần I", "<w:b/>", "center"), part("Phần I", "<w:b/><w:i/>", "center"))));
        c.add(new Case("ND30-PART-ALIGN", PARTS, "Phần left-aligned",
                doc(part("Phần I", "<w:b/>", "center"), part("Phần I", "<w:b/>", "left"))));
        c.add(new Case("ND30-PART-TITLE-CASE", PARTS, "part title in lower case", doc(">TÌNH HÌNH CHUNG<", ">Tình hình chung<")));
        c.add(new Case("ND30-PART-TITLE-BOLD", PARTS, "part title not bold",
                doc(part("TÌNH HÌNH CHUNG", "<w:b/>", "center"), part("TÌNH HÌNH CHUNG", "", "center"))));
        c.add(new Case("ND30-PART-TITLE-ITALIC", PARTS, "part title italic",
                doc(part("TÌNH HÌNH CHUNG", "<w:b/>", "center"), part("TÌNH HÌNH CHUNG", "<w:b/><w:i/>", "center"))));
        c.add(new Case("ND30-PART-TITLE-ALIGN", PARTS, "part title justified",
                doc(part("TÌNH HÌNH CHUNG", "<w:b/>", "center"), part("TÌNH HÌNH CHUNG", "<w:b/>", "both"))));
        c.add(new Case("ND30-ARTICLE-BOLD", ARTICLES, "article not bold", doc(article("<w:b/>"), article(""))));
        c.add(new Case("ND30-ARTICLE-ITALIC", ARTICLES, "article italic", doc(article("<w:b/>"), article("<w:b/><w:i/>"))));

        // Signer (mục II.7)
        c.add(new Case("ND30-SIGNER-MISSING", CLEAN, "no authority and title",
                all(doc(">KT. CHỦ TỊCH<", "><"), doc(">PHÓ CHỦ TỊCH<", "><"))));
        c.add(new Case("ND30-SIGNER-AUTHORITY", CLEAN, "KT without its full stop", doc(">KT. CHỦ TỊCH<", ">KT CHỦ TỊCH<")));
        c.add(new Case("ND30-SIGNER-TITLE-SIZE", CLEAN, "title 12 pt", styleRun("ChuKy", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-SIGNER-TITLE-CASE", CLEAN, "title in lower case", doc(">PHÓ CHỦ TỊCH<", ">Phó Chủ tịch<")));
        c.add(new Case("ND30-SIGNER-TITLE-BOLD", CLEAN, "title not bold", style("ChuKy", BOLD, "")));
        c.add(new Case("ND30-SIGNER-TITLE-ITALIC", CLEAN, "title italic", styleRun("ChuKy", "<w:i/>")));
        c.add(new Case("ND30-SIGNER-NAME-MISSING", CLEAN, "no name", doc(">Phạm Văn Hành<", "><")));
        c.add(new Case("ND30-SIGNER-NAME-SIZE", CLEAN, "name 12 pt", styleRun("HoTen", "<w:sz w:val=\"24\"/>")));
        c.add(new Case("ND30-SIGNER-NAME-CASE", CLEAN, "name in capitals", doc(">Phạm Văn Hành<", ">PHẠM VĂN HÀNH<")));
        c.add(new Case("ND30-SIGNER-NAME-BOLD", CLEAN, "name not bold", style("HoTen", BOLD, "")));
        c.add(new Case("ND30-SIGNER-NAME-ITALIC", CLEAN, "name italic", styleRun("HoTen", "<w:i/>")));
        c.add(new Case("ND30-SIGNER-NAME-ALIGN", CLEAN, "name left-aligned", stylePara("HoTen", "<w:jc w:val=\"left\"/>")));

        // Nơi nhận (mục II.9)
        c.add(new Case("ND30-RECIPIENTS-MISSING", CLEAN, "no Nơi nhận", doc(">Nơi nhận:<", "><")));
        c.add(new Case("ND30-RECIPIENTS-PUNCTUATION", CLEAN, "a recipient without its semicolon",
                doc(">- VP UBND huyện (b/c);<", ">- VP UBND huyện (b/c)<")));
        c.add(new Case("ND30-ARCHIVE-LINE", CLEAN, "Lưu without the drafting unit", doc(">- Lưu: VT, VH.<", ">- Lưu: VT.<")));
        c.add(new Case("ND30-RECIPIENTS-LABEL-SIZE", CLEAN, "Nơi nhận 14 pt", styleRun("NoiNhanNhan", "<w:sz w:val=\"28\"/>")));
        c.add(new Case("ND30-RECIPIENTS-LABEL-CASE", CLEAN, "Nơi nhận in capitals", doc(">Nơi nhận:<", ">NƠI NHẬN:<")));
        c.add(new Case("ND30-RECIPIENTS-LABEL-BOLD", CLEAN, "Nơi nhận not bold", style("NoiNhanNhan", BOLD, "")));
        c.add(new Case("ND30-RECIPIENTS-LABEL-ITALIC", CLEAN, "Nơi nhận upright", style("NoiNhanNhan", "<w:i/><w:iCs/>", "")));
        c.add(new Case("ND30-RECIPIENTS-LABEL-ALIGN", CLEAN, "Nơi nhận centred", stylePara("NoiNhanNhan", "<w:jc w:val=\"center\"/>")));
        c.add(new Case("ND30-RECIPIENTS-SIZE", CLEAN, "recipients 13 pt", styleRun("NoiNhan", "<w:sz w:val=\"26\"/>")));
        c.add(new Case("ND30-RECIPIENTS-BOLD", CLEAN, "recipients bold", styleRun("NoiNhan", "<w:b/>")));
        c.add(new Case("ND30-RECIPIENTS-ITALIC", CLEAN, "recipients italic", styleRun("NoiNhan", "<w:i/>")));
        c.add(new Case("ND30-RECIPIENTS-ALIGN", CLEAN, "recipients centred", stylePara("NoiNhan", "<w:jc w:val=\"center\"/>")));
        return c;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void everyRuleHasACaseAndNoCaseNamesAnUnknownRule() {
        Set<String> rules = Rules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = cases().stream().map(Case::rule).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(rules);
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(rules);
        assertTrue(missing.isEmpty(), "rules without a case: " + missing);
        assertTrue(unknown.isEmpty(), "cases for no rule: " + unknown);
        assertEquals(cases().size(), covered.size(), "one case per rule");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBaseSatisfiesTheRuleAndTheEditBreaksIt(Case c) {
        List<Finding> before = TestDocx.check(base(c.base()));
        assertFalse(has(before, c.rule()), () -> c.base() + " already breaks " + c.rule() + ": " + TestDocx.ids(before));
        List<Finding> after = TestDocx.check(c.edit().apply(base(c.base())));
        Finding finding = after.stream().filter(f -> f.rule().id().equals(c.rule())).findFirst()
                .orElseThrow(() -> new AssertionError(c + " gave " + TestDocx.ids(after)));
        Rule rule = Rules.byId(c.rule());
        assertTrue(finding.message().endsWith(rule.expected()), finding.message());
        assertFalse(finding.message().startsWith(";"), "a message says what is wrong first: " + finding.message());
    }

    /** The bases themselves: the corrected rendering is clean; each variant breaks only what it must. */
    @Test
    void theCorrectedRenderingHasNoFindings() {
        assertEquals(List.of(), TestDocx.ids(TestDocx.check(base(CLEAN))));
    }

    @Test
    void theVariantBasesAreReadAsIntended() {
        Components parent = Recognizer.recognize(TestDocx.read(base(PARENT)));
        assertEquals(List.of("UBND XÃ CẨM NGỌC"), parent.header().parentLines().stream().map(Line::text).toList());
        assertEquals(List.of("TRẠM Y TẾ"), parent.header().issuerLines().stream().map(Line::text).toList());
        Components letter = Recognizer.recognize(TestDocx.read(base(LETTER)));
        assertEquals(null, letter.typeName());
        assertEquals(List.of("V/v phòng, chống mại dâm năm 2023"), letter.header().letterSubject().stream().map(Line::text).toList());
        assertFalse(has(TestDocx.check(base(LETTER)), "ND30-TYPE-MISSING"), "a công văn has no type name to miss");
        Supplier<List<Components.BodyKind>> kinds = () -> Recognizer.recognize(TestDocx.read(base(PARTS))).body().stream()
                .map(Components.BodyPara::kind).limit(6).toList();
        assertEquals(List.of(Components.BodyKind.BASIS, Components.BodyKind.BASIS, Components.BodyKind.PARAGRAPH,
                Components.BodyKind.PART, Components.BodyKind.PART_TITLE, Components.BodyKind.SECTION), kinds.get());
    }

    private static boolean has(List<Finding> findings, String rule) {
        return findings.stream().anyMatch(f -> f.rule().id().equals(rule));
    }
}
