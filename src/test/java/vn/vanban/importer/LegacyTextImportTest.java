package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.model.Block;
import vn.vanban.model.Item;
import vn.vanban.model.VietnameseNames;

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

    /**
     * A whole plan saved as 8-bit TCVN3 text, as an old editor writes it: not UTF-8, and still
     * read. Capitals were typed in an all-capitals font there, so the file has them in lower case.
     */
    @Test
    void aFileSavedInTcvn3IsNotRefusedAsAnotherCodePage(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Examples.seed(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        String typed = seed.lines().map(l -> l.equals(VietnameseNames.upper(l)) ? VietnameseNames.lower(l) : l)
                .collect(Collectors.joining("\n"));
        String tcvn3 = WordStyleImportTest.tcvn3(typed);
        assertTrue(tcvn3.chars().allMatch(c -> c < 0x100), "every letter has a TCVN3 code");
        Path file = dir.resolve("tcvn3.txt");
        Files.write(file, tcvn3.getBytes(Charset.forName("windows-1252")));
        // Read, not refused as another code page; the sentences come out as typed. (A line of two
        // or three words, "Sè: /KH-UBND", is too short for the detector to be sure of.)
        assertEquals(sentences(TextSource.read("tcvn3.txt", typed)), sentences(SourceReader.read(file)));
    }

    private static List<String> sentences(Source source) {
        return source.paragraphs().stream().map(SourceParagraph::text).filter(t -> t.length() >= 40).toList();
    }
}
