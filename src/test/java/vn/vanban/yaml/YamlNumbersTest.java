package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * A number typed with leading zeros, as the decree prints it ("Số: 08/KH-UBND"), is the decimal
 * number: not text (YAML 1.1 reads "08" so) and not octal (YAML 1.1 reads "010" as 8).
 */
class YamlNumbersTest {

    private static String example() throws Exception {
        return Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
    }

    private static String withNumber(String typed) throws Exception {
        String text = example();
        String draft = "so: null          # dự thảo";
        assertTrue(text.contains(draft));
        return text.replace(draft, "so: " + typed + "  # dự thảo");
    }

    @ParameterizedTest
    @CsvSource({"01, 1", "02, 2", "03, 3", "04, 4", "05, 5", "06, 6", "07, 7", "08, 8", "09, 9", "010, 10", "0416, 416",
            "416, 416"})
    void aNumberWithLeadingZerosIsTheDecimalNumber(String typed, int number) throws Exception {
        Plan plan = PlanLoader.load("ke-hoach.yaml", withNumber(typed)).plan();
        assertEquals(number, plan.number());
    }

    @Test
    void leadingZerosAreReadTheSameWhereverANumberGoes() throws Exception {
        String text = example().replace("nam: 2023", "nam: 02023") + "trinh_bay:\n  co_chu: 014\n  le: {trai: 030}\n";
        Plan plan = PlanLoader.load("ke-hoach.yaml", text).plan();
        assertEquals(2023, plan.year());
        assertEquals(14, plan.presentation().bodySize());
        assertEquals(30, plan.presentation().margins().left());
    }

    @ParameterizedTest
    @CsvSource({"08, 8", "09, 9", "010, 10", "-07, -7", "+08, 8", "08.5, 8.5", "0.8, 0.8"})
    void theTreeReadsDigitsAsNumbers(String typed, double number) throws Exception {
        YamlTree tree = YamlTree.parse("a.yaml", "a: " + typed + "\n");
        assertTrue(tree.root().get("a").isNumber(), tree.root().toString());
        assertEquals(number, tree.root().get("a").doubleValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"08\"", "'08'", "!!str 08", "0x1F", "0o17", "1_000", "2023-02-17", "yes", "08/KH-UBND", ".inf"})
    void quotedOrNotQuiteNumbersStayText(String typed) throws Exception {
        YamlTree tree = YamlTree.parse("a.yaml", "a: " + typed + "\n");
        assertTrue(tree.root().get("a").isTextual(), typed + " → " + tree.root());
    }

    @Test
    void aQuotedNumberIsToldWhyItIsText() throws Exception {
        String text = withNumber("\"07\"");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlanLoader.load("ke-hoach.yaml", text));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).message();
        assertTrue(message.contains("\"07\" đặt trong dấu nháy thì là văn bản") && message.endsWith("so: 07"), message);
    }

    @Test
    void writtenTextThatLooksLikeANumberIsQuoted() {
        for (String looksLikeANumber : List.of("08", "010", "1.5", "null", "true")) {
            assertTrue(!YamlTree.plainReadsAsText(looksLikeANumber), looksLikeANumber);
        }
        for (String text : List.of("08/KH-UBND", "yes", "0x1F", "2023-02-17")) {
            assertTrue(YamlTree.plainReadsAsText(text), text);
        }
    }
}
