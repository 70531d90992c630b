package vn.vanban.importer;

import java.util.List;
import vn.vanban.model.Assignment;
import vn.vanban.model.Block;
import vn.vanban.model.CitedDocument;
import vn.vanban.model.DocumentKind;
import vn.vanban.model.Entry;
import vn.vanban.model.Issuer;
import vn.vanban.model.Item;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.Presentation;
import vn.vanban.model.Signer;
import vn.vanban.model.UnitDuty;
import vn.vanban.yaml.ScalarWriter;

/**
 * Writes a plan as a person writes plan YAML: the schema modeline first (naming the schema from
 * where the file lands), the keys in the order of
 * the examples, a blank line between sections and between parts, short values plain, lists of short
 * lines in brackets, long text as a folded block wrapped at 100 columns. A YAML library's dump
 * would quote, order and wrap by its own rules.
 */
final class PlanYamlWriter {

    static final String MODELINE = "# yaml-language-server: $schema=";
    private static final int WIDTH = 100;

    private final StringBuilder out = new StringBuilder();

    private PlanYamlWriter() {
    }

    /** @param schemaReference the schema for the modeline, or null for none */
    static String write(Plan plan, String sourceName, String schemaReference) {
        PlanYamlWriter writer = new PlanYamlWriter();
        writer.plan(plan, sourceName, schemaReference);
        return writer.out.toString();
    }

    private void plan(Plan plan, String sourceName, String schemaReference) {
        if (schemaReference != null) {
            line(MODELINE + schemaReference);
            line("#");
        }
        line("# Nhập từ " + sourceName.replace('\n', ' ') + " bằng \"vanban import\"; hãy đọc lại trước khi dùng.");
        scalar(0, "loai: ", plan.kind() == null ? DocumentKind.KE_HOACH.key() : plan.kind().key());
        issuer(plan.issuer());
        raw(0, "so: ", plan.number() == null ? "null" : plan.number().toString());
        raw(0, "ngay: ", plan.date() == null ? "null" : plan.date().toString());
        raw(0, "nam: ", Integer.toString(plan.year()));
        scalar(0, "trich_yeu: ", plan.subject());
        if (!plan.legalBases().isEmpty()) {
            blank();
            line("can_cu:");
            for (LegalBasis basis : plan.legalBases()) {
                legalBasis(basis);
            }
        }
        if (!plan.introduction().isEmpty()) {
            blank();
            texts(0, "mo_dau", plan.introduction());
        }
        blank();
        line("noi_dung:");
        for (int i = 0; i < plan.parts().size(); i++) {
            if (i > 0) {
                blank();
            }
            Part part = plan.parts().get(i);
            scalar(2, "- tieu_de: ", part.title());
            blocks(4, part.blocks());
        }
        if (!plan.closing().isEmpty()) {
            blank();
            texts(0, "ket_luan", plan.closing());
        }
        blank();
        signer(plan.signer());
        blank();
        if (plan.recipients().isEmpty()) {
            line("noi_nhan: []");
        } else {
            line("noi_nhan:");
            plan.recipients().forEach(r -> scalar(2, "- ", r));
        }
        list(0, "luu", plan.archive());
        if (plan.presentation().legalBasisLayout() == Presentation.LegalBasisLayout.PARAGRAPH) {
            blank();
            line("trinh_bay:");
            line("  can_cu: doan");
        }
    }

    private void issuer(Issuer issuer) {
        line("co_quan:");
        if (!issuer.parentLines().isEmpty()) {
            list(2, "chu_quan", issuer.parentLines());
        }
        list(2, "ten", issuer.nameLines());
        scalar(2, "viet_tat: ", issuer.abbreviation());
        scalar(2, "dia_danh: ", issuer.placeName());
    }

    private void legalBasis(LegalBasis basis) {
        if (basis instanceof LegalBasis.Written written) {
            scalar(2, "- ", written.text());
            return;
        }
        LegalBasis.Citation citation = (LegalBasis.Citation) basis;
        CitedDocument doc = citation.document();
        if (citation.lead() != null) {
            scalar(2, "- dan: ", citation.lead());
            line("    van_ban:");
        } else {
            line("  - van_ban:");
        }
        scalar(6, "loai: ", doc.kind());
        scalar(6, "so: ", doc.number());
        if (doc.date() != null) {
            raw(6, "ngay: ", doc.date().toString());
        }
        if (doc.issuer() != null) {
            scalar(6, "co_quan: ", doc.issuer());
        }
        if (doc.subject() != null) {
            scalar(6, "trich_yeu: ", doc.subject());
        }
    }

