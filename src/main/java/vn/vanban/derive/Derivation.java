package vn.vanban.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.model.CitedDocument;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Numbering;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.render.VietnameseDates;
import vn.vanban.text.Excerpt;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlEditor;
import vn.vanban.yaml.YamlTree;

/**
 * A lower body's plan made from a higher body's, as the commune plan of the Cẩm Ngọc seed was
 * made from its superiors': the parent's YAML edited in place, so that its comments, key order and
 * line wrapping stay where they still apply.
 *
 * <ul>
 * <li>The child cites the parent ("Thực hiện Kế hoạch số 416/KH-UBND ngày 17/02/2023 của Ủy ban
 *     nhân dân tỉnh Hải Dương về ...") as its one legal basis, built from the parent's own fields;
 *     a parent without a number is a draft and cannot be cited. The parent's legal bases are not
 *     copied: the parent cites them, and the child cites the parent.
 * <li>Subject, year, introduction, parts and closing are the parent's, with the wording scoped to
 *     the lower body by the shipped rules ({@link ScopingRules}) and the parent's units renamed
 *     where the text mentions them; citations of other documents are left as written.
 * <li>Each unit of a phan_cong list, chu_tri or phoi_hop is mapped to its counterpart
 *     ({@link UnitMapper}); units with one counterpart are merged under one heading; a phan_cong
 *     entry whose unit has no counterpart is left out, with a comment where it stood and a line in
 *     the report, because a commune plan that tasks a provincial court reads wrong if nobody
 *     notices; a task's chu_tri or phoi_hop without counterpart is kept with a review comment.
 * <li>co_quan, nguoi_ky, noi_nhan, luu and trinh_bay come from the profile as written there (the
 *     parent's trinh_bay is another body's house style and goes); number and date are blank.
 * </ul>
 * Targets (chi_tieu) and words of higher tiers left in the text are marked "cần rà soát".
 */
public final class Derivation {

    static final String MARK = "vanban derive: ";
    static final String REVIEW = "cần rà soát: ";

    /** Top-level keys whose text is the plan's own wording, scoped for the child. */
    private static final List<String> SCOPED = List.of("trich_yeu", "bien", "mo_dau", "noi_dung", "ket_luan");
    private static final int COMMENT_WIDTH = 98;

    /**
     * @param parentLabel how comments and the report name the parent file
     * @param profileLabel how they name the profile file
     * @param schemaReference what the modeline points at ("../schema/ke-hoach.schema.json"); null for no modeline
     */
    public record Options(String parentLabel, String profileLabel, String schemaReference) {
    }

    private final YamlTree parent;
    private final Plan plan;
    private final Profile profile;
    private final Options options;
    private final UnitTable table;
    private final ParentBody parentBody;
    private final Map<String, String> variables = new HashMap<>();
    private final UnitMapper mapper;
    private final Scoper scoper;
    private final YamlEditor editor;
    private final YamlEditor profileEditor;
    private final List<Duties> duties = new ArrayList<>();
    private final Map<String, List<String>> deferredComments = new HashMap<>();

    private final List<DeriveReport.Line> droppedBases = new ArrayList<>();
    private final List<String> fromProfile = new ArrayList<>();
    private boolean layoutDropped;
    /** "Kế hoạch số 416/KH-UBND ngày 17/02/2023 của Ủy ban nhân dân tỉnh Hải Dương". */
    private String parentCited;
    private final List<DeriveReport.TextChange> textChanges = new ArrayList<>();
    private final List<DeriveReport.UnitChange> units = new ArrayList<>();
    private final List<DeriveReport.Merge> merges = new ArrayList<>();
    private final List<DeriveReport.ReviewItem> review = new ArrayList<>();

