package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.model.Block;
import vn.vanban.model.Item;

/** A text file with a paragraph pasted from a TCVN3 document (no font to tell): the text says it. */
class LegacyTextImportTest {

    @Test
    void aTcvn3ParagraphInATextFileIsDecoded() throws Exception {
        String seed = Files.readString(Examples.seed(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        String paragraph = seed.lines().filter(l -> l.startsWith("Tạo sự đồng thuận")).findFirst().orElseThrow();
        String legacy = WordStyleImportTest.tcvn3(paragraph);
        assertNotEquals(paragraph, legacy);
        Source source = TextSource.read("tcvn3.txt", seed.replace(paragraph, legacy).getBytes(StandardCharsets.UTF_8));
        PlanImporter.Result result = PlanImporter.importSource(source, "../schema/ke-hoach.schema.json");
        Item purpose = ((Block.Items) result.plan().parts().get(0).blocks().get(0)).items().get(0);
        assertEquals(List.of(new Block.Paragraphs(List.of(paragraph))), purpose.blocks());
        assertEquals(List.of(), result.report());
    }
}
