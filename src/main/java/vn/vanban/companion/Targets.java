package vn.vanban.companion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;
import vn.vanban.text.PlainText;

/**
 * The targets (chi_tieu) of a plan as rows of a Báo cáo's table: the figure a target opens with
 * ("100%", "Ít nhất 30%") is what the plan set (ke_hoach), the rest is the target (chi_tieu).
 */
final class Targets {

    /**
     * A share, or a range of shares, which is one figure: "10%", "95,5 %", "80-90%", "80% - 90%",
     * "từ 80% đến 90%". Counts ("02 lần/năm", "02 lớp") are not figures of the table: they are part
     * of what the target measures.
     */
    private static final String FIGURE = "(?:từ\\s+)?\\d+(?:[.,]\\d+)?\\s?%?(?:\\s*(?:-|–|đến)\\s*\\d+(?:[.,]\\d+)?)?\\s?%";
    /**
     * A target that opens with a share: "100% ...", "Ít nhất 30% ...", "Phấn đấu 20% ...". A
     * bound before the figure belongs to it ("Ít nhất 30%"); "Phấn đấu" (strive for) is the plan's
     * voice and has no place in a table of results, so it goes. Figures of other kinds ("02 lớp")
     * are not split: where the number ends and the target begins is not to be guessed.
     */
    private static final Pattern LEADING_FIGURE = Pattern.compile(
            "^(?:phấn đấu(?: đạt)?\\s+)?((?:(?:ít nhất|tối thiểu|tối đa|không dưới|không quá|trên|dưới|khoảng|đạt)\\s+)?"
                    + FIGURE + ")\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A share further in: a target that holds several, or one in the middle of its sentence ("Giảm 10% số ca"). */
    private static final Pattern SHARE = Pattern.compile(FIGURE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * One row: the target without its figure, the figure the plan set or null, and the shares the
     * target's text still holds (a sentence with several targets in it, or its one figure mid-sentence).
     */
    record Row(String target, String planned, List<String> otherFigures) {
        Row {
            otherFigures = List.copyOf(otherFigures);
        }

        /**
         * Whether the target holds more than one figure, and so perhaps more than one target: a
         * figure besides the one the plan set, or two in its sentence. One figure mid-sentence
         * ("Giảm 10% số ca mắc") is the target's own, not another.
         */
        boolean severalFigures() {
            return otherFigures.size() > (planned == null ? 1 : 0);
        }
    }

    private Targets() {
    }

    /** Every target of the plan's parts, in the order written: one row each. */
    static List<Row> of(JsonNode root) {
        List<String> texts = new ArrayList<>();
        collect(root.path("noi_dung"), texts);
        return texts.stream().map(Targets::row).toList();
    }

    /** "100% các huyện ... hoạt động phòng, chống tệ nạn mại dâm;" → ("Các huyện ... mại dâm", "100%"). */
    static Row row(String written) {
        String text = PlainText.withoutEndPunctuation(PlainText.normalize(written));
        Matcher figure = LEADING_FIGURE.matcher(text);
        String planned = null;
        String target = text;
        if (figure.matches()) {
            planned = figure.group(1);
            target = figure.group(2);
        }
        List<String> others = new ArrayList<>();
        Matcher share = SHARE.matcher(target);
        while (share.find()) {
            others.add(share.group());
        }
        return new Row(VietnameseNames.upperFirst(target), planned == null ? null : VietnameseNames.upperFirst(planned), others);
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("chi_tieu")) {
                    for (JsonNode entry : field.getValue()) {
                        texts.add(entry.isObject() ? entry.path("van_ban").asText() : entry.asText());
                    }
                } else {
                    collect(field.getValue(), texts);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, texts));
        }
    }
}
