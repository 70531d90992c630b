package vn.vanban.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.nd30.Choice;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Form;
import vn.vanban.nd30.Page;
import vn.vanban.nd30.Range;

/**
 * Every rule the checker applies, with where Decree 30 says it. The format rules of each
 * component come from the rule book through {@link ComponentRules}; the rules under the issuing
 * body, the motto and the subject from {@link RuleLine}; the rest are listed here, their ranges and
 * fixed words read from the rule book ({@code vn.vanban.nd30}).
 */
public final class Rules {

    private static final String I = "Phụ lục I, Phần I, mục I.";
    private static final String II = "Phụ lục I, Phần I, mục II.";
    private static final Range PAGE_NUMBER_SIZES = Component.PAGE_NUMBER.size.allowed();

    public static final Rule PAGE_A4 = rule("ND30-PAGE-A4", I + "1", "Khổ giấy",
            "phải khổ A4 (210 × 297 mm)");
    public static final Rule PAGE_ORIENTATION = new Rule("ND30-PAGE-ORIENTATION", I + "2", Severity.WARNING,
            "Hướng trang", "phải trình bày theo chiều dài khổ A4; chỉ trình bày theo chiều rộng khi nội dung có bảng, biểu");
    public static final Rule MARGIN_TOP = margin("ND30-MARGIN-TOP", Choice.MARGIN_TOP, "trên");
    public static final Rule MARGIN_BOTTOM = margin("ND30-MARGIN-BOTTOM", Choice.MARGIN_BOTTOM, "dưới");
    public static final Rule MARGIN_LEFT = margin("ND30-MARGIN-LEFT", Choice.MARGIN_LEFT, "trái");
    public static final Rule MARGIN_RIGHT = margin("ND30-MARGIN-RIGHT", Choice.MARGIN_RIGHT, "phải");
    public static final Rule FONT_FAMILY = rule("ND30-FONT-FAMILY", I + "4", "Phông chữ của mọi đoạn có chữ",
            "phải dùng phông chữ Times New Roman");
    public static final Rule FONT_COLOR = rule("ND30-FONT-COLOR", I + "4", "Màu chữ", "chữ phải màu đen");
    public static final Rule LEGACY_FONT = rule("ND30-LEGACY-FONT", I + "4",
            "Phông chữ bộ mã cũ (.VnTime, .VnTimeH, VNI-Times, ...): chữ không phải Unicode",
            "phải gõ bằng bộ mã Unicode theo TCVN 6909:2001 với phông Times New Roman; hãy chuyển mã văn bản sang "
                    + "Unicode (ví dụ công cụ chuyển mã của Unikey) rồi đặt phông Times New Roman");
    public static final Rule UNICODE_NFC = new Rule("ND30-UNICODE-NFC", I + "4", Severity.WARNING,
            "Chữ Unicode tổ hợp (dấu gõ tách rời chữ cái)",
            "nên dùng Unicode dựng sẵn (NFC) để tìm kiếm, sắp xếp và hiển thị đúng");
    public static final Rule PAGE_NUMBER_MISSING = rule("ND30-PAGE-NUMBER-MISSING", I + "7", "Có đánh số trang",
            "phải đánh số trang bằng trường số trang (PAGE) ở đầu trang, canh giữa, từ trang thứ hai");
    public static final Rule PAGE_NUMBER_FIRST_PAGE = rule("ND30-PAGE-NUMBER-FIRST-PAGE", I + "7",
            "Số trang ở trang thứ nhất", "không được hiển thị số trang ở trang thứ nhất (bật \"Trang đầu khác\" cho đầu trang)");
    public static final Rule PAGE_NUMBER_POSITION = rule("ND30-PAGE-NUMBER-POSITION", I + "7", "Vị trí số trang",
            "số trang phải đặt canh giữa theo chiều ngang trong phần lề trên (đầu trang)");
    public static final Rule PAGE_NUMBER_FORMAT = rule("ND30-PAGE-NUMBER-FORMAT", I + "7",
            "Kiểu số trang: chữ số Ả Rập từ 1, cỡ " + PAGE_NUMBER_SIZES.text() + ", chữ đứng",
            "số trang phải bằng chữ số Ả Rập, đánh từ số 1, cỡ chữ " + Range.number(PAGE_NUMBER_SIZES.min()) + " đến "
                    + Range.number(PAGE_NUMBER_SIZES.max()) + ", kiểu chữ đứng");

