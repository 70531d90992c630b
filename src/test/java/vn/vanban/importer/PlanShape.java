package vn.vanban.importer;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.model.Block;
import vn.vanban.model.Entry;
import vn.vanban.model.Item;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.UnitDuty;
import vn.vanban.model.VietnameseNames;

/**
 * The outline of a plan, one line per part, item, unit and block with its entry count, so that
 * two plans can be compared for the same parts, items, units and points without their wording.
 */
final class PlanShape {

    private PlanShape() {
    }

    static List<String> of(Plan plan) {
        List<String> lines = new ArrayList<>();
        for (Part part : plan.parts()) {
            lines.add("phần " + VietnameseNames.lower(part.title()));
            blocks(part.blocks(), "  ", lines);
        }
        return lines;
    }

    private static void blocks(List<Block> blocks, String indent, List<String> lines) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraphs p) {
                lines.add(indent + "đoạn ×" + p.paragraphs().size());
            } else if (block instanceof Block.Items items) {
                for (Item item : items.items()) {
                    lines.add(indent + "mục " + (item.title() != null ? "tiêu đề" : "") + (item.text() != null ? " văn bản" : ""));
                    blocks(item.blocks(), indent + "  ", lines);
                }
            } else if (block instanceof Block.Points points) {
                lines.add(indent + "điểm ×" + points.entries().size());
                entries(points.entries(), indent + "  ", lines);
            } else if (block instanceof Block.Dashes dashes) {
                lines.add(indent + (dashes.targets() ? "chỉ tiêu ×" : "ý ×") + dashes.entries().size());
                entries(dashes.entries(), indent + "  ", lines);
            } else if (block instanceof Block.Duties duties) {
                for (UnitDuty duty : duties.duties()) {
                    lines.add(indent + (duty.request() ? "đề nghị " : "đơn vị ") + duty.unit()
                            + (duty.text() != null ? " + văn bản" : ""));
                    blocks(duty.blocks(), indent + "  ", lines);
                }
            }
        }
    }

    private static void entries(List<Entry> entries, String indent, List<String> lines) {
        for (Entry entry : entries) {
            if (!entry.children().isEmpty()) {
                lines.add(indent + "ý con ×" + entry.children().size());
            }
        }
    }
}
