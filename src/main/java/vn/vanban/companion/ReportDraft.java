package vn.vanban.companion;

import java.util.List;
import vn.vanban.companion.CompanionDocument.Need;
import vn.vanban.text.Excerpt;

/**
 * The Báo cáo on a plan's results (Mẫu 1.4): addressed to those the plan reports to, it cites the
 * plan, reports on each of its tasks ({@link TaskHeadings}) and each of its targets as a row of
 * the table ({@link Targets}), then difficulties and proposals. Nơi nhận starts with "Như trên".
 */
final class ReportDraft implements Draft {

    static final String TASKS = "Kết quả thực hiện các nhiệm vụ";
    static final String TARGETS = "Kết quả thực hiện các chỉ tiêu";
    static final String DIFFICULTIES = "Khó khăn, vướng mắc";
    static final String PROPOSALS = "Đề xuất, kiến nghị";

    @Override
    public String subject(SourcePlan plan) {
        return "Kết quả thực hiện " + plan.named();
    }

    @Override
    public void body(CompanionWriter out, SourcePlan plan, List<String> taken) {
        List<String> upward = plan.recipients().stream().filter(SourcePlan.Recipient::reportedTo)
                .map(SourcePlan.Recipient::withoutNote).toList();
        Companion.addressees(out, "cơ quan nhận báo cáo (cơ quan cấp trên theo dõi việc thực hiện Kế hoạch)", upward, Need.FILL,
                "cơ quan nhận báo cáo; gợi ý: những nơi nhận Kế hoạch \"để b/c\", giữ nơi nhận báo cáo, bỏ những nơi khác",
                "Kính gửi: chọn trong " + upward.size() + " nơi nhận \"để b/c\" của kế hoạch");

        out.blank();
        Companion.citing(out, plan, "Thực hiện " + plan.citation() + ", ${co_quan} báo cáo kết quả thực hiện như sau:");

        out.blank();
        out.line("noi_dung:");
        tasks(out, plan, taken);
        targets(out, plan, taken);
        out.blank();
        out.scalar(2, "- tieu_de: ", DIFFICULTIES);
        out.toFill(4, "doan: ", "khó khăn, vướng mắc");
        out.blank();
        out.scalar(2, "- tieu_de: ", PROPOSALS);
        out.toFill(4, "doan: ", "đề xuất, kiến nghị");

        out.blank();
        out.scalar(0, "ket_luan: ", "Trên đây là báo cáo kết quả thực hiện " + plan.named() + " của ${co_quan}.");
    }

    private static void tasks(CompanionWriter out, SourcePlan plan, List<String> taken) {
        TaskHeadings.Tasks tasks = TaskHeadings.of(plan.root());
        out.scalar(2, "- tieu_de: ", TASKS);
        if (tasks.headings().isEmpty()) {
            out.need(4, Need.FILL, "kết quả thực hiện các nhiệm vụ (vanban không nhận ra phần nhiệm vụ nào của Kế hoạch)",
                    "kết quả thực hiện các nhiệm vụ");
            out.toFill(4, "doan: ", "kết quả thực hiện các nhiệm vụ");
            return;
        }
        String from = String.join("\", \"", tasks.parts());
        out.comment(4, "mỗi nhiệm vụ của Kế hoạch (phần \"" + from + "\") một mục");
        out.line("    muc:");
        for (TaskHeadings.Heading heading : tasks.headings()) {
            out.copy(6, "- tieu_de:", plan.copy(heading.pointer()));
            out.toFill(8, "doan: ", "kết quả: " + Excerpt.head(heading.text()));
        }
        taken.add("Mục I: " + tasks.headings().size() + " nhiệm vụ (phần \"" + from + "\" của kế hoạch)");
    }

    private static void targets(CompanionWriter out, SourcePlan plan, List<String> taken) {
        List<Targets.Row> rows = Targets.of(plan.root());
        if (rows.isEmpty()) {
            taken.add("Kế hoạch không có chỉ tiêu (chi_tieu): báo cáo không có mục kết quả thực hiện các chỉ tiêu");
            return;
        }
        out.blank();
        out.scalar(2, "- tieu_de: ", TARGETS);
        out.line("    ket_qua:");
        for (Targets.Row row : rows) {
            if (row.severalFigures()) {
                String figures = String.join(", ", row.otherFigures());
                out.need(6, Need.REVIEW, (row.planned() == null ? "chỉ tiêu này có nhiều con số (" + figures + ")"
                        : "chỉ tiêu này còn có con số khác ngoài " + row.planned() + " (" + figures + ")")
                        + ": tách thành nhiều dòng nếu cần", "chỉ tiêu có nhiều con số: " + Excerpt.head(row.target()));
            }
            out.scalar(6, "- chi_tieu: ", row.target());
            if (row.planned() == null) {
                out.nullToFill(8, "ke_hoach", "kế hoạch giao: " + Excerpt.head(row.target()));
            } else {
                out.scalar(8, "ke_hoach: ", row.planned());
            }
            out.nullToFill(8, "thuc_hien", "thực hiện: " + Excerpt.head(row.target()));
        }
        taken.add("Mục II: " + rows.size() + " chỉ tiêu của kế hoạch, mỗi chỉ tiêu một dòng của bảng");
    }

    @Override
    public void recipients(CompanionWriter out, SourcePlan plan, List<String> taken) {
        out.line("noi_nhan:");
        out.need(2, Need.FILL, "các nơi nhận khác sau dòng này (lãnh đạo, cơ quan tham mưu)", "Nơi nhận");
        out.scalar(2, "- ", "Như trên");
    }
}
