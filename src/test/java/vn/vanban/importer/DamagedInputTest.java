package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.Block;

/**
 * Seeds cut short, with lines dropped or shuffled: every import either gives YAML that loads as a
 * plan or refuses with a message. Nothing else (no exception, no YAML that does not load).
 */
class DamagedInputTest {

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyDamagedSeedImportsOrIsRefusedWithAMessage(String name) throws Exception {
        List<String> lines = Files.readAllLines(Examples.seed(name), StandardCharsets.UTF_8);
        List<String> variants = new ArrayList<>();
        for (int n = 0; n <= lines.size(); n += Math.max(1, lines.size() / 40)) {
            variants.add(String.join("\n", lines.subList(0, n)));
            variants.add(String.join("\n", lines.subList(n, lines.size())));
        }
        Random random = new Random(20231);
        for (int round = 0; round < 30; round++) {
            List<String> copy = new ArrayList<>(lines);
            for (int k = 0; k < 1 + round % 7; k++) {
                int i = random.nextInt(copy.size());
                if (round % 3 == 0) {
                    copy.remove(i);
                } else {
                    copy.set(i, copy.get(random.nextInt(copy.size())));
                }
            }
            variants.add(String.join("\n", copy));
        }
        int imported = 0;
        int refused = 0;
        for (String text : variants) {
            Source source = TextSource.read("hong.txt", text.getBytes(StandardCharsets.UTF_8));
            try {
                PlanImporter.Result result = PlanImporter.importSource(source, "../schema/ke-hoach.schema.json");
                assertTrue(result.yaml().startsWith(PlanYamlWriter.MODELINE));
                imported++;
            } catch (UnreadableDocumentException e) {
                assertFalse(e.getMessage().isBlank());
                refused++;
            }
        }
        assertTrue(imported > 10 && refused > 10, imported + " imported, " + refused + " refused");
    }

    /** Found by HostileInputFuzzTest: "3.3." among a unit's points made a muc the plan YAML has no place for. */
    @Test
    void aNumberedItemUnderAUnitIsKeptAsAParagraph() throws Exception {
        String seed = Files.readString(Examples.seed(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        String unit = "2. Công an xã: Là đầu mối phối hợp";
        assertTrue(seed.contains(unit));
        String text = seed.replace(unit, "1.1. Kiểm tra định kỳ hằng quý.\n\n" + unit);
        PlanImporter.Result result = PlanImporter.importSource(TextSource.read("muc.txt", text), null);
        Block.Duties duties = (Block.Duties) result.plan().parts().get(3).blocks().get(0);
        assertEquals(List.of(new Block.Paragraphs(List.of(
                        "Chủ trì, tham mưu xây dựng kế hoạch, đôn đốc, kiểm tra, giám sát các hoạt động triển khai tổ chức thực hiện"
                                + " đạt tiến độ, mục đích, yêu cầu của kế hoạch; làm đầu mối phối hợp với các bộ phận UBND xã, các tổ"
                                + " chức chính trị xã hội, các thôn tổ chức thực hiện tốt các hoạt động công tác phòng, chống mại dâm"
                                + " thuộc lĩnh vực ngành y tế được phân công thực hiện.",
                        "1.1. Kiểm tra định kỳ hằng quý."))),
                duties.duties().get(0).blocks());
        assertTrue(result.report().stream().anyMatch(n -> n.contains("mục đánh số trong phần việc của một đơn vị")),
                result.report().toString());
    }
}
