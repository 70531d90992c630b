package vn.vanban.check;

import java.util.List;
import vn.vanban.nd30.Underline;

/**
 * The checker's view of a line the decree draws under a component ({@link Underline}): the rules
 * it makes and how far a hand-drawn line may stray from the rule book's length.
 */
public record RuleLine(Underline underline, String name) {

    public static final RuleLine ISSUER = new RuleLine(Underline.ISSUER, "tên cơ quan ban hành");
    public static final RuleLine MOTTO = new RuleLine(Underline.MOTTO, "Tiêu ngữ");
    public static final RuleLine SUBJECT = new RuleLine(Underline.SUBJECT, "trích yếu");

    public static final List<RuleLine> ALL = List.of(ISSUER, MOTTO, SUBJECT);

    /** Hand-drawn lines are allowed this much (a share of the text width) beyond the decree's length. */
    static final double FULL_LENGTH_TOLERANCE = 0.10;
    /** ... and this much, in twips (1 mm), around 1/3 and 1/2. */
    static final int SHORT_LENGTH_TOLERANCE = 57;
    /** How far the centre of the line may stand from the centre of the text: 2 mm. */
    static final int CENTER_TOLERANCE = 113;

    public String id() {
        return underline.name();
    }

    public String source() {
        return underline.under().source;
    }

    public boolean fullLength() {
        return underline.fullLength();
    }

    public Rule missing() {
        return new Rule("ND30-" + id() + "-RULE-MISSING", source(), Severity.ERROR, "Có đường kẻ dưới " + name,
                "phải có đường kẻ ngang, nét liền dưới " + name);
    }

    public Rule length() {
        return new Rule("ND30-" + id() + "-RULE-LENGTH", source(), Severity.ERROR, "Độ dài đường kẻ dưới " + name,
                fullLength() ? "đường kẻ phải dài bằng dòng chữ " + name + " (sai lệch không quá 10%)"
                        : "đường kẻ phải dài từ " + fraction(underline.minShare()) + " đến " + fraction(underline.maxShare())
                                + " dòng chữ " + name);
    }

    public Rule centered() {
        return new Rule("ND30-" + id() + "-RULE-CENTERED", source(), Severity.ERROR, "Vị trí đường kẻ dưới " + name,
                "đường kẻ phải đặt cân đối (canh giữa) so với dòng chữ " + name);
    }

    public Rule solid() {
        return new Rule("ND30-" + id() + "-RULE-SOLID", source(), Severity.ERROR, "Nét của đường kẻ dưới " + name,
                "đường kẻ phải là nét liền");
    }

    /** 1/3, 1/2: the shares the decree writes as fractions. */
    private static String fraction(double share) {
        long denominator = Math.round(1 / share);
        return "1/" + denominator;
    }

    public List<Rule> rules() {
        return List.of(missing(), length(), centered(), solid());
    }
}
