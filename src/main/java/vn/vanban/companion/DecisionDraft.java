package vn.vanban.companion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.vanban.companion.CompanionDocument.Need;
import vn.vanban.model.VietnameseNames;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.YamlTree;

/**
 * The Quyết định that issues a plan (Mẫu 1.2–1.3): "Về việc ban hành Kế hoạch ...", the legal bases
 * (the law that gives the body its power, the plan's own bases, "Theo đề nghị của ..."), and three
 * articles: the plan is issued with the decision, the decision takes effect when signed, who carries
 * it out. Nơi nhận starts with "Như Điều 3".
 */
final class DecisionDraft implements Draft {

    @Override
    public String subject(SourcePlan plan) {
        return "Về việc ban hành " + plan.named();
    }

    @Override
    public void body(CompanionWriter out, SourcePlan plan, List<String> taken) {
        out.line("can_cu:");
        out.need(2, Need.FILL, "ngày thông qua của Luật Tổ chức chính quyền địa phương đang có hiệu lực, và luật sửa đổi, bổ"
                + " sung nếu có", "căn cứ: ngày của Luật Tổ chức chính quyền địa phương");
        // The date goes where the clerk writes it, so that a draft left unfilled shows it.
        out.scalar(2, "- ", "Căn cứ Luật Tổ chức chính quyền địa phương ngày " + CompanionWriter.TO_FILL);
        JsonNode bases = plan.root().path("can_cu");
        if (!bases.isEmpty()) {
            out.need(2, Need.REVIEW, "căn cứ của Kế hoạch, chép lại làm căn cứ ban hành Quyết định; bỏ những căn cứ không cần",
                    "căn cứ: " + bases.size() + " căn cứ chép từ kế hoạch");
            for (int i = 0; i < bases.size(); i++) {
                basis(out, plan, YamlTree.child("/can_cu", i));
            }
            taken.add("Căn cứ: " + bases.size() + " căn cứ của kế hoạch, mỗi căn cứ một dòng \"Căn cứ ...\"");
        }
        List<SourcePlan.Unit> units = plan.units();
        String proposer = units.isEmpty() ? "" : "; thường là cơ quan đầu tiên ở phần Tổ chức thực hiện của Kế hoạch: "
                + units.get(0).name();
        out.need(2, Need.FILL, "cơ quan trình Quyết định (người đứng đầu)" + proposer, "căn cứ: Theo đề nghị của ...");
        out.scalar(2, "- ", "Theo đề nghị của " + CompanionWriter.TO_FILL);

        out.blank();
        out.line("dieu:");
        out.scalar(2, "- ", "Ban hành kèm theo Quyết định này " + PlainText.withoutEndPunctuation(plan.named()) + ".");
        out.scalar(2, "- ", "Quyết định này có hiệu lực kể từ ngày ký.");
        List<String> directed = units.stream().filter(u -> !u.request()).map(SourcePlan.Unit::name).toList();
        out.need(2, Need.FILL, "người đứng đầu các cơ quan, đơn vị thi hành Quyết định (Chánh Văn phòng, thủ trưởng các"
                + " cơ quan, đơn vị)" + (directed.isEmpty() ? "" : "; Kế hoạch giao việc cho: " + String.join("; ", directed)),
                "Điều 3: cơ quan, đơn vị thi hành");
        out.scalar(2, "- ", "Thủ trưởng các cơ quan, đơn vị " + CompanionWriter.TO_FILL + " chịu trách nhiệm thi hành Quyết định này.");
    }

    /**
     * A basis of the plan as a line of the decision, which starts "Căn cứ": a cited document as the
     * plan wrote it, without its lead word ("Thực hiện"); a sentence as written when it starts
     * "Căn cứ" or "Theo", with "Căn cứ" put before it (or for "Thực hiện") otherwise.
     */
    private static void basis(CompanionWriter out, SourcePlan plan, String pointer) {
        if (plan.root().at(pointer).isObject()) {
            out.copy(2, "- van_ban:", plan.copy(YamlTree.child(pointer, "van_ban")));
            return;
        }
        String text = plan.text(pointer);
        String lowered = VietnameseNames.lower(text);
        if (lowered.startsWith("căn cứ ") || lowered.startsWith("theo ")) {
            out.copy(2, "-", plan.copy(pointer));
        } else if (lowered.startsWith("thực hiện ")) {
            out.scalar(2, "- ", "Căn cứ " + text.substring("thực hiện ".length()));
        } else {
            out.scalar(2, "- ", "Căn cứ " + text);
        }
    }

    @Override
    public void recipients(CompanionWriter out, SourcePlan plan, List<String> taken) {
        Recipients.write(out, plan, "Như Điều 3", taken);
    }
}
