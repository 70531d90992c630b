package vn.vanban.serve;

import java.util.List;
import vn.vanban.companion.Companion;
import vn.vanban.companion.CompanionDocument;
import vn.vanban.companion.CompanionKind;
import vn.vanban.companion.CompanionName;
import vn.vanban.companion.CompanionReport;
import vn.vanban.derive.DeriveReportFormat;
import vn.vanban.derive.DerivedName;
import vn.vanban.derive.DerivedPlan;
import vn.vanban.derive.Derivation;
import vn.vanban.derive.ProfileLoader;
import vn.vanban.nextyear.NextYear;
import vn.vanban.nextyear.NextYearName;
import vn.vanban.nextyear.NextYearReport;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/**
 * New documents made from the plan in the editor, as next-year, derive and companion make them:
 * the new text goes to the editor with the report the command line prints; nothing is written
 * until the clerk saves.
 */
final class PlanTransforms {

    private final PlanFolder folder;

    PlanTransforms(PlanFolder folder) {
        this.folder = folder;
    }

    void nextYear(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        YamlTree tree = YamlTree.parse(plan.name(), plan.text());
        int fromYear = PlanLoader.load(tree).plan().year();
        NextYear.Rollover rollover = NextYear.roll(tree, fromYear + 1);
        String name = NextYearName.of(plan.name(), fromYear, fromYear + 1);
        exchange.json(200, new Replies.NewPlan(name, rollover.text(), NextYearReport.format(rollover, plan.name()),
                warnings(name, rollover.text())));
    }

    void derive(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        String profilePath = exchange.requiredQuery("ho_so", "hồ sơ cơ quan cấp dưới");
        YamlTree parent = YamlTree.parse(plan.name(), plan.text());
        ProfileLoader.Loaded profile = ProfileLoader.load(profilePath, folder.read(profilePath));
        String profileName = profilePath.substring(profilePath.lastIndexOf('/') + 1);
        DerivedPlan derived;
        try {
            // The new plan is saved beside its parent, so the parent's schema reference holds for it too.
            derived = Derivation.derive(parent, profile.profile(), new Derivation.Options(plan.name(), profileName,
                    InstalledSchema.modeline(plan.text())));
        } catch (IllegalStateException e) {
            throw new HttpFailure(500, "kế hoạch soạn ra không hợp lệ; đây là lỗi của vanban, xin báo cho người phát"
                    + " triển kèm kế hoạch gốc và hồ sơ " + profileName + " (" + e.getMessage() + ")");
        }
        String name = DerivedName.of(plan.name(), profileName);
        exchange.json(200, new Replies.NewPlan(name, derived.text(), DeriveReportFormat.format(derived.report()),
                warnings(name, derived.text())));
    }

    /**
     * The Quyết định, Báo cáo or Công văn of the plan (loai=QĐ|BC|CV), named and with its modeline
     * as vanban companion writes it beside the plan.
     */
    void companion(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        String typed = exchange.requiredQuery("loai", "loại văn bản đi kèm (QĐ, BC hoặc CV)");
        CompanionKind kind = CompanionKind.parse(typed).orElseThrow(() -> HttpFailure.badRequest(CompanionKind.notAKind(typed)));
        YamlTree tree = YamlTree.parse(plan.name(), plan.text());
        String name = CompanionName.of(plan.name(), kind);
        String schema = InstalledSchema.besideInput(plan.text(), folder.root().resolve(plan.name()), folder.root().resolve(name),
                kind.schemaFile());
        CompanionDocument document;
        try {
            document = Companion.write(tree, kind, new Companion.Options(plan.name(), schema));
        } catch (IllegalStateException e) {
            throw new HttpFailure(500, "văn bản soạn ra không hợp lệ; đây là lỗi của vanban, xin báo cho người phát triển"
                    + " kèm kế hoạch " + plan.name() + " (" + e.getMessage() + ")");
        }
        exchange.json(200, new Replies.NewPlan(name, document.text(), CompanionReport.format(document),
                warnings(name, document.text())));
    }

    /** What the loader says of the new plan; it is valid, as its input was. */
    private static List<Replies.ProblemReply> warnings(String name, String text) throws InvalidInputException {
        List<Problem> warnings = PlanLoader.load(name, text).warnings();
        return warnings.stream().map(Replies.ProblemReply::of).toList();
    }
}
