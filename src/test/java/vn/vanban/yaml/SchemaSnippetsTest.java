package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;
import vn.vanban.derive.ProfileLoader;

/**
 * What an editor inserts from the schemas' defaultSnippets is valid where it is inserted, once the
 * clerk has typed over the placeholders: the plan and profile skeletons load with vanban's own
 * loaders, and every smaller snippet (a part, an item, a signer, ...) passes the schema of its place.
 */
class SchemaSnippetsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(BundledSchema.ID_BASE, "file:schema/")));

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"ke-hoach", "quyet-dinh", "cong-van"})
    void theDocumentSkeletonLoadsAndRenders(String schemaName) throws Exception {
        JsonNode schema = JSON.readTree(Path.of("schema/" + schemaName + ".schema.json").toFile());
        List<JsonNode> bodies = bodies(schema.get("defaultSnippets"));
        assertFalse(bodies.isEmpty());
        for (JsonNode body : bodies) {
            Path plan = temp.resolve("ke-hoach.yaml");
            Files.writeString(plan, filled(body));
            byte[] docx = Examples.renderer().render(PlanLoader.load(plan).plan()).docx();
            assertTrue(docx.length > 0);
        }
    }

    @Test
    void theProfileSkeletonLoads() throws Exception {
        JsonNode schema = JSON.readTree(Path.of("schema/co-quan.schema.json").toFile());
        for (JsonNode body : bodies(schema.get("defaultSnippets"))) {
            Path profile = temp.resolve("co-quan.yaml");
            Files.writeString(profile, filled(body));
            ProfileLoader.load(profile);
        }
    }

    @Test
    void everySmallerSnippetIsValidWhereItIsInserted() throws IOException {
        JsonNode schema = JSON.readTree(Path.of("schema/ke-hoach.schema.json").toFile());
        int checked = 0;
        Iterator<Map.Entry<String, JsonNode>> defs = schema.get("$defs").fields();
        while (defs.hasNext()) {
            Map.Entry<String, JsonNode> def = defs.next();
            if (!def.getValue().has("defaultSnippets")) {
                continue;
            }
            JsonSchema place = FACTORY.getSchema(
                    SchemaLocation.of(BundledSchema.ID_BASE + "ke-hoach.schema.json#/$defs/" + def.getKey()));
            for (JsonNode body : bodies(def.getValue().get("defaultSnippets"))) {
                JsonNode value = JSON.readTree(filled(body));
                assertEquals(List.of(), List.copyOf(place.validate(value)), def.getKey() + ": " + value);
                checked++;
            }
        }
        assertTrue(checked >= 6, "snippets for a body, a legal basis, a part, an item, a unit and a signer");
    }

    private static List<JsonNode> bodies(JsonNode snippets) {
        List<JsonNode> bodies = new ArrayList<>();
        snippets.forEach(s -> bodies.add(s.get("body")));
        return bodies;
    }

    /** The snippet as a clerk leaves it: each ${n:text} placeholder replaced by its text. */
    private static String filled(JsonNode body) throws IOException {
        return JSON.writeValueAsString(body).replaceAll("\\$\\{\\d+:([^}]*)}", "$1");
    }
}
