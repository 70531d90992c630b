package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.problem.Problem;

/**
 * A JSON Schema of the files under schema/ (the jar carries the same files), the one editors use
 * for completion, with every violation worded in Vietnamese at the place it occurs. A schema may
 * refer to another one beside it ("ke-hoach.schema.json#/$defs/co_quan"), as editors resolve it.
 */
public final class BundledSchema {

    private static final String FOLDER = "schema/";
    /**
     * The base of every schema's $id. An identifier, never fetched: ".invalid" cannot resolve
     * (RFC 6761); the validator reads the files the jar carries, and a reference from one schema to
     * another ("ke-hoach.schema.json#/$defs/co_quan") resolves against this base, as in ajv or an editor.
     */
    static final String ID_BASE = "https://vanban.invalid/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_BASE, "classpath:" + FOLDER)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(false)
            .build();
    /** Each schema document by the names the validator gives its places: its $id and its classpath location. */
    private static final Map<String, JsonNode> DOCUMENTS = new HashMap<>();

    /**
     * The plan schema's file name, a constant: naming the file (an import's modeline) does not
     * load the validator, as reading {@link #PLAN} would.
     */
    public static final String PLAN_FILE_NAME = "ke-hoach.schema.json";
    /** The plan, and every document of Mẫu 1.4 (Báo cáo, ...): schema/ke-hoach.schema.json. */
    public static final BundledSchema PLAN = new BundledSchema(PLAN_FILE_NAME);
    /** The Quyết định: schema/quyet-dinh.schema.json. */
    public static final BundledSchema DECISION = new BundledSchema("quyet-dinh.schema.json");
    /** The Công văn: schema/cong-van.schema.json. */
    public static final BundledSchema LETTER = new BundledSchema("cong-van.schema.json");
    /** The organisation profile of vanban derive: schema/co-quan.schema.json. */
    public static final BundledSchema PROFILE = new BundledSchema("co-quan.schema.json");

    static {
        for (BundledSchema schema : List.of(PLAN, DECISION, LETTER, PROFILE)) {
            DOCUMENTS.put("classpath:" + FOLDER + schema.fileName, schema.raw);
            if (schema.raw.hasNonNull("$id")) {
                DOCUMENTS.put(schema.raw.get("$id").asText(), schema.raw);
            }
        }
    }

    private final String fileName;
    private final JsonNode raw;
    private final JsonSchema schema;

    private BundledSchema(String fileName) {
        this.fileName = fileName;
        this.raw = read(fileName);
        this.schema = FACTORY.getSchema(SchemaLocation.of(ID_BASE + fileName), CONFIG);
    }

    private static JsonNode read(String fileName) {
        String resource = "/" + FOLDER + fileName;
        try (InputStream in = BundledSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of a document whose loai is this (QĐ, CV, or a type of Mẫu 1.4 such as KH or BC). */
    public static BundledSchema forKind(String loai) {
        return switch (loai == null ? "" : loai) {
            case "QĐ" -> DECISION;
            case "CV" -> LETTER;
            default -> PLAN;
        };
    }

    /** The file name under schema/, e.g. ke-hoach.schema.json. */
    public String fileName() {
        return fileName;
    }

    /** Every violation, in file order. */
    public List<Problem> validate(YamlTree tree) {
        Set<ValidationMessage> messages = schema.validate(tree.root());
        Set<Problem> problems = new LinkedHashSet<>();
        for (ValidationMessage message : messages) {
            problems.add(SchemaMessages.toProblem(tree, message));
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.BY_POSITION);
        return sorted;
    }

    /**
     * The schema object holding the keyword at a place the validator names
     * ("https://vanban.invalid/schema/ke-hoach.schema.json#/$defs/co_quan/additionalProperties" → the
     * co_quan object), or a missing node.
     */
    static JsonNode parentOf(SchemaLocation location) {
        JsonNode document = DOCUMENTS.get(location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString());
        String fragment = location.getFragment().toString();
        String parent = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
        return document == null ? MissingNode.getInstance() : document.at(parent);
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