    private Derivation(YamlTree parent, Plan plan, ParentBody parentBody, Profile profile, Options options) {
        this.parent = parent;
        this.plan = plan;
        this.parentBody = parentBody;
        this.profile = profile;
        this.options = options;
        this.table = UnitTable.of(profile.system());
        String childArea = profile.territory();
        variables.put("co_quan_tren", parentBody.fullName());
        variables.put("dia_ban_tren", parentBody.territory());
        variables.put("cap_tren", parentBody.unitType());
        variables.put("ten_tren", parentBody.properName());
        variables.put("co_quan", profile.issuer().fullNameInText());
        variables.put("ten_ngan", profile.shortName());
        variables.put("dia_ban", childArea);
        variables.put("cap", profile.unitType());
        variables.put("ten", childArea.substring(profile.unitType().length()).strip());
        variables.put("don_vi_chung", profile.unitsTogether() != null ? profile.unitsTogether()
                : table.unitsTogether(profile.level()));
        String below = profile.levelBelow() != null ? profile.levelBelow() : table.levelBelow(profile.unitType());
        variables.put("cap_duoi", below != null ? below : "các đơn vị trực thuộc");
        variables.put("cap_duoi_dia_ban", areaOf(variables.get("cap_duoi")));
        ScopingRules shipped = ScopingRules.shipped();
        this.mapper = new UnitMapper(table, profile, parentBody, variables, shipped.collectives());
        List<Scoper.Rule> rules = new ArrayList<>(shipped.phrases(parentBody.level(), variables));
        rules.addAll(mapper.mentionRules());
        List<Level> above = new ArrayList<>();
        for (Level level : profile.system().levels()) {
            if (level.above(profile.level())) {
                above.add(level);
            }
        }
        List<String> upward = new ArrayList<>(shipped.upwardWords(above));
        upward.add(parentBody.unitType());
        upward.add(parentBody.properName());
        // The units of the child's tier or a higher one, named together, are not the child's to keep.
        List<String> collectives = new ArrayList<>();
        for (Level level : Level.values()) {
            if (parentBody.level().above(level) && !profile.level().above(level)) {
                collectives.addAll(shipped.collectives().anyPlaces(level));
            }
        }
        boolean parentIsCity = parentBody.level() == Level.TINH && !parentBody.unitType().equals("tỉnh");
        this.scoper = new Scoper(rules, new Scoper.Lookouts(new ArrayList<>(new LinkedHashSet<>(upward)), collectives,
                List.of(childArea, profile.issuer().fullNameInText()), new Coordination(parentIsCity)));
        this.editor = YamlEditor.of(parent);
        this.profileEditor = YamlEditor.of(profile.tree());
    }

    /** The tier below as an area: "Ủy ban nhân dân các xã, thị trấn" → "các xã, thị trấn"; "các thôn" as it is. */
    private static String areaOf(String below) {
        for (String council : ScopingRules.shipped().collectives().councils()) {
            String folded = FoldedText.fold(below);
            String prefix = FoldedText.fold(council) + " ";
            if (folded.startsWith(prefix)) {
                return below.strip().substring(council.length()).strip();
            }
        }
        return below;
    }

    /**
     * @param parent the higher body's plan
     * @throws InvalidInputException when the parent is not a valid plan, has no number yet, its
     *     body's tier cannot be told, or it is not above the profile's body
     */
    public static DerivedPlan derive(YamlTree parent, Profile profile, Options options) throws InvalidInputException {
        Plan plan;
        try {
            plan = PlanLoader.load(parent).plan();
        } catch (InvalidInputException e) {
            throw swappedArguments(parent, e);
        }
        if (plan.number() == null) {
            throw new InvalidInputException(parent.errorAt("/so", "so: kế hoạch gốc là bản dự thảo (chưa có số), chưa dẫn được;"
                    + " vanban derive cần kế hoạch đã ban hành: điền 'so' và 'ngay' của kế hoạch gốc rồi chạy lại"));
        }
        UnitTable table = UnitTable.of(profile.system());
        ParentBody body = ParentBody.of(plan.issuer(), table).orElseThrow(() -> new InvalidInputException(parent.errorAt("/co_quan",
                "co_quan: không nhận ra địa bàn của cơ quan ban hành kế hoạch gốc (cần một dòng tên hoặc 'dia_ban' có tỉnh,"
                        + " thành phố, huyện, quận, thị xã, xã, phường ...), nên không biết kế hoạch thuộc cấp nào")));
        if (!profile.system().levels().contains(body.level())) {
            throw new InvalidInputException(Problem.ofFile(profile.source(), "kế hoạch gốc của " + body.territory()
                    + " (cấp huyện) nhưng hồ sơ theo " + profile.system().description()
                    + ", không có cấp huyện; hồ sơ cần 'chinh_quyen: ba_cap'"));
        }
        if (!body.level().above(profile.level())) {
            throw new InvalidInputException(Problem.ofFile(profile.source(), "kế hoạch gốc của " + body.territory()
                    + " (cấp " + body.level().word() + ") không ở trên cơ quan của hồ sơ (" + profile.territory()
                    + ", cấp " + profile.level().word() + "); vanban derive soạn kế hoạch cấp dưới từ kế hoạch cấp trên"));
        }
        return new Derivation(parent, plan, body, profile, options).run();
    }

