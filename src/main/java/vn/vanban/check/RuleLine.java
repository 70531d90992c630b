package vn.vanban.check;

import java.util.List;

/**
 * A horizontal rule the decree draws under a component: under the issuing body and the subject
 * 1/3 to 1/2 as long as the line of text, under the motto as long as the motto.
 */
public record RuleLine(String id, String name, String source, boolean fullLength) {

    private static final String II = "Phụ lục I, Phần I, mục II.";

    public static final RuleLine ISSUER = new RuleLine("ISSUER", "tên cơ quan ban hành", II + "2.b", false);
    public static final RuleLine MOTTO = new RuleLine("MOTTO", "Tiêu ngữ", II + "1.b", true);
    public static final RuleLine SUBJECT = new RuleLine("SUBJECT", "trích yếu", II + "5.b", false);

    public static final List<RuleLine> ALL = List.of(ISSUER, MOTTO, SUBJECT);

    /** Hand-drawn lines are allowed this much (a share of the text width) beyond the decree's length. */
    static final double FULL_LENGTH_TOLERANCE = 0.10;
    /** ... and this much, in twips (1 mm), around 1/3 and 1/2. */
    static final int SHORT_LENGTH_TOLERANCE = 57;
    /** How far the centre of the line may stand from the centre of the text: 2 mm. */
    static final int CENTER_TOLERANCE = 113;

    public Rule missing() {
        return new Rule("ND30-" + id + "-RULE-MISSING", source, Severity.ERROR, "Có đường kẻ dưới " + name,
                "phải có đường kẻ ngang, nét liền dưới " + name);
    }

    public Rule length() {
        return new Rule("ND30-" + id + "-RULE-LENGTH", source, Severity.ERROR, "Độ dài đường kẻ dưới " + name,
                fullLength ? "đường kẻ phải dài bằng dòng chữ " + name + " (sai lệch không quá 10%)"
                        : "đường kẻ phải dài từ 1/3 đến 1/2 dòng chữ " + name);
    }

    public Rule centered() {
        return new Rule("ND30-" + id + "-RULE-CENTERED", source, Severity.ERROR, "Vị trí đường kẻ dưới " + name,
                "đường kẻ phải đặt cân đối (canh giữa) so với dòng chữ " + name);
    }

    public Rule solid() {
        return new Rule("ND30-" + id + "-RULE-SOLID", source, Severity.ERROR, "Nét của đường kẻ dưới " + name,
                "đường kẻ phải là nét liền");
    }

    public List<Rule> rules() {
        return List.of(missing(), length(), centered(), solid());
    }
}