    public static final Rule NATIONAL_TITLE_MISSING = rule("ND30-NATIONAL-TITLE-MISSING", II + "1.a", "Có Quốc hiệu",
            "phải có Quốc hiệu \"" + Component.NATIONAL_TITLE.fixedText + "\" ở phía trên cùng, bên phải trang đầu");
    public static final Rule NATIONAL_TITLE_POSITION = rule("ND30-NATIONAL-TITLE-POSITION", II + "1.a",
            "Vị trí Quốc hiệu", "Quốc hiệu phải ở phía trên cùng, bên phải trang đầu (cột phải của phần đầu văn bản)");
    public static final Rule MOTTO_MISSING = rule("ND30-MOTTO-MISSING", II + "1.b", "Có Tiêu ngữ",
            "phải có Tiêu ngữ \"" + Component.MOTTO.fixedText + "\" canh giữa dưới Quốc hiệu");
    public static final Rule MOTTO_TEXT = rule("ND30-MOTTO-TEXT", II + "1.b", "Cách viết Tiêu ngữ",
            "phải viết \"" + Component.MOTTO.fixedText + "\": chữ cái đầu mỗi cụm từ viết hoa, giữa các cụm từ có gạch nối (-) và có cách chữ");
    public static final Rule HEADER_SPACING = new Rule("ND30-HEADER-SPACING", II + "1.c; mục II.2.b", Severity.WARNING,
            "Giãn dòng của Quốc hiệu, Tiêu ngữ và tên cơ quan",
            "Quốc hiệu và Tiêu ngữ, tên cơ quan chủ quản và tên cơ quan ban hành phải cách nhau dòng đơn");
    public static final Rule ISSUER_MISSING = rule("ND30-ISSUER-MISSING", II + "2", "Có tên cơ quan ban hành",
            "phải có tên cơ quan, tổ chức ban hành văn bản ở phía trên bên trái trang đầu");
    public static final Rule NUMBER_MISSING = rule("ND30-NUMBER-MISSING", II + "3", "Có số, ký hiệu",
            "phải có dòng \"Số: .../...\" canh giữa dưới tên cơ quan ban hành");
    public static final Rule NUMBER_FORMAT = rule("ND30-NUMBER-FORMAT", II + "3.c", "Cách viết số, ký hiệu",
            "phải viết từ \"Số\" in thường, sau có dấu hai chấm (:); giữa số và ký hiệu có gạch chéo (/), giữa các nhóm chữ "
                    + "viết tắt có gạch nối (-), không cách chữ; ký hiệu viết in hoa");
    public static final Rule NUMBER_PADDING = rule("ND30-NUMBER-PADDING", II + "3.c", "Số 0 trước số nhỏ hơn 10",
            "số nhỏ hơn 10 phải ghi thêm số 0 phía trước (ví dụ 05), số từ 10 trở lên không thêm số 0");
    public static final Rule SYMBOL_TYPE = rule("ND30-SYMBOL-TYPE", II + "3.b; Phụ lục III, mục I",
            "Chữ viết tắt tên loại trong ký hiệu",
            "ký hiệu phải bắt đầu bằng chữ viết tắt tên loại văn bản theo Phụ lục III");
    public static final Rule DATE_MISSING = rule("ND30-DATE-MISSING", II + "4", "Có địa danh và thời gian",
            "phải có dòng \"<Địa danh>, ngày ... tháng ... năm ...\" cùng dòng với số, ký hiệu, canh giữa dưới Quốc hiệu");
    public static final Rule DATE_FORMAT = rule("ND30-DATE-FORMAT", II + "4.b–c", "Cách viết địa danh và thời gian",
            "phải viết \"<Địa danh>, ngày ... tháng ... năm ...\" đầy đủ bằng chữ số Ả Rập; chữ cái đầu của địa danh "
                    + "viết hoa, sau địa danh có dấu phẩy");
    public static final Rule DATE_PADDING = rule("ND30-DATE-PADDING", II + "4.b", "Số 0 trước ngày và tháng",
            "ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước (ngày 05, tháng 01, tháng 02); "
                    + "tháng 3 đến tháng 12 không thêm số 0");
    public static final Rule TYPE_MISSING = rule("ND30-TYPE-MISSING", II + "5.b", "Có tên loại văn bản",
            "phải có tên loại văn bản (ví dụ KẾ HOẠCH) canh giữa dưới phần đầu văn bản; công văn thì có trích yếu \"V/v ...\"");
    public static final Rule SUBJECT_MISSING = rule("ND30-SUBJECT-MISSING", II + "5.b", "Có trích yếu",
            "phải có trích yếu nội dung ngay dưới tên loại văn bản");
    public static final Rule LETTER_TYPE_NAME = rule("ND30-LETTER-TYPE-NAME", Form.LETTER.source() + "; " + II + "5.b",
            "Tên loại trên công văn", "không được ghi tên loại (dòng \"CÔNG VĂN\") trên công văn: công văn không có tên loại, "
                    + "trích yếu \"V/v ...\" đặt dưới số, ký hiệu");
    public static final Rule ADDRESSEE_MISSING = rule("ND30-ADDRESSEE-MISSING", Form.LETTER.source() + "; " + Component.ADDRESSEE.source,
            "Có \"Kính gửi\" trên công văn", "công văn phải có \"" + Component.ADDRESSEE.fixedText
                    + "\" và tên cơ quan, tổ chức, cá nhân nhận văn bản, ngay dưới phần đầu văn bản");
    public static final Rule AUTHORITY_MISSING = rule("ND30-AUTHORITY-MISSING", Component.AUTHORITY.source,
            "Có thẩm quyền ban hành quyết định", "quyết định phải có dòng thẩm quyền ban hành (tên tập thể hoặc chức vụ "
                    + "người đứng đầu, ví dụ ỦY BAN NHÂN DÂN TỈNH ... hay CHỦ TỊCH ỦY BAN NHÂN DÂN ...) dưới trích yếu, trên các căn cứ");
    public static final Rule DECIDES_MISSING = rule("ND30-DECIDES-MISSING", Component.DECIDES.source,
            "Có từ \"QUYẾT ĐỊNH:\"", "quyết định phải có dòng \"" + Component.DECIDES.fixedText
                    + "\" sau các căn cứ, trước các điều");
    public static final Rule ARTICLE_ORDER = rule("ND30-ARTICLE-ORDER", Component.AUTHORITY.source + "; " + II + "6.đ",
            "Các điều của quyết định", "nội dung quyết định phải chia thành các điều đánh số liên tiếp từ \"Điều 1.\", "
                    + "điều đầu tiên ngay sau \"" + Component.DECIDES.fixedText + "\"");
    public static final Rule TABLE_HEADER = new Rule("ND30-TABLE-HEADER", I + "2", Severity.WARNING,
            "Hàng tiêu đề của bảng số liệu trong báo cáo", "bảng số liệu nên là bảng (table) của Word có hàng tiêu đề đặt "
                    + "lặp lại ở đầu mỗi trang (Lặp lại hàng tiêu đề), để trang sau vẫn đọc được tên các cột");
    public static final Rule BASIS_PUNCTUATION = rule("ND30-BASIS-PUNCTUATION", II + "6.a",
            "Dấu câu cuối mỗi căn cứ ban hành",
            "sau mỗi căn cứ phải xuống dòng, cuối dòng có dấu chấm phẩy (;), dòng căn cứ cuối cùng kết thúc bằng dấu chấm (.)");
    public static final Rule POINT_LETTER = rule("ND30-POINT-LETTER", II + "6.đ", "Chữ cái đánh thứ tự điểm",
            "điểm phải đánh bằng chữ cái tiếng Việt theo thứ tự a), b), c), d), đ), e), g), h), ... (không có f, j, w, z)");
    public static final Rule POINT_ORDER = rule("ND30-POINT-ORDER", II + "6.đ", "Thứ tự các điểm",
            "các điểm trong một khoản phải theo thứ tự bảng chữ cái tiếng Việt, bắt đầu từ a)");
    public static final Rule BODY_MISSING = rule("ND30-BODY-MISSING", II + "6", "Có nội dung văn bản",
            "phải có nội dung văn bản giữa tên loại, trích yếu và phần ký");
    public static final Rule BODY_INDENT = rule("ND30-BODY-INDENT", II + "6.e", "Thụt đầu dòng của nội dung",
            "chữ đầu dòng phải lùi vào " + Choice.FIRST_LINE_INDENT.allowedText());
    public static final Rule BODY_SPACING = rule("ND30-BODY-SPACING", II + "6.e", "Khoảng cách giữa các đoạn",
            "khoảng cách giữa các đoạn văn phải tối thiểu là " + Range.number(Choice.PARAGRAPH_SPACING.allowed.min()) + " pt");
    public static final Rule BODY_LINE_SPACING = rule("ND30-BODY-LINE-SPACING", II + "6.e", "Khoảng cách giữa các dòng",
            "khoảng cách giữa các dòng phải từ dòng đơn đến " + Range.number(Choice.LINE_SPACING.allowed.max()) + " dòng");
    public static final Rule BODY_END = new Rule("ND30-BODY-END", "Phụ lục III, các mẫu 1.1–1.10", Severity.WARNING,
            "Dấu kết thúc nội dung", "nội dung văn bản nên kết thúc bằng dấu \"" + Page.BODY_END + "\" như các mẫu của Phụ lục III");
    public static final Rule SIGNER_MISSING = rule("ND30-SIGNER-MISSING", II + "7", "Có quyền hạn, chức vụ người ký",
            "phải có quyền hạn, chức vụ của người ký (ví dụ TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH) ở cuối văn bản, bên phải");
    public static final Rule SIGNER_AUTHORITY = rule("ND30-SIGNER-AUTHORITY", II + "7.b", "Chữ viết tắt quyền hạn ký",
            "chữ viết tắt quyền hạn phải là \"TM.\", \"KT.\", \"TL.\", \"TUQ.\" hoặc \"Q.\" (có dấu chấm) đặt trước tên tập thể "
                    + "hoặc chức vụ");
    public static final Rule SIGNER_NAME_MISSING = rule("ND30-SIGNER-NAME-MISSING", II + "7.đ", "Có họ tên người ký",
            "phải có họ và tên người ký dưới chức vụ");
    public static final Rule RECIPIENTS_MISSING = rule("ND30-RECIPIENTS-MISSING", II + "9.d", "Có nơi nhận",
            "phải có \"" + Component.RECIPIENTS_LABEL.fixedText + "\" ở cuối văn bản, bên trái, và danh sách nơi nhận");
    public static final Rule RECIPIENTS_PUNCTUATION = rule("ND30-RECIPIENTS-PUNCTUATION", II + "9.d",
            "Dấu câu của nơi nhận", "sau \"Nơi nhận\" phải có dấu hai chấm (:); mỗi nơi nhận trên một dòng, đầu dòng có gạch đầu "
                    + "dòng (-), cuối dòng có dấu chấm phẩy (;)");
    public static final Rule ARCHIVE_LINE = rule("ND30-ARCHIVE-LINE", II + "9.d", "Dòng \"Lưu\"",
            "dòng cuối của nơi nhận phải là \"- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.\"");

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(List.of(PAGE_A4, PAGE_ORIENTATION, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, FONT_FAMILY,
                FONT_COLOR, LEGACY_FONT, UNICODE_NFC, PAGE_NUMBER_MISSING, PAGE_NUMBER_FIRST_PAGE, PAGE_NUMBER_POSITION,
                PAGE_NUMBER_FORMAT, NATIONAL_TITLE_MISSING, NATIONAL_TITLE_POSITION, MOTTO_MISSING, MOTTO_TEXT,
                HEADER_SPACING, ISSUER_MISSING, NUMBER_MISSING, NUMBER_FORMAT, NUMBER_PADDING, SYMBOL_TYPE, DATE_MISSING,
                DATE_FORMAT, DATE_PADDING, TYPE_MISSING, SUBJECT_MISSING, LETTER_TYPE_NAME, ADDRESSEE_MISSING,
                AUTHORITY_MISSING, DECIDES_MISSING, ARTICLE_ORDER, TABLE_HEADER, BASIS_PUNCTUATION, POINT_LETTER, POINT_ORDER,
                BODY_MISSING, BODY_INDENT, BODY_SPACING, BODY_LINE_SPACING, BODY_END, SIGNER_MISSING, SIGNER_AUTHORITY,
                SIGNER_NAME_MISSING, RECIPIENTS_MISSING, RECIPIENTS_PUNCTUATION, ARCHIVE_LINE));
        for (RuleLine line : RuleLine.ALL) {
            all.addAll(line.rules());
        }
        for (Component component : ComponentRules.CHECKED) {
            all.addAll(ComponentRules.of(component));
        }
        for (Rule r : all) {
            if (BY_ID.put(r.id(), r) != null) {
                throw new IllegalStateException("two rules with id " + r.id());
            }
        }
    }

    private Rules() {
    }

    private static Rule margin(String id, Choice margin, String side) {
        return rule(id, margin.source, margin.label, "phải cách mép " + side + " " + margin.allowedText());
    }

    private static Rule rule(String id, String source, String checks, String expected) {
        return new Rule(id, source, Severity.ERROR, checks, expected);
    }

    /** Every rule, in the order of the decree. */
    public static List<Rule> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Rule byId(String id) {
        Rule rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + id);
        }
        return rule;
    }
}
