package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.vanban.problem.Problem;

/**
 * Validates a document tree against the schema of its kind (schema/ke-hoach.schema.json for a plan
 * or a report, quyet-dinh for a decision, cong-van for an official letter), the same files editors
 * use for completion, and words each violation in Vietnamese at the place it occurs.
 */
public final class PlanSchema {

    public static final String RESOURCE = "/schema/" + BundledSchema.PLAN_FILE_NAME;

    private PlanSchema() {
    }

    public static List<Problem> validate(YamlTree tree) {
        JsonNode kind = tree.root() == null ? null : tree.root().get("loai");
        return BundledSchema.forKind(kind == null || !kind.isTextual() ? null : kind.asText()).validate(tree);
    }
}
