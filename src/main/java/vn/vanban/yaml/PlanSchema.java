package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a plan tree against schema/ke-hoach.schema.json, the same file editors use for
 * completion, and words each violation in Vietnamese at the place it occurs.
 */
public final class PlanSchema {

    public static final String RESOURCE = "/schema/ke-hoach.schema.json";

    /** The schema document itself, read for the allowed keys at a place. */
    static final JsonNode RAW = readRaw();

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(RAW, SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(false)
                    .build());

    private PlanSchema() {
    }

    private static JsonNode readRaw() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Problem> validate(YamlTree tree) {
        Set<ValidationMessage> messages = SCHEMA.validate(tree.root());
        Set<Problem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            problems.add(SchemaMessages.toProblem(tree, message));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_POSITION);
        return sorted;
    }

    /** The names a schema object allows, for "did you mean" hints. */
    static List<String> allowedKeys(JsonNode schemaObject) {
        List<String> keys = new ArrayList<>();
        JsonNode properties = schemaObject == null ? null : schemaObject.get("properties");
        if (properties != null) {
            properties.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }
}
