package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.nd30.Choice;
import vn.vanban.nd30.Range;

/**
 * The {@code trinh_bay} properties of schema/ke-hoach.schema.json as the rule book's
 * {@link Choice}s give them: each choice's range, step and default. SchemaRangesTest fails when the
 * shipped file differs; after a change to the rule book, rewrite the schema with
 *
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" vn.vanban.yaml.SchemaRanges schema/ke-hoach.schema.json</pre>
 *
 * Only the line of each choice's property is written; the rest of the file is left as it is.
 */
public final class SchemaRanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaRanges() {
    }

    public static void main(String[] args) throws IOException {
        Path schema = Path.of(args[0]);
        String text = Files.readString(schema, StandardCharsets.UTF_8);
        Files.writeString(schema, rewrite(text), StandardCharsets.UTF_8);
    }

    /** The schema of one choice. */
    static ObjectNode property(Choice choice) {
        ObjectNode node = JSON.createObjectNode();
        String unit = choice.unit.isEmpty() ? "" : " " + choice.unit;
        node.put("description", choice.label + ": " + choice.allowedText() + " (mặc định "
                + Range.number(choice.defaultValue) + unit + ").");
        if (!choice.onlyValues.isEmpty()) {
            ArrayNode values = node.putArray("enum");
            choice.onlyValues.forEach(v -> values.add(number(v)));
        } else {
            node.put("type", "number");
            node.set("minimum", number(choice.allowed.min()));
            node.set("maximum", number(choice.inputLimit));
            if (choice.step > 0) {
                node.set("multipleOf", number(choice.step));
            }
        }
        node.set("default", number(choice.defaultValue));
        return node;
    }

    /** The shipped schema's property of a choice. */
    static JsonNode shipped(JsonNode schema, Choice choice) {
        return schema.at("/$defs/trinh_bay/properties/" + choice.key.replace(".", "/properties/"));
    }

    /** The schema text with each choice's property line written from the rule book. */
    static String rewrite(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int trinhBay = lines.indexOf("    \"trinh_bay\": {");
        if (trinhBay < 0) {
            throw new IllegalStateException("no $defs/trinh_bay in the schema");
        }
        for (Choice choice : Choice.values()) {
            String name = choice.key.substring(choice.key.lastIndexOf('.') + 1);
            int at = trinhBay;
            while (at < lines.size() && !lines.get(at).strip().startsWith("\"" + name + "\": { \"description\"")) {
                at++;
            }
            if (at == lines.size()) {
                throw new IllegalStateException("no one-line property \"" + name + "\" under trinh_bay");
            }
            String line = lines.get(at);
            String indent = line.substring(0, line.indexOf('"'));
            String end = line.endsWith(",") ? "," : "";
            lines.set(at, indent + "\"" + name + "\": " + inline(property(choice)) + end);
        }
        return String.join("\n", lines);
    }

    /** { "a": 1, "b": [1, 2] } on one line, as the schema file writes its leaf properties. */
    private static String inline(ObjectNode node) {
        List<String> fields = new ArrayList<>();
        node.fields().forEachRemaining(f -> fields.add(json(f.getKey()) + ": " + value(f.getValue())));
        return "{ " + String.join(", ", fields) + " }";
    }

    private static String value(JsonNode value) {
        if (!value.isArray()) {
            return json(value);
        }
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(json(v)));
        return "[" + String.join(", ", items) + "]";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode number(double value) {
        return value == Math.rint(value) ? JSON.getNodeFactory().numberNode((long) value)
                : JSON.getNodeFactory().numberNode(value);
    }
}
