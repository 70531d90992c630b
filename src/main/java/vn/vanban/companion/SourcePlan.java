package vn.vanban.companion;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.model.Plan;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Numbering;
import vn.vanban.render.VietnameseDates;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.YamlEditor;
import vn.vanban.yaml.YamlTree;

/**
 * The plan a companion is made from, both as the clerk wrote it (a key's text with its comments,
 * wrapping and ${variables}, to copy) and as vanban reads it (number, date, symbol, issuing body).
 */
final class SourcePlan {

    /** What stands for a number or a day not known yet, as forms leave "số: .../QĐ-UBND" to fill. */
    static final String BLANK = "...";
    /** The note after a recipient that receives the plan to report to ("Bộ LĐTBXH (để b/c)"). */
    private static final Pattern REPORTED_TO = Pattern.compile("\\s*\\((?:để\\s+)?(?:b/c|báo cáo)\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A unit the plan assigns duties to (phan_cong), and whether it is asked rather than directed (de_nghi). */
    record Unit(String name, boolean request) {
    }

    /** A recipient of the plan (noi_nhan) and whether it is a body the issuer reports to ("(để b/c)"). */
    record Recipient(String pointer, String text, boolean reportedTo) {
        /** "Bộ LĐTBXH (để b/c)" → "Bộ LĐTBXH". */
        String withoutNote() {
            return REPORTED_TO.matcher(text).replaceFirst("");
        }
    }

    /** A value's YAML text: a block (a mapping or list on the lines below its key) or one that follows the key. */
    record Copy(String text, boolean block) {
    }

    private final YamlTree tree;
    private final YamlEditor editor;
    private final Plan plan;
    private final String label;

    SourcePlan(YamlTree tree, Plan plan, String label) {
        this.tree = tree;
        this.editor = YamlEditor.of(tree);
        this.plan = plan;
        this.label = label;
    }

    Plan plan() {
        return plan;
    }

    JsonNode root() {
        return tree.root();
    }

    /** How messages and comments name the plan's file. */
    String label() {
        return label;
    }

    boolean has(String pointer) {
        JsonNode node = tree.root().at(pointer);
        return !node.isMissingNode() && !node.isNull();
    }

    /** A text value as vanban reads it (NFC, white space folded), ${variables} still in it; null when there is none. */
    String text(String pointer) {
        JsonNode node = tree.root().at(pointer);
        return node.isValueNode() && !node.isNull() ? PlainText.normalize(node.asText()) : null;
    }

    /**
     * The value at the pointer as the clerk wrote it, lines made relative as {@link YamlEditor#source}
     * makes them. A value shared through an alias is written as the JSON it reads as (JSON is YAML
     * in flow style): the same value, if not the same look.
     */
    Copy copy(String pointer) {
        JsonNode node = tree.root().at(pointer);
        if (!editor.canEdit(pointer)) {
            return new Copy(node.toString(), false);
        }
        String source = editor.source(pointer);
        boolean flow = source.startsWith("[") || source.startsWith("{");
        return new Copy(source, node.isContainerNode() && !flow);
    }

    /** The units of every phan_cong of the plan, in order. */
    List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        for (JsonNode part : tree.root().path("noi_dung")) {
            for (JsonNode duty : part.path("phan_cong")) {
                units.add(new Unit(PlainText.normalize(duty.path("don_vi").asText()), duty.path("de_nghi").asBoolean(false)));
            }
        }
        return units;
    }

    /** The plan's recipients, in order. */
    List<Recipient> recipients() {
        List<Recipient> recipients = new ArrayList<>();
        JsonNode list = tree.root().path("noi_nhan");
        for (int i = 0; i < list.size(); i++) {
            String pointer = YamlTree.child("/noi_nhan", i);
            String text = text(pointer);
            recipients.add(new Recipient(pointer, text, REPORTED_TO.matcher(text).find()));
        }
        return recipients;
    }

    /** The plan's subject with its first letter lowered ("phòng, chống mại dâm năm ${nam}"), to follow "Kế hoạch". */
    String subjectInText() {
        return VietnameseNames.lowerFirst(text("/trich_yeu"));
    }

    /** "Kế hoạch phòng, chống mại dâm năm ${nam}". */
    String named() {
        return plan.kind().displayName() + " " + subjectInText();
    }

    /** Whether the plan is a draft, with no number or no date to cite it by. */
    boolean draft() {
        return plan.number() == null || plan.date() == null;
    }

    /**
     * The plan cited in full on first mention (Phụ lục I, mục II.6): "Kế hoạch số 416/KH-UBND ngày
     * 17/02/2023 của Ủy ban nhân dân tỉnh Hải Dương về phòng, chống mại dâm năm ${nam}". A draft's
     * missing number and date stand as "..." to fill.
     */
    String citation() {
        String number = plan.number() == null ? BLANK : Numbering.documentNumber(plan.number());
        String date = plan.date() == null ? BLANK + "/" + BLANK + "/" + plan.year() : VietnameseDates.shortForm(plan.date());
        String subject = subjectInText();
        return plan.kind().displayName() + " số " + number + "/" + plan.symbol() + " ngày " + date + " của "
                + plan.issuer().citedName() + (subject.startsWith("về ") ? " " : " về ") + subject;
    }
}
