package vn.vanban.nd30;

import static vn.vanban.nd30.LetterCase.LOWER;
import static vn.vanban.nd30.LetterCase.UPPER;

/**
 * Every component of a document and the format Phụ lục I gives it (mục II and the summary table
 * of mục V): size, case, weight, slant, alignment, and its words where the decree fixes them.
 * The renderer's styles, the layout's sizes and the checker's rules are all read from here; a
 * null property is one the decree leaves to the text (a heading's size is the body's).
 */
public enum Component {

    //                 name                                          source   size                                                      case   bold   italic  align
    PARENT("Tên cơ quan chủ quản", "2.b", Size.chosen(Range.of(12, 13), Choice.ISSUER_SIZE), UPPER, false, false, null),
    ISSUER("Tên cơ quan ban hành", "2.b", Size.chosen(Range.of(12, 13), Choice.ISSUER_SIZE), UPPER, true, false, Align.CENTER),
    NATIONAL_TITLE("Quốc hiệu", "1.a", Size.chosen(Range.of(12, 13), Choice.NATIONAL_TITLE_SIZE), UPPER, true, false, null,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    /** One point larger than the Quốc hiệu: the decree's examples pair 12/13 and 13/14 (inferred). */
    MOTTO("Tiêu ngữ", "1.b", Size.chosen(Range.of(13, 14), Choice.NATIONAL_TITLE_SIZE, 1), LOWER, true, false, Align.CENTER,
            "Độc lập - Tự do - Hạnh phúc"),
    NUMBER("Số, ký hiệu", "3.c", Size.exactly(13), null, false, false, Align.CENTER),
    /** The body's size, made smaller (down to 13) when a long place name would not fit its column. */
    DATE("Địa danh và thời gian", "4.c", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), LOWER, false, true, Align.CENTER),
    TYPE("Tên loại văn bản", "5.b", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), UPPER, true, false, Align.CENTER),
    SUBJECT("Trích yếu", "5.b", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), LOWER, true, false, Align.CENTER),
    /** The decree's example is 12 pt. */
    LETTER_SUBJECT("Trích yếu công văn (V/v)", "5.b", Size.fixed(Range.of(12, 13), 12), LOWER, false, false, Align.CENTER),
    BASIS("Căn cứ ban hành", "6.a", null, null, null, true, null),
    PART("Từ \"Phần\", \"Chương\", \"Mục\", \"Tiểu mục\" và số thứ tự", "6.đ", null, LOWER, true, false, Align.CENTER),
    PART_TITLE("Tiêu đề của phần, chương, mục, tiểu mục", "6.đ", null, UPPER, true, false, Align.CENTER),
    SECTION("Số thứ tự và tiêu đề mục (I., II., ...)", "6.đ; mục V, dòng 6b", null, UPPER, true, false, null),
    ARTICLE("Từ \"Điều\", số thứ tự và tiêu đề điều", "6.đ", null, null, true, false, null),
    ITEM_TITLE("Số thứ tự và tiêu đề khoản", "6.đ", null, null, true, false, null),
    BODY("Nội dung văn bản", "6.e", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), LOWER, null, false, Align.JUSTIFIED),
    SIGNER_TITLE("Quyền hạn, chức vụ của người ký", "7.đ", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), UPPER, true,
            false, null),
    SIGNER_NAME("Họ tên người ký", "7.đ", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), LOWER, true, false, Align.CENTER),
    RECIPIENTS_LABEL("Từ \"Nơi nhận\"", "9.d", Size.exactly(12), LOWER, true, true, Align.LEFT, "Nơi nhận:"),
    RECIPIENTS("Danh sách nơi nhận", "9.d", Size.exactly(11), null, false, false, Align.LEFT),
    /**
     * Ô 9a of a Công văn, or of a Báo cáo or Tờ trình sent upward: "Kính gửi:" and the addressee on
     * one line, or each addressee on a line of its own, dashes aligned under the colon.
     */
    ADDRESSEE("Từ \"Kính gửi\" và nơi nhận văn bản", "9.d", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), LOWER, false,
            false, null, "Kính gửi:"),
    /**
     * The authority that decides, between the subject and the legal bases of a Quyết định: the
     * head's title or the collective body's name (Mẫu 1.2–1.3, ghi chú 6); capitals, bold, centred,
     * the body's size as in the samples (inferred).
     */
    AUTHORITY("Thẩm quyền ban hành quyết định", "Phụ lục III, Mẫu 1.2–1.3", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE),
            UPPER, true, false, Align.CENTER),
    /** "QUYẾT ĐỊNH:" between the legal bases and the articles (Mẫu 1.2–1.3), as the authority line (inferred). */
    DECIDES("Từ \"QUYẾT ĐỊNH:\" trước các điều", "Phụ lục III, Mẫu 1.2–1.3", Size.chosen(Range.of(13, 14), Choice.BODY_SIZE),
            UPPER, true, false, Align.CENTER, "QUYẾT ĐỊNH:"),
    /** Phụ lục I, Phần I, mục I.7: Arabic numerals, 13–14, upright, centred in the top margin, not on page 1. */
    PAGE_NUMBER("Số trang", null, Size.chosen(Range.of(13, 14), Choice.BODY_SIZE), null, null, false, Align.CENTER);

    // The rule book's columns, read as Component.MOTTO.fixedText: immutable values, so plain fields serve
    // where accessors would only repeat their names.
    /** The component's name in Vietnamese, as the checker's messages use it. */
    public final String displayName;
    /** Where the decree says it, e.g. "Phụ lục I, Phần I, mục II.2.b". */
    public final String source;
    /** Null when the component takes the size of the text around it. */
    public final Size size;
    public final LetterCase letterCase;
    /** True bold ("đậm"), false regular, null either. */
    public final Boolean bold;
    /** True italic ("nghiêng"), false upright ("đứng"), null either. */
    public final Boolean italic;
    public final Align alignment;
    /** The words the decree fixes (the Quốc hiệu, the motto, "Nơi nhận:"), or null. */
    public final String fixedText;

    Component(String displayName, String item, Size size, LetterCase letterCase, Boolean bold, Boolean italic,
            Align alignment) {
        this(displayName, item, size, letterCase, bold, italic, alignment, null);
    }

    Component(String displayName, String item, Size size, LetterCase letterCase, Boolean bold, Boolean italic,
            Align alignment, String fixedText) {
        this.displayName = displayName;
        this.source = item == null ? Source.PAGE + "7" : item.startsWith("Phụ lục") ? item : Source.COMPONENT + item;
        this.size = size;
        this.letterCase = letterCase;
        this.bold = bold;
        this.italic = italic;
        this.alignment = alignment;
        this.fixedText = fixedText;
    }

    /** The id in rule names: ISSUER, NATIONAL-TITLE, SIGNER-NAME. */
    public String id() {
        return name().replace('_', '-');
    }
}
