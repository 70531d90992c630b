package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import vn.vanban.model.Article;
import vn.vanban.model.Assignment;
import vn.vanban.model.Authority;
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
import vn.vanban.model.TargetResult;
import vn.vanban.model.UnitDuty;
import vn.vanban.nd30.Choice;

/**
 * Builds the model from a tree that has passed the schema and the domain rules, so it reads
 * without checking: every shape it meets is one the schema allows.
 */
final class PlanReader {

    /** The YAML keys of the plan, by the Vietnamese name the decree gives each part. */
    static final String KIND = "loai";
    static final String ISSUER = "co_quan";
    static final String NUMBER = "so";
    static final String DATE = "ngay";
    static final String YEAR = "nam";
    static final String SUBJECT = "trich_yeu";
    static final String VARIABLES = "bien";
    static final String LEGAL_BASES = "can_cu";
    static final String ADDRESSEES = "kinh_gui";
    static final String AUTHORITY = "tham_quyen";
    static final String ARTICLES = "dieu";
    static final String DRAFTING_UNIT = "don_vi_soan_thao";
    static final String INTRODUCTION = "mo_dau";
    static final String PARTS = "noi_dung";
    static final String CLOSING = "ket_luan";
    static final String SIGNER = "nguoi_ky";
    static final String RECIPIENTS = "noi_nhan";
    static final String ARCHIVE = "luu";
    static final String PRESENTATION = "trinh_bay";

    static final String TITLE = "tieu_de";
    static final String TEXT = "van_ban";
    static final String PARAGRAPHS = "doan";
    static final String ITEMS = "muc";
    static final String POINTS = "diem";
    static final String DASHES = "y";
    static final String TARGETS = "chi_tieu";
    static final String DUTIES = "phan_cong";
    static final String RESULTS = "ket_qua";
    static final String UNIT = "don_vi";

    private PlanReader() {
    }

    static Plan read(JsonNode root) {
        return new Plan(
                root.hasNonNull(KIND) ? DocumentKind.fromKey(root.get(KIND).asText()).orElseThrow()
                        : DocumentKind.KE_HOACH,
                issuer(root.get(ISSUER)),
                root.hasNonNull(NUMBER) ? root.get(NUMBER).intValue() : null,
                date(root.get(DATE)),
                root.get(YEAR).intValue(),
                text(root.get(SUBJECT)),
                lines(root.get(ADDRESSEES)),
                text(root.get(AUTHORITY)),
                legalBases(root.get(LEGAL_BASES)),
                lines(root.get(INTRODUCTION)),
                blocks(root),
                parts(root.get(PARTS)),
                articles(root.get(ARTICLES)),
                lines(root.get(CLOSING)),
                signer(root.get(SIGNER)),
                lines(root.get(RECIPIENTS)),
                lines(root.get(ARCHIVE)),
                text(root.get(DRAFTING_UNIT)),
                variables(root.get(VARIABLES)),
                presentation(root.get(PRESENTATION)));
    }

    static Issuer issuer(JsonNode node) {
        return new Issuer(
                lines(node.get("chu_quan")),
                lines(node.get("ten")),
                text(node.get("viet_tat")),
                text(node.get("dia_danh")),
                text(node.get("dia_ban")),
                text(node.get("ten_day_du")));
    }

    private static List<LegalBasis> legalBases(JsonNode node) {
        List<LegalBasis> bases = new ArrayList<>();
        for (JsonNode entry : iterable(node)) {
            if (entry.isObject()) {
                JsonNode doc = entry.get(TEXT);
                bases.add(new LegalBasis.Citation(text(entry.get("dan")), new CitedDocument(
                        text(doc.get("loai")), text(doc.get(NUMBER)), date(doc.get(DATE)),
                        text(doc.get(ISSUER)), text(doc.get(SUBJECT)))));
            } else {
                bases.add(new LegalBasis.Written(text(entry)));
            }
        }
        return bases;
    }

