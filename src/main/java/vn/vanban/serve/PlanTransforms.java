package vn.vanban.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/**
 * New plans made from the one in the editor, as next-year and derive make them: the new text goes
 * to the editor with the report the command line prints; nothing is written until the clerk saves.
 */
final class PlanTransforms {

    private static final Pattern MODELINE = Pattern.compile("(?m)^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)");

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
                    modeline(plan.text())));
        } catch (IllegalStateException e) {
            throw new HttpFailure(500, "kế hoạch soạn ra không hợp lệ; đây là lỗi của vanban, xin báo cho người phát"
                    + " triển kèm kế hoạch gốc và hồ sơ " + profileName + " (" + e.getMessage() + ")");
        }
        String name = DerivedName.of(plan.name(), profileName);
        exchange.json(200, new Replies.NewPlan(name, derived.text(), DeriveReportFormat.format(derived.report()),
                warnings(name, derived.text())));
    }

    /** What the loader says of the new plan; it is valid, as its input was. */
    private static List<Replies.ProblemReply> warnings(String name, String text) throws InvalidInputException {
        List<Problem> warnings = PlanLoader.load(name, text).warnings();
        return warnings.stream().map(Replies.ProblemReply::of).toList();
    }

    private static String modeline(String text) {
        Matcher m = MODELINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