    private void signer(Signer signer) {
        line("nguoi_ky:");
        if (signer.authority() != null) {
            raw(2, "quyen_han: ", signer.authority().name());
        }
        if (signer.onBehalfOf() != null) {
            scalar(2, "thay_mat: ", signer.onBehalfOf());
        }
        if (signer.principalTitle() != null) {
            scalar(2, "chuc_vu_truong: ", signer.principalTitle());
        }
        if (signer.title() != null) {
            scalar(2, "chuc_vu: ", signer.title());
        }
        scalar(2, "ho_ten: ", signer.name());
    }

    /** The content blocks of a part, item or unit, one key each, at the given column. */
    private void blocks(int column, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraphs paragraphs) {
                texts(column, "doan", paragraphs.paragraphs());
            } else if (block instanceof Block.Items items) {
                line(indent(column) + "muc:");
                items.items().forEach(item -> item(column + 2, item));
            } else if (block instanceof Block.Points points) {
                line(indent(column) + "diem:");
                points.entries().forEach(entry -> entry(column + 2, entry));
            } else if (block instanceof Block.Dashes dashes) {
                line(indent(column) + (dashes.targets() ? "chi_tieu:" : "y:"));
                dashes.entries().forEach(entry -> entry(column + 2, entry));
            } else if (block instanceof Block.Duties duties) {
                line(indent(column) + "phan_cong:");
                duties.duties().forEach(duty -> duty(column + 2, duty));
            }
        }
    }

    private void item(int column, Item item) {
        String first = "- ";
        if (item.title() != null) {
            scalar(column, first + "tieu_de: ", item.title());
            first = "  ";
        }
        if (item.text() != null) {
            scalar(column, first + "van_ban: ", item.text());
        }
        blocks(column + 2, item.blocks());
        Assignment assignment = item.assignment();
        if (assignment != null) {
            if (assignment.lead() != null) {
                scalar(column + 2, "chu_tri: ", assignment.lead());
            }
            if (!assignment.partners().isEmpty()) {
                list(column + 2, "phoi_hop", assignment.partners());
            }
            if (assignment.timeframe() != null) {
                scalar(column + 2, "thoi_gian: ", assignment.timeframe());
            }
        }
    }

    private void duty(int column, UnitDuty duty) {
        scalar(column, "- don_vi: ", duty.unit());
        if (duty.request()) {
            raw(column + 2, "de_nghi: ", "true");
        }
        if (duty.text() != null) {
            scalar(column + 2, "van_ban: ", duty.text());
        }
        blocks(column + 2, duty.blocks());
    }

    private void entry(int column, Entry entry) {
        if (entry.children().isEmpty()) {
            scalar(column, "- ", entry.text());
            return;
        }
        scalar(column, "- van_ban: ", entry.text());
        line(indent(column + 2) + "y:");
        entry.children().forEach(child -> entry(column + 4, child));
    }

    /** One text as a scalar, several as a list. */
    private void texts(int column, String key, List<String> texts) {
        if (texts.size() == 1) {
            scalar(column, key + ": ", texts.get(0));
            return;
        }
        line(indent(column) + key + ":");
        texts.forEach(t -> scalar(column + 2, "- ", t));
    }

    /** A list of short lines in brackets, as the examples write [VT, VH]; otherwise one entry a line. */
    private void list(int column, String key, List<String> values) {
        StringBuilder flow = new StringBuilder(indent(column)).append(key).append(": [");
        boolean flowSafe = true;
        for (int i = 0; i < values.size(); i++) {
            flowSafe &= ScalarWriter.plainSafe(values.get(i), true);
            flow.append(i == 0 ? "" : ", ").append(values.get(i));
        }
        flow.append(']');
        if (flowSafe && flow.codePointCount(0, flow.length()) <= WIDTH) {
            line(flow.toString());
            return;
        }
        line(indent(column) + key + ":");
        values.forEach(v -> scalar(column + 2, "- ", v));
    }

    private void scalar(int column, String lead, String value) {
        line(ScalarWriter.afterLead(column, lead, value, WIDTH));
    }

    private void raw(int column, String lead, String value) {
        line(indent(column) + lead + value);
    }

    private static String indent(int column) {
        return " ".repeat(column);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void blank() {
        out.append('\n');
    }
}
