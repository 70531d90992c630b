package vn.vanban.companion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.vanban.companion.CompanionDocument.Need;
import vn.vanban.model.DocumentKind;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/**
 * A document that travels with a plan, pre-filled from it: the Quyết định that issues it, the Báo
 * cáo on its results, the Công văn that sends it down. The new YAML takes the issuing body, the
 * year, the signer, Lưu and the layout choices from the plan as the clerk wrote them (comments and
 * ${variables} kept), cites the plan, and writes each kind's own parts ({@link DecisionDraft},
 * {@link ReportDraft}, {@link LetterDraft}); number and date are blank, as in any draft. What the
 * clerk must write reads "(cần điền)" and has a "# cần điền: ..." comment; what vanban guessed
 * has "# cần rà soát: ...". The result validates and renders as it is.
 */
public final class Companion {

    /** The kinds of document a companion goes with: documents that are carried out and issued by a decision. */
    static final Set<DocumentKind> PLANS = Set.of(DocumentKind.KE_HOACH, DocumentKind.CHUONG_TRINH, DocumentKind.PHUONG_AN);
    private static final String MARK = "vanban companion";

    /**
     * @param planLabel how comments and messages name the plan's file
     * @param schemaReference what the modeline points at ("../schema/quyet-dinh.schema.json"); null for no modeline
     */
    public record Options(String planLabel, String schemaReference) {
    }

    private Companion() {
    }

    /**
     * @throws InvalidInputException when the tree is not a valid document, or is one that no
     *     companion goes with (a Quyết định, a Báo cáo, ...)
     * @throws IllegalStateException when what was written does not validate: a fault of vanban
     */
    public static CompanionDocument write(YamlTree tree, CompanionKind kind, Options options) throws InvalidInputException {
        Plan plan = PlanLoader.load(tree).plan();
        if (!PLANS.contains(plan.kind())) {
            throw new InvalidInputException(tree.errorAt("/loai", "tệp này là " + VietnameseNames.lower(plan.kind().displayName())
                    + " (loai: " + plan.kind().key() + "), không phải kế hoạch; vanban companion soạn văn bản đi kèm một kế"
                    + " hoạch (loai: KH), chương trình (CTr) hoặc phương án (PA)"));
        }
        SourcePlan source = new SourcePlan(tree, plan, options.planLabel());
        Draft draft = switch (kind) {
            case DECISION -> new DecisionDraft();
            case REPORT -> new ReportDraft();
            case LETTER -> new LetterDraft();
        };
        CompanionWriter out = new CompanionWriter();
        List<String> taken = new ArrayList<>();
        header(out, source, kind, options);
        out.line("loai: " + kind.key());
        out.copy(0, "co_quan:", source.copy("/co_quan"));
        out.raw(0, "so: ", "null", "văn thư điền số khi đăng ký");
        out.raw(0, "ngay: ", "null", null);
        out.copy(0, "nam:", source.copy("/nam"));
        draft.beforeSubject(out, source);
        out.scalar(0, "trich_yeu: ", draft.subject(source));
        if (source.has("/bien")) {
            out.copy(0, "bien:", source.copy("/bien"));
        }
        out.blank();
        draft.body(out, source, taken);
        out.blank();
        out.copy(0, "nguoi_ky:", source.copy("/nguoi_ky"));
        out.blank();
        draft.recipients(out, source, taken);
        out.copy(0, "luu:", source.copy("/luu"));
        List<String> copied = new ArrayList<>(List.of("co_quan", "nam", "nguoi_ky", "luu"));
        if (source.has("/bien")) {
            copied.add(2, "bien");
        }
        if (source.has("/trinh_bay")) {
            out.blank();
            out.copy(0, "trinh_bay:", source.copy("/trinh_bay"));
            copied.add("trinh_bay");
        }
        taken.add(0, String.join(", ", copied) + " như kế hoạch viết");
        String text = out.text();
        try {
            PlanLoader.load(options.planLabel(), text);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the " + kind.key() + " written from the plan does not validate: " + e.problems(), e);
        }
        return new CompanionDocument(kind, text, options.planLabel(), PlanVariables.of(plan).expand(source.citation()),
                taken, out.marks());
    }

    /**
     * kinh_gui: the addressees the plan suggests, under a comment that says where they come from,
     * or one "(cần điền)" and what to write there when it suggests none.
     */
    static void addressees(CompanionWriter out, String whom, List<String> suggested, Need need, String comment, String what) {
        if (suggested.isEmpty()) {
            out.need(0, Need.FILL, whom, "Kính gửi");
            out.list(0, "kinh_gui", List.of(CompanionWriter.TO_FILL));
        } else {
            out.need(0, need, comment, what);
            out.list(0, "kinh_gui", suggested);
        }
    }

    /** mo_dau citing the plan; a draft plan's number and date are blanks to fill, and a comment says so. */
    static void citing(CompanionWriter out, SourcePlan plan, String introduction) {
        if (plan.draft()) {
            out.need(0, Need.REVIEW, "Kế hoạch là bản dự thảo (chưa có số, ngày): điền số và ngày khi Kế hoạch đã ban hành",
                    "số và ngày của kế hoạch (bản dự thảo)");
        }
        out.scalar(0, "mo_dau: ", introduction);
    }

    /** The modeline and a note on where the document came from and what its comments mean. */
    private static void header(CompanionWriter out, SourcePlan plan, CompanionKind kind, Options options) {
        if (options.schemaReference() != null) {
            out.line("# yaml-language-server: $schema=" + options.schemaReference());
            out.line("#");
        }
        String title = kind.title() + " " + PlanVariables.of(plan.plan()).expand(plan.named());
        out.comment(0, title + ", soạn bằng \"" + MARK + "\" từ " + options.planLabel().replace('\n', ' ')
                + ". Bản dự thảo: số và ngày để trống. Chú thích \"cần điền\" chỉ chỗ người soạn phải viết (trong văn bản"
                + " là chữ \"" + CompanionWriter.TO_FILL + "\"); \"cần rà soát\" chỉ chỗ vanban lấy từ kế hoạch hoặc đoán,"
                + " cần xem lại trước khi trình ký.");
    }
}