    /** A parent that is a profile most likely came from swapped arguments; say so before the schema's list. */
    private static InvalidInputException swappedArguments(YamlTree parent, InvalidInputException e) {
        JsonNode root = parent.root();
        if (!root.has("cap") || root.has("noi_dung")) {
            return e;
        }
        List<Problem> problems = new ArrayList<>();
        problems.add(Problem.ofFile(parent.source(), "tệp này là hồ sơ cơ quan, không phải kế hoạch; kế hoạch cấp trên"
                + " đặt trước, hồ sơ sau --profile: vanban derive KẾ-HOẠCH.yaml --profile HỒ-SƠ.yaml"));
        problems.addAll(e.problems());
        return new InvalidInputException(problems);
    }

    private DerivedPlan run() {
        String citation = headerValues();
        JsonNode parts = parent.root().path("noi_dung");
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k).has("phan_cong")) {
                String pointer = "/noi_dung/" + k + "/phan_cong";
                Duties list = Duties.plan(editor, parts.get(k).get("phan_cong"), pointer, mapper);
                list.rename(editor, parts.get(k).get("phan_cong"), profile.unitType());
                duties.add(list);
                reportDuties(list);
            }
        }
        for (String key : SCOPED) {
            if (parent.root().has(key)) {
                scope(parent.root().get(key), "/" + key, false);
            }
        }
        String text = editor.apply().text();
        if (duties.stream().anyMatch(Duties::restructured)) {
            text = rewriteDuties(text);
        }
        text = header() + body(text);
        try {
            PlanLoader.load(options.parentLabel(), text);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the derived plan does not validate: " + e.problems(), e);
        }
        review.sort(java.util.Comparator.comparing(DeriveReport.ReviewItem::topic).thenComparingInt(DeriveReport.ReviewItem::line));
        DeriveReport report = new DeriveReport(options.parentLabel(), options.profileLabel(), profile.issuer().fullNameInText(),
                citation, parentBody.level(), profile.level(), profile.system(), droppedBases, fromProfile, layoutDropped,
                textChanges, units, merges, review);
        return new DerivedPlan(text, report);
    }

    // ---- the values that do not come from the parent ----------------------------------------

    /** co_quan, so, ngay, can_cu, nguoi_ky, noi_nhan, luu, trinh_bay; returns the citation as printed. */
    private String headerValues() {
        JsonNode root = parent.root();
        editor.replaceValue("/co_quan", fromProfile("/co_quan"));
        editor.replaceValue("/so", "null  # " + MARK + "kế hoạch mới, văn thư điền số khi đăng ký");
        if (root.has("ngay")) {
            editor.replaceValue("/ngay", "null");
        } else {
            editor.insertKeyAfter("", "so", "ngay", "null");
        }
        String document = plan.kind().displayName() + " số " + Numbering.documentNumber(plan.number()) + "/" + plan.symbol();
        String subject = "về " + VietnameseNames.lowerFirst(PlanVariables.of(plan).expand(plan.subject()));
        StringBuilder citation = new StringBuilder("# ").append(MARK).append("kế hoạch mới dẫn kế hoạch gốc; căn cứ của kế hoạch gốc")
                .append(" không chép lại (kế hoạch gốc đã dẫn chúng)\n")
                .append("- dan: Thực hiện\n  van_ban:\n")
                .append("    loai: ").append(YamlEditor.scalar(plan.kind().displayName())).append('\n')
                .append("    so: ").append(YamlEditor.scalar(Numbering.documentNumber(plan.number()) + "/" + plan.symbol())).append('\n');
        if (plan.date() != null) {
            citation.append("    ngay: ").append(plan.date()).append('\n');
        }
        citation.append("    co_quan: ").append(YamlEditor.scalar(parentBody.fullName())).append('\n')
                .append("    trich_yeu: ").append(YamlEditor.scalar(subject));
        if (root.has("can_cu")) {
            editor.replaceValue("/can_cu", citation.toString());
            JsonNode bases = root.get("can_cu");
            for (int i = 0; i < bases.size(); i++) {
                droppedBases.add(new DeriveReport.Line(editor.line("/can_cu/" + i), Excerpt.head(basisText(plan.legalBases().get(i)))));
            }
        } else {
            editor.insertKeyAfter("", "trich_yeu", "can_cu", citation.toString());
        }
        for (String key : List.of("co_quan", "nguoi_ky", "noi_nhan", "luu")) {
            if (!key.equals("co_quan")) {
                editor.replaceValue("/" + key, fromProfile("/" + key));
            }
            fromProfile.add(key);
        }
        if (profile.hasLayout()) {
            if (root.has("trinh_bay")) {
                editor.replaceValue("/trinh_bay", fromProfile("/trinh_bay"));
            } else {
                editor.insertKey("", "trinh_bay", fromProfile("/trinh_bay"));
            }
            fromProfile.add("trinh_bay");
        } else if (root.has("trinh_bay")) {
            editor.removeKey("/trinh_bay");
            layoutDropped = true;
        }
        String date = plan.date() == null ? "" : " ngày " + VietnameseDates.shortForm(plan.date());
        parentCited = document + date + " của " + parentBody.fullName();
        return "Thực hiện " + parentCited + " " + subject;
    }

    private String fromProfile(String pointer) {
        String source = profileEditor.source(pointer);
        String note = MARK + "từ hồ sơ cơ quan " + options.profileLabel();
        return source.contains("\n") ? "# " + note + "\n" + source : source + "  # " + note;
    }

    private static String basisText(LegalBasis basis) {
        if (basis instanceof LegalBasis.Written written) {
            return written.text();
        }
        CitedDocument document = ((LegalBasis.Citation) basis).document();
        return document.kind() + " số " + document.number() + (document.issuer() == null ? "" : " của " + document.issuer());
    }

    // ---- units ---------------------------------------------------------------------------------

    private void reportDuties(Duties list) {
        for (Duties.Entry entry : list.entries()) {
            DeriveReport.Outcome outcome = switch (entry.kind()) {
                case KEEP -> DeriveReport.Outcome.RENAMED;
                case DROP -> DeriveReport.Outcome.DROPPED;
                case KEEP_UNMAPPED -> DeriveReport.Outcome.KEPT;
                default -> DeriveReport.Outcome.MERGED;
            };
            String child = entry.mapped().anyMapped() ? entry.mapped().heading() : null;
            units.add(new DeriveReport.UnitChange(entry.line(), "phan_cong", entry.parentName(), child, how(entry.mapped()), outcome));
            reviewSegments(entry.line(), entry.mapped());
        }
        list.merges().forEach((heading, members) ->
                merges.add(new DeriveReport.Merge(heading, members.stream().map(Duties.Entry::parentName).toList())));
    }

    /** Where each counterpart came from: "hồ sơ", "bảng", ...; for none, why. */
    private String how(UnitMapper.Mapped mapped) {
        Set<String> sources = new LinkedHashSet<>();
        for (UnitMapper.Segment segment : mapped.segments()) {
            if (segment.childName() != null) {
                sources.add(segment.source().label());
            } else if (segment.source() == UnitMapper.Source.UNKNOWN) {
                sources.add("không có trong bảng đơn vị; thêm vào anh_xa của hồ sơ nếu cần");
            } else if (segment.source() == UnitMapper.Source.PROFILE_MAPPING) {
                sources.add("anh_xa của hồ sơ: không có đơn vị tương ứng");
            } else {
                sources.add("cấp " + profile.level().word() + " không có đơn vị tương ứng");
            }
        }
        return String.join("; ", sources);
    }

    private void reviewSegments(int line, UnitMapper.Mapped mapped) {
        for (UnitMapper.Segment segment : mapped.segments()) {
            if (segment.source() == UnitMapper.Source.TABLE && segment.childName() != null && !profile.units().isEmpty()) {
                review.add(new DeriveReport.ReviewItem(DeriveReport.Topic.DEFAULT_NAME, line, segment.parentName() + " → "
                        + segment.childName() + " (tên theo bảng; hồ sơ không có đơn vị mang mã " + segment.code() + ")"));
            }
        }
        if (mapped.anyMapped() && !mapped.unmapped().isEmpty()) {
            for (UnitMapper.Segment segment : mapped.unmapped()) {
                review.add(new DeriveReport.ReviewItem(DeriveReport.Topic.NO_COUNTERPART, line, segment.parentName()
                        + " (trong \"" + Duties.oneLine(mapped.parentName()) + "\") không có đơn vị tương ứng; việc chung giao cho "
                        + mapped.heading()));
            }
        }
    }

    /** chu_tri, phoi_hop of a task: each unit renamed; one without counterpart kept as written, for review. */
    private void taskUnits(String key, JsonNode value, String pointer) {
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                String name = value.get(i).asText();
                UnitMapper.Mapped mapped = mapTaskUnit(key, name, editor.line(YamlTree.child(pointer, i)));
                if (mapped.anyMapped()) {
                    mapped.childNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
                    notes.add(Duties.oneLine(name) + " → " + mapped.heading());
                } else {
                    names.add(name);
                    notes.add(REVIEW + Duties.oneLine(name) + " không có đơn vị tương ứng");
                }
            }
            StringBuilder list = new StringBuilder("# ").append(MARK).append(String.join("; ", notes));
            names.forEach(n -> list.append("\n- ").append(YamlEditor.scalar(n)));
            editor.replaceValue(pointer, list.toString());
            return;
        }
        String name = value.asText();
        UnitMapper.Mapped mapped = mapTaskUnit(key, name, editor.line(pointer));
        if (mapped.anyMapped()) {
            editor.replaceValue(pointer, YamlEditor.scalar(mapped.heading()) + "  # " + MARK + Duties.oneLine(name));
        } else {
            comment(pointer, REVIEW + Duties.oneLine(name) + " không có đơn vị tương ứng ở cấp " + profile.unitType());
        }
    }

    private UnitMapper.Mapped mapTaskUnit(String key, String name, int line) {
        UnitMapper.Mapped mapped = mapper.map(name);
        units.add(new DeriveReport.UnitChange(line, key, mapped.parentName(), mapped.anyMapped() ? mapped.heading() : null,
                how(mapped), mapped.anyMapped() ? DeriveReport.Outcome.RENAMED : DeriveReport.Outcome.KEPT));
        reviewSegments(line, mapped);
        return mapped;
    }

    // ---- wording -------------------------------------------------------------------------------

    private void scope(JsonNode node, String pointer, boolean target) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String child = YamlTree.child(pointer, key);
                if (key.equals("don_vi") || key.equals("de_nghi")) {
                    continue;
                }
                if (key.equals("chu_tri") || key.equals("phoi_hop")) {
                    taskUnits(key, field.getValue(), child);
                    continue;
                }
                if (key.equals("chi_tieu")) {
                    comment(child, REVIEW + "chỉ tiêu của kế hoạch gốc, đặt cho cấp " + parentBody.level().word()
                            + "; đặt lại cho " + profile.territory());
                }
                scope(field.getValue(), child, target || key.equals("chi_tieu"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = YamlTree.child(pointer, i);
                if (duties.stream().noneMatch(d -> d.dropped(child))) {
                    scope(node.get(i), child, target);
                }
            }
        } else if (node.isTextual()) {
            scopeText(pointer, target);
        }
    }

    private void scopeText(String pointer, boolean target) {
        String raw = editor.scalarText(pointer);
        if (raw == null) {
            return;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        boolean exact = text.equals(raw);
        if (target) {
            review.add(new DeriveReport.ReviewItem(DeriveReport.Topic.TARGET, editor.line(pointer), Excerpt.head(text)));
        }
        Scoper.Scoped scoped = scoper.apply(text);
        if (scoped.changed()) {
            if (!editor.canEdit(pointer)) {
                review.add(new DeriveReport.ReviewItem(DeriveReport.Topic.ALIAS, editor.line(pointer),
                        Excerpt.head(text) + " (giá trị dùng chung qua bí danh *, không sửa)"));
                return;
            }
            editor.setText(pointer, scoped.text());
            int shift = 0;
            for (Scoper.Change change : scoped.changes()) {
                int newStart = change.start() + shift;
                textChanges.add(new DeriveReport.TextChange(exact ? editor.line(pointer, change.start()) : editor.line(pointer),
                        Excerpt.around(text, change.start(), change.end()),
                        Excerpt.around(scoped.text(), newStart, newStart + change.after().length())));
                shift += change.after().length() - (change.end() - change.start());
            }
        }
        for (Scoper.Change kept : scoped.kept()) {
            review.add(new DeriveReport.ReviewItem(DeriveReport.Topic.REPEAT, exact ? editor.line(pointer, kept.start()) : editor.line(pointer),
                    Excerpt.around(text, kept.start(), kept.end()) + " (\"" + kept.before() + "\" → \"" + kept.after() + "\" sẽ trùng vế)"));
        }
        if (!scoped.kept().isEmpty()) {
            comment(pointer, REVIEW + "giữ nguyên " + String.join(", ", scoped.kept().stream()
                    .map(k -> "'" + k.before() + "'").distinct().toList()) + ": đổi thành '" + scoped.kept().get(0).after()
                    + "' thì hai vế của câu trùng nhau; viết lại câu");
        }
        List<Scoper.Mention> upward = new ArrayList<>();
        for (Scoper.Mention mention : scoper.upwardMentions(scoped.text())) {
            int old = oldOffset(scoped, mention.start());
            if (scoped.kept().stream().noneMatch(k -> k.start() <= old && old < k.end())) {
                upward.add(mention);
                review.add(new DeriveReport.ReviewItem(mention.collective() ? DeriveReport.Topic.COLLECTIVE : DeriveReport.Topic.UPWARD,
                        exact ? editor.line(pointer, old) : editor.line(pointer), Excerpt.around(scoped.text(), mention.start(), mention.end())));
            }
        }
        mentionComment(pointer, upward.stream().filter(m -> !m.collective()).toList(), "còn nhắc cấp trên: ");
        mentionComment(pointer, upward.stream().filter(Scoper.Mention::collective).toList(),
                "còn gọi chung các đơn vị hành chính, chưa đổi được: ");
    }

    private void mentionComment(String pointer, List<Scoper.Mention> mentions, String what) {
        if (!mentions.isEmpty()) {
            comment(pointer, REVIEW + what + String.join(", ", mentions.stream().map(m -> "'" + m.word() + "'").distinct().toList()));
        }
    }

    /** Where an offset of the scoped text was in the text before the changes. */
    private static int oldOffset(Scoper.Scoped scoped, int offset) {
        int shift = 0;
        for (Scoper.Change change : scoped.changes()) {
            int newStart = change.start() + shift;
            if (newStart >= offset) {
                break;
            }
            shift += change.after().length() - (change.end() - change.start());
        }
        return Math.max(0, offset - shift);
    }

    /** A review comment above the value; inside a merged entry it is placed when that entry is written. */
    private void comment(String pointer, String text) {
        if (duties.stream().anyMatch(d -> d.inMerged(pointer))) {
            deferredComments.computeIfAbsent(pointer, p -> new ArrayList<>()).add(text);
        } else {
            editor.commentBefore(pointer, text);
        }
    }

    // ---- the second pass and the header -------------------------------------------------------

    private String rewriteDuties(String text) {
        YamlTree tree;
        try {
            tree = YamlTree.parse(options.parentLabel(), text);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the first pass of derive wrote YAML that does not parse", e);
        }
        YamlEditor second = YamlEditor.of(tree);
        String reason = "cấp " + profile.unitType() + " không có đơn vị tương ứng";
        for (Duties list : duties) {
            if (list.restructured()) {
                JsonNode node = tree.root().at(list.pointer());
                second.replaceValue(list.pointer(), list.rewrite(second, node, deferredComments, reason));
            }
        }
        return second.apply().text();
    }

    /** The modeline and a note on where the plan came from, in place of the parent's opening comments. */
    private String header() {
        StringBuilder out = new StringBuilder();
        if (options.schemaReference() != null) {
            out.append("# yaml-language-server: $schema=").append(options.schemaReference()).append("\n#\n");
        }
        String note = MARK + "kế hoạch của " + profile.issuer().citedName() + ", soạn từ "
                + parentCited + " (tệp " + options.parentLabel()
                + ") theo hồ sơ cơ quan " + options.profileLabel() + ". Bản dự thảo: số và ngày để trống."
                + " Chú thích \"vanban derive\" cho biết phần lấy từ kế hoạch gốc hoặc hồ sơ; chú thích \"cần rà soát\""
                + " chỉ chỗ người soạn cần xem lại trước khi trình ký.";
        for (String line : wrap(note, COMMENT_WIDTH - 2)) {
            out.append("# ").append(line).append('\n');
        }
        return out.toString();
    }

    /** The text after the parent's opening comments (they describe the parent document). */
    private static String body(String text) {
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
            at = end < 0 ? text.length() : end + 1;
        }
        return text.substring(at);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