    private static List<Part> parts(JsonNode node) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode part : iterable(node)) {
            parts.add(new Part(text(part.get(TITLE)), blocks(part)));
        }
        return parts;
    }

    /** A decision's articles: a text, or a text with clauses and points beneath it. */
    private static List<Article> articles(JsonNode node) {
        List<Article> articles = new ArrayList<>();
        for (JsonNode article : iterable(node)) {
            articles.add(article.isObject() ? new Article(text(article.get(TEXT)), blocks(article))
                    : new Article(text(article), List.of()));
        }
        return articles;
    }

    /** A report's rows of targets: the target, what the plan set, what was done, and perhaps a verdict. */
    private static List<TargetResult> results(JsonNode node) {
        List<TargetResult> rows = new ArrayList<>();
        for (JsonNode row : iterable(node)) {
            rows.add(new TargetResult(text(row.get(TARGETS)), text(row.get("ke_hoach")), text(row.get("thuc_hien")),
                    text(row.get("danh_gia"))));
        }
        return rows;
    }

    /** The content blocks of a part, item or article, or the top-level blocks of a document, in the order their keys appear. */
    private static List<Block> blocks(JsonNode container) {
        List<Block> blocks = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = container.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case PARAGRAPHS -> blocks.add(new Block.Paragraphs(lines(value)));
                case ITEMS -> blocks.add(new Block.Items(items(value)));
                case POINTS -> blocks.add(new Block.Points(entries(value)));
                case DASHES -> blocks.add(new Block.Dashes(entries(value), false));
                case TARGETS -> blocks.add(new Block.Dashes(entries(value), true));
                case DUTIES -> blocks.add(new Block.Duties(duties(value)));
                case RESULTS -> blocks.add(new Block.Targets(results(value)));
                default -> {
                    // titles, texts and assignment fields are not blocks
                }
            }
        }
        return blocks;
    }

    private static List<Item> items(JsonNode node) {
        List<Item> items = new ArrayList<>();
        for (JsonNode item : iterable(node)) {
            Assignment assignment = null;
            if (item.has("chu_tri") || item.has("phoi_hop") || item.has("thoi_gian")) {
                assignment = new Assignment(text(item.get("chu_tri")), lines(item.get("phoi_hop")),
                        text(item.get("thoi_gian")));
            }
            items.add(new Item(text(item.get(TITLE)), text(item.get(TEXT)), blocks(item), assignment));
        }
        return items;
    }

    private static List<UnitDuty> duties(JsonNode node) {
        List<UnitDuty> duties = new ArrayList<>();
        for (JsonNode duty : iterable(node)) {
            duties.add(new UnitDuty(text(duty.get(UNIT)), duty.path("de_nghi").asBoolean(false),
                    text(duty.get(TEXT)), blocks(duty)));
        }
        return duties;
    }

    private static List<Entry> entries(JsonNode node) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode entry : iterable(node)) {
            if (entry.isObject()) {
                entries.add(new Entry(text(entry.get(TEXT)), entries(entry.get(DASHES))));
            } else {
                entries.add(Entry.of(text(entry)));
            }
        }
        return entries;
    }

    private static Signer signer(JsonNode node) {
        JsonNode authority = node.get("quyen_han");
        return new Signer(
                authority == null || authority.isNull() ? null : Authority.valueOf(authority.asText()),
                text(node.get("thay_mat")),
                text(node.get("chuc_vu_truong")),
                text(node.get("chuc_vu")),
                text(node.get("ho_ten")));
    }

    private static Map<String, String> variables(JsonNode node) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(f -> variables.put(f.getKey(), f.getValue().asText()));
        }
        return variables;
    }

    private static Presentation presentation(JsonNode node) {
        Presentation d = Presentation.DEFAULT;
        if (node == null || node.isNull()) {
            return d;
        }
        ToDoubleFunction<Choice> chosen = choice -> {
            JsonNode value = node;
            for (String key : choice.key.split("\\.")) {
                value = value.path(key);
            }
            return value.asDouble(d.value(choice));
        };
        return new Presentation(
                chosen.applyAsDouble(Choice.BODY_SIZE),
                chosen.applyAsDouble(Choice.NATIONAL_TITLE_SIZE),
                chosen.applyAsDouble(Choice.ISSUER_SIZE),
                new Presentation.Margins(
                        chosen.applyAsDouble(Choice.MARGIN_TOP),
                        chosen.applyAsDouble(Choice.MARGIN_BOTTOM),
                        chosen.applyAsDouble(Choice.MARGIN_LEFT),
                        chosen.applyAsDouble(Choice.MARGIN_RIGHT)),
                chosen.applyAsDouble(Choice.LINE_SPACING),
                chosen.applyAsDouble(Choice.PARAGRAPH_SPACING),
                chosen.applyAsDouble(Choice.FIRST_LINE_INDENT),
                "doan".equals(node.path(LEGAL_BASES).asText())
                        ? Presentation.LegalBasisLayout.PARAGRAPH : d.legalBasisLayout());
    }

    static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** A single text or a list of texts, as a list; absent or null as an empty list. */
    static List<String> lines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        if (node == null || node.isNull()) {
            return lines;
        }
        if (node.isArray()) {
            node.forEach(n -> lines.add(n.asText()));
        } else {
            lines.add(node.asText());
        }
        return lines;
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || node.isNull() ? List.of() : node;
    }
}
