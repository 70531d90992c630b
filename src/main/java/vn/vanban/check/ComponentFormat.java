package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The size, case, weight, slant and alignment Phụ lục I sets for each component (mục II and the
 * summary table of mục V), as data. Each non-null property becomes one rule,
 * ND30-&lt;ID&gt;-SIZE, -CASE, -BOLD, -ITALIC or -ALIGN.
 *
 * @param minSize smallest size in points, null when the component's size is checked elsewhere
 * @param letterCase UPPER ("in hoa"), LOWER ("in thường": not typed in capitals), or null
 * @param bold true bold ("đậm"), false regular, null not checked
 * @param italic true italic ("nghiêng"), false upright ("đứng"), null not checked
 * @param alignment how its paragraph is aligned, or null
 */
public record ComponentFormat(
        String id,
        String name,
        String source,
        Double minSize,
        Double maxSize,
        LetterCase letterCase,
        Boolean bold,
        Boolean italic,
        Align alignment) {

    public enum LetterCase { UPPER, LOWER }

    public enum Align {
        CENTER("canh giữa"), LEFT("sát lề trái"), JUSTIFIED("canh đều hai lề");

        final String vietnamese;

        Align(String vietnamese) {
            this.vietnamese = vietnamese;
        }
    }

    private static final String II = "Phụ lục I, Phần I, mục II.";

    public static final ComponentFormat PARENT = new ComponentFormat("PARENT", "Tên cơ quan chủ quản",
            II + "2.b", 12.0, 13.0, LetterCase.UPPER, false, false, null);
    public static final ComponentFormat ISSUER = new ComponentFormat("ISSUER", "Tên cơ quan ban hành",
            II + "2.b", 12.0, 13.0, LetterCase.UPPER, true, false, Align.CENTER);
    public static final ComponentFormat NATIONAL_TITLE = new ComponentFormat("NATIONAL-TITLE", "Quốc hiệu",
            II + "1.a", 12.0, 13.0, LetterCase.UPPER, true, false, null);
    public static final ComponentFormat MOTTO = new ComponentFormat("MOTTO", "Tiêu ngữ",
            II + "1.b", 13.0, 14.0, LetterCase.LOWER, true, false, Align.CENTER);
    public static final ComponentFormat NUMBER = new ComponentFormat("NUMBER", "Số, ký hiệu",
            II + "3.c", 13.0, 13.0, null, false, false, Align.CENTER);
    public static final ComponentFormat DATE = new ComponentFormat("DATE", "Địa danh và thời gian",
            II + "4.c", 13.0, 14.0, LetterCase.LOWER, false, true, Align.CENTER);
    public static final ComponentFormat TYPE = new ComponentFormat("TYPE", "Tên loại văn bản",
            II + "5.b", 13.0, 14.0, LetterCase.UPPER, true, false, Align.CENTER);
    public static final ComponentFormat SUBJECT = new ComponentFormat("SUBJECT", "Trích yếu",
            II + "5.b", 13.0, 14.0, LetterCase.LOWER, true, false, Align.CENTER);
    public static final ComponentFormat LETTER_SUBJECT = new ComponentFormat("LETTER-SUBJECT",
            "Trích yếu công văn (V/v)", II + "5.b", 12.0, 13.0, LetterCase.LOWER, false, false, Align.CENTER);
    public static final ComponentFormat BASIS = new ComponentFormat("BASIS", "Căn cứ ban hành",
            II + "6.a", null, null, null, null, true, null);
    public static final ComponentFormat PART = new ComponentFormat("PART",
            "Từ \"Phần\", \"Chương\", \"Mục\", \"Tiểu mục\" và số thứ tự", II + "6.đ",
            null, null, LetterCase.LOWER, true, false, Align.CENTER);
    public static final ComponentFormat PART_TITLE = new ComponentFormat("PART-TITLE",
            "Tiêu đề của phần, chương, mục, tiểu mục", II + "6.đ", null, null, LetterCase.UPPER, true, false, Align.CENTER);
    public static final ComponentFormat SECTION = new ComponentFormat("SECTION",
            "Số thứ tự và tiêu đề mục (I., II., ...)", II + "6.đ; mục V, dòng 6b", null, null, LetterCase.UPPER, true,
            false, null);
    public static final ComponentFormat ARTICLE = new ComponentFormat("ARTICLE", "Từ \"Điều\", số thứ tự và tiêu đề điều",
            II + "6.đ", null, null, null, true, false, null);
    public static final ComponentFormat ITEM_TITLE = new ComponentFormat("ITEM-TITLE", "Số thứ tự và tiêu đề khoản",
            II + "6.đ", null, null, null, true, false, null);
    public static final ComponentFormat BODY = new ComponentFormat("BODY", "Nội dung văn bản",
            II + "6.e", 13.0, 14.0, LetterCase.LOWER, null, false, Align.JUSTIFIED);
    public static final ComponentFormat SIGNER_TITLE = new ComponentFormat("SIGNER-TITLE",
            "Quyền hạn, chức vụ của người ký", II + "7.đ", 13.0, 14.0, LetterCase.UPPER, true, false, null);
    public static final ComponentFormat SIGNER_NAME = new ComponentFormat("SIGNER-NAME", "Họ tên người ký",
            II + "7.đ", 13.0, 14.0, LetterCase.LOWER, true, false, Align.CENTER);
    public static final ComponentFormat RECIPIENTS_LABEL = new ComponentFormat("RECIPIENTS-LABEL", "Từ \"Nơi nhận\"",
            II + "9.d", 12.0, 12.0, LetterCase.LOWER, true, true, Align.LEFT);
    public static final ComponentFormat RECIPIENTS = new ComponentFormat("RECIPIENTS", "Danh sách nơi nhận",
            II + "9.d", 11.0, 11.0, null, false, false, Align.LEFT);

    public static final List<ComponentFormat> ALL = List.of(PARENT, ISSUER, NATIONAL_TITLE, MOTTO, NUMBER, DATE, TYPE,
            SUBJECT, LETTER_SUBJECT, BASIS, PART, PART_TITLE, SECTION, ARTICLE, ITEM_TITLE, BODY, SIGNER_TITLE,
            SIGNER_NAME, RECIPIENTS_LABEL, RECIPIENTS);

    public Rule sizeRule() {
        return minSize == null ? null : rule("SIZE", "cỡ chữ của " + lower(name),
                minSize.equals(maxSize) ? "phải cỡ chữ " + pt(minSize) : "phải cỡ chữ từ " + pt(minSize) + " đến " + pt(maxSize));
    }

    public Rule caseRule() {
        return letterCase == null ? null : rule("CASE", "chữ in hoa hay in thường của " + lower(name),
                letterCase == LetterCase.UPPER ? "phải viết chữ in hoa" : "phải viết chữ in thường (không gõ toàn chữ in hoa)");
    }

    public Rule boldRule() {
        return bold == null ? null : rule("BOLD", "chữ đậm của " + lower(name),
                bold ? "phải in đậm" : "phải chữ thường, không in đậm");
    }

    public Rule italicRule() {
        return italic == null ? null : rule("ITALIC", "chữ nghiêng của " + lower(name),
                italic ? "phải in nghiêng" : "phải kiểu chữ đứng, không in nghiêng");
    }

    public Rule alignRule() {
        return alignment == null ? null : rule("ALIGN", "căn lề của " + lower(name), "phải " + alignment.vietnamese);
    }

    /** The rules this component's format makes, in the order above. */
    public List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : new Rule[] {sizeRule(), caseRule(), boldRule(), italicRule(), alignRule()}) {
            if (r != null) {
                rules.add(r);
            }
        }
        return rules;
    }

    private Rule rule(String property, String checks, String expected) {
        return new Rule("ND30-" + id + "-" + property, source, Severity.ERROR, upperFirst(checks), expected);
    }

    static String pt(double size) {
        return (size == Math.rint(size) ? Integer.toString((int) size) : Double.toString(size).replace('.', ',')) + " pt";
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
