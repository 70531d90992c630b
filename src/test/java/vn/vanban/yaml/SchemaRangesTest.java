package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.vanban.nd30.Choice;

/** The plan schema's layout ranges are the rule book's: a change to one without the other fails here. */
class SchemaRangesTest {

    private static final Path SCHEMA = Path.of("schema/ke-hoach.schema.json");
    private static final String HOW = "schema/ke-hoach.schema.json differs from the rule book (vn.vanban.nd30.Choice); "
            + "rewrite it with: java -cp \"target/classes:target/test-classes:target/lib/*\" vn.vanban.yaml.SchemaRanges "
            + "schema/ke-hoach.schema.json";

    @Test
    void everyChoiceIsInTheSchemaAsTheBookGivesIt() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(SCHEMA.toFile());
        for (Choice choice : Choice.values()) {
            // Read back from text, so that 14 and 14.0 compare as the file writes them.
            JsonNode expected = json.readTree(SchemaRanges.property(choice).toString());
            assertEquals(expected, SchemaRanges.shipped(schema, choice), choice.key + ": " + HOW);
        }
    }

    @Test
    void theShippedFileIsCurrent() throws IOException {
        String text = Files.readString(SCHEMA, StandardCharsets.UTF_8);
        assertEquals(SchemaRanges.rewrite(text), text, HOW);
    }
}
