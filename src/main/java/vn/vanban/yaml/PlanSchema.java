package vn.vanban.yaml;

import java.util.List;
import vn.vanban.problem.Problem;

/**
 * Validates a plan tree against schema/ke-hoach.schema.json, the same file editors use for
 * completion, and words each violation in Vietnamese at the place it occurs.
 */
public final class PlanSchema {

    public static final String RESOURCE = "/schema/" + BundledSchema.PLAN.fileName();

    private PlanSchema() {
    }

    public static List<Problem> validate(YamlTree tree) {
        return BundledSchema.PLAN.validate(tree);
    }
}
