package vn.vanban.nextyear;

import java.util.List;
import java.util.Map;
import vn.vanban.text.Excerpt;
import vn.vanban.yaml.YamlEditor;

/** The clerk's report of a rollover, in Vietnamese: every changed line, then what to review. */
public final class NextYearReport {

    private static final int LINE_WIDTH = 60;

    private NextYearReport() {
    }

    public static String format(NextYear.Rollover rollover, String input) {
        int from = rollover.fromYear();
        int to = rollover.toYear();
        StringBuilder out = new StringBuilder();
        out.append(rollover.typeName()).append(" năm ").append(to).append(" từ ").append(input).append(" (năm ").append(from).append(")\n\n");
        out.append("Đã sửa ").append(rollover.changes().size()).append(" dòng (dòng: cũ → mới):\n");
        for (YamlEditor.LineChange change : rollover.changes()) {
            out.append("  ").append(change.line()).append(": ");
            if (change.before().size() == 1 && change.after().size() == 1) {
                String[] shown = Excerpt.changedLine(change.before().get(0), change.after().get(0), LINE_WIDTH);
                out.append(shown[0]).append(" → ").append(shown[1]);
            } else {
                out.append(String.join(" ⏎ ", change.before().stream().map(String::strip).toList()))
                        .append(" → ").append(String.join(" ⏎ ", change.after().stream().map(String::strip).toList()));
            }
            out.append('\n');
        }
        out.append('\n');
        List<NextYear.ReviewItem> review = rollover.review();
        if (review.isEmpty()) {
            out.append("Không có mục nào cần rà soát.\n");
            return out.toString();
        }
        out.append("Cần rà soát:\n");
        Map<NextYear.Topic, String> headings = Map.of(
                NextYear.Topic.LEGAL_BASIS, "Căn cứ dẫn văn bản năm " + from + " (có thể đã có văn bản năm " + to + " thay thế)",
                NextYear.Topic.TARGET, "Chỉ tiêu có số liệu (xem lại con số cho năm " + to + ")",
                NextYear.Topic.DATE, "Ngày tháng trong văn bản thuộc năm " + from,
                NextYear.Topic.KEPT_YEAR, "Năm " + from + " giữ nguyên vì nằm trong trích dẫn, trong khoảng thời gian"
                        + " hoặc viết không kèm chữ \"năm\" (sửa tay nếu cần)",
                NextYear.Topic.RESULT, "Kết quả năm " + from + " đã xóa (thực hiện, đánh giá): điền số liệu năm " + to,
                NextYear.Topic.CITED_NUMBER, "Văn bản dẫn theo số trong nội dung (văn bản năm " + to
                        + " tương ứng mang số, ngày khác)",
                NextYear.Topic.COMMENT, "Chú thích còn nhắc năm " + from + " (vanban không sửa chú thích)");
        NextYear.Topic current = null;
        for (NextYear.ReviewItem item : review) {
            if (item.topic() != current) {
                current = item.topic();
                out.append("- ").append(headings.get(current)).append(":\n");
            }
            out.append("    ").append(item.line()).append(": ").append(item.text()).append('\n');
        }
        return out.toString();
    }
}
