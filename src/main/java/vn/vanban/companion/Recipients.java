package vn.vanban.companion;

import java.util.List;
import vn.vanban.companion.CompanionDocument.Need;

/**
 * The Nơi nhận of a decision or letter that goes with a plan: the line that stands for those it
 * is addressed to, then the plan's recipients it reports to ("(để b/c)"), copied as written, for
 * they are told of what is done with the plan too.
 */
final class Recipients {

    private Recipients() {
    }

    static void write(CompanionWriter out, SourcePlan plan, String first, List<String> taken) {
        List<SourcePlan.Recipient> all = plan.recipients();
        List<SourcePlan.Recipient> upward = all.stream().filter(SourcePlan.Recipient::reportedTo).toList();
        List<String> others = all.stream().filter(r -> !r.reportedTo()).map(SourcePlan.Recipient::text).toList();
        out.line("noi_nhan:");
        String rest = others.isEmpty() ? "" : "; Kế hoạch còn gửi: " + String.join("; ", others);
        if (upward.isEmpty()) {
            out.need(2, Need.FILL, "các nơi nhận khác sau dòng này (cấp trên, lãnh đạo, cơ quan tham mưu)" + rest, "Nơi nhận");
            out.scalar(2, "- ", first);
            return;
        }
        out.scalar(2, "- ", first);
        out.need(2, Need.REVIEW, "những nơi nhận Kế hoạch \"để b/c\"; thêm, bớt nếu cần" + rest,
                "Nơi nhận: " + upward.size() + " nơi nhận \"để b/c\" của kế hoạch");
        upward.forEach(r -> out.copy(2, "-", plan.copy(r.pointer())));
        taken.add("Nơi nhận: " + upward.size() + " nơi nhận \"để b/c\" của kế hoạch");
    }
}
