package vn.vanban.derive;

import java.util.List;
import java.util.Map;
import vn.vanban.text.Excerpt;

/** The clerk's report of a derivation, in Vietnamese; line numbers are the parent plan's. */
public final class DeriveReportFormat {

    private static final int LINE_WIDTH = 60;

    private DeriveReportFormat() {
    }

    public static String format(DeriveReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Kế hoạch của ").append(report.childBody()).append(" từ ").append(report.parentLabel()).append('\n');
        out.append("  cấp ").append(report.from().word()).append(" → cấp ").append(report.to().word()).append(", ")
                .append(report.system().description()).append("; hồ sơ cơ quan ").append(report.profileLabel()).append("\n\n");

        out.append("Căn cứ: ").append(report.citation()).append('\n');
        if (!report.droppedBases().isEmpty()) {
            out.append("  Không chép ").append(report.droppedBases().size())
                    .append(" căn cứ của kế hoạch gốc (kế hoạch gốc đã dẫn chúng):\n");
            for (DeriveReport.Line line : report.droppedBases()) {
                out.append("    ").append(line.line()).append(": ").append(line.text()).append('\n');
            }
        }
        out.append("Lấy từ hồ sơ: ").append(String.join(", ", report.fromProfile())).append("; số và ngày để trống");
        out.append(report.layoutDropped() ? "; bỏ trinh_bay của kế hoạch gốc.\n\n" : ".\n\n");

        out.append("Đổi câu chữ: ").append(report.textChanges().size()).append(" chỗ (dòng của kế hoạch gốc: cũ → mới):\n");
        for (DeriveReport.TextChange change : report.textChanges()) {
            String[] shown = Excerpt.changedLine(change.before(), change.after(), LINE_WIDTH);
            out.append("  ").append(change.line()).append(": ").append(shown[0]).append(" → ").append(shown[1]).append('\n');
        }
        out.append('\n');

        out.append("Đơn vị (dòng của kế hoạch gốc: cấp ").append(report.from().word()).append(" → cấp ")
                .append(report.to().word()).append("):\n");
        Map<DeriveReport.Outcome, String> outcomes = Map.of(
                DeriveReport.Outcome.RENAMED, "",
                DeriveReport.Outcome.MERGED, " [gộp]",
                DeriveReport.Outcome.DROPPED, " [bỏ mục]",
                DeriveReport.Outcome.KEPT, " [giữ nguyên, cần rà soát]");
        for (DeriveReport.UnitChange unit : report.units()) {
            out.append("  ").append(unit.line()).append(": ");
            if (!unit.where().equals("phan_cong")) {
                out.append('(').append(unit.where()).append(") ");
            }
            out.append(Excerpt.head(unit.parentName())).append(" → ")
                    .append(unit.childName() == null ? "không có" : unit.childName())
                    .append(" (").append(unit.how()).append(')').append(outcomes.get(unit.outcome())).append('\n');
        }
        if (!report.merges().isEmpty()) {
            out.append("Gộp nhiệm vụ vào một mục:\n");
            for (DeriveReport.Merge merge : report.merges()) {
                out.append("  ").append(merge.childName()).append(" ← ").append(String.join("; ", merge.parentNames())).append('\n');
            }
        }
        List<DeriveReport.UnitChange> dropped = report.units().stream()
                .filter(u -> u.outcome() == DeriveReport.Outcome.DROPPED).toList();
        if (!dropped.isEmpty()) {
            out.append("Không có đơn vị tương ứng, mục phân công đã bỏ (chép lại từ kế hoạch gốc nếu cần giữ):\n");
            for (DeriveReport.UnitChange unit : dropped) {
                out.append("  ").append(unit.line()).append(": ").append(unit.parentName()).append('\n');
            }
        }
        out.append('\n');

        if (report.review().isEmpty()) {
            out.append("Không có mục nào cần rà soát.\n");
            return out.toString();
        }
        out.append("Cần rà soát (chú thích \"cần rà soát\" đánh dấu các chỗ này trong tệp mới):\n");
        Map<DeriveReport.Topic, String> headings = Map.of(
                DeriveReport.Topic.TARGET, "Chỉ tiêu của kế hoạch gốc (đặt cho cấp " + report.from().word()
                        + "; đặt lại cho cấp " + report.to().word() + ")",
                DeriveReport.Topic.UPWARD, "Câu chữ còn nhắc cấp trên (vanban không tự sửa)",
                DeriveReport.Topic.DEFAULT_NAME, "Đơn vị lấy tên theo bảng của vanban (khai báo trong don_vi của hồ sơ nếu tên khác)",
                DeriveReport.Topic.NO_COUNTERPART, "Đơn vị không có đơn vị tương ứng trong một mục chung",
                DeriveReport.Topic.REPEAT, "Giữ nguyên vì đổi sẽ thành hai vế trùng nhau (\"cấp xã và cấp xã\"); viết lại câu",
                DeriveReport.Topic.COLLECTIVE, "Đơn vị hành chính gọi chung chưa đổi được (vanban không tự sửa)",
                DeriveReport.Topic.ALIAS, "Giá trị dùng chung qua bí danh (&, *), không sửa");
        DeriveReport.Topic current = null;
        for (DeriveReport.ReviewItem item : report.review()) {
            if (item.topic() != current) {
                current = item.topic();
                out.append("- ").append(headings.get(current)).append(":\n");
            }
            out.append("    ").append(item.line()).append(": ").append(item.text()).append('\n');
        }
        return out.toString();
    }
}
