package vn.vanban.companion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.vanban.model.VietnameseNames;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.YamlTree;

/**
 * The tasks of a plan, which a Báo cáo reports on one by one. A plan's parts are of two sorts: its
 * frame (why and what for, targets, money, who does what) and its tasks. A part is a part of tasks
 * when it assigns no units (phan_cong: "Tổ chức thực hiện"), holds no targets (chi_tieu: "Mục
 * tiêu, chỉ tiêu"), and its title does not begin with a word of the frame ({@link #FRAME}). Each
 * numbered item (muc) of such a part is one task, headed by its title (or its text when it has
 * none); a part of tasks without numbered items is one task, headed by the part's title.
 */
final class TaskHeadings {

    /** How the titles of a plan's frame begin: purpose, requirements, aims, targets, money, organisation, reporting, ... */
    static final List<String> FRAME = List.of("mục đích", "yêu cầu", "mục tiêu", "chỉ tiêu", "quan điểm", "kinh phí",
            "tổ chức thực hiện", "chế độ báo cáo", "căn cứ", "sự cần thiết", "phạm vi", "đối tượng", "thời gian",
            "đánh giá", "tình hình", "kết quả");

    /** A task: where its heading is in the plan and the heading as vanban reads it. */
    record Heading(String pointer, String text) {
    }

    /** The tasks, and the titles of the parts they come from. */
    record Tasks(List<Heading> headings, List<String> parts) {
        Tasks {
            headings = List.copyOf(headings);
            parts = List.copyOf(parts);
        }
    }

    private TaskHeadings() {
    }

    static Tasks of(JsonNode root) {
        List<Heading> headings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        JsonNode noiDung = root.path("noi_dung");
        for (int k = 0; k < noiDung.size(); k++) {
            JsonNode part = noiDung.get(k);
            String pointer = YamlTree.child("/noi_dung", k);
            String title = PlainText.normalize(part.path("tieu_de").asText());
            if (!isTaskPart(part, title)) {
                continue;
            }
            parts.add(title);
            JsonNode items = part.path("muc");
            if (items.isArray() && !items.isEmpty()) {
                for (int i = 0; i < items.size(); i++) {
                    String item = YamlTree.child(YamlTree.child(pointer, "muc"), i);
                    String key = items.get(i).hasNonNull("tieu_de") ? "tieu_de" : "van_ban";
                    headings.add(new Heading(YamlTree.child(item, key), PlainText.normalize(items.get(i).get(key).asText())));
                }
            } else {
                headings.add(new Heading(YamlTree.child(pointer, "tieu_de"), title));
            }
        }
        return new Tasks(headings, parts);
    }

    static boolean isTaskPart(JsonNode part, String title) {
        if (part.has("phan_cong") || holds(part, "chi_tieu")) {
            return false;
        }
        String lowered = VietnameseNames.lower(title);
        return FRAME.stream().noneMatch(lowered::startsWith);
    }

    /** Whether a key appears anywhere inside the node. */
    private static boolean holds(JsonNode node, String key) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals(key) || holds(field.getValue(), key)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (holds(child, key)) {
                    return true;
                }
            }
        }
        return false;
    }
}
