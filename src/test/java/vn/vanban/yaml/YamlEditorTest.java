package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.problem.InvalidInputException;

class YamlEditorTest {

    private static YamlEditor editor(String text) throws InvalidInputException {
        return YamlEditor.of(YamlTree.parse("test.yaml", text));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The lines that differ, as "n: before → after", for texts with the same number of lines. */
    private static List<String> diff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertEquals(a.length, b.length, () -> "line count changed:\n" + after);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add((i + 1) + ": " + a[i] + " → " + b[i]);
            }
        }
        return changed;
    }

    private static JsonNode reread(String text, String pointer) throws InvalidInputException {
        return YamlTree.parse("after.yaml", text).root().at(pointer);
    }

    private static String value(String text, String pointer) throws InvalidInputException {
        return YamlTree.parse("after.yaml", text).node(pointer) instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : null;
    }

    @Test
    void plainScalarKeepsItsTrailingComment() throws Exception {
        String before = lines("# đầu tệp", "a: kế hoạch năm 2023   # ghi chú", "b: khác");
        String after = editor(before).setText("/a", "kế hoạch năm 2024").apply().text();
        assertEquals(List.of("2: a: kế hoạch năm 2023   # ghi chú → a: kế hoạch năm 2024   # ghi chú"), diff(before, after));
    }

    @Test
    void singleQuotedStaysSingleQuotedWithItsEscapes() throws Exception {
        String before = lines("b: 'it''s năm 2023'");
        String after = editor(before).setText("/b", "it's năm 2024").apply().text();
        assertEquals(lines("b: 'it''s năm 2024'"), after);
    }

    @Test
    void doubleQuotedStaysDoubleQuotedWithItsEscapes() throws Exception {
        String before = lines("c: \"nói \\\"có\\\" năm 2023\\t.\"");
        String after = editor(before).setText("/c", "nói \"có\" năm 2024\t.").apply().text();
        assertEquals(lines("c: \"nói \\\"có\\\" năm 2024\\t.\""), after);
        assertEquals("nói \"có\" năm 2024\t.", value(after, "/c"));
    }

    @Test
    void foldedParagraphChangesOnlyTheWordsThatChange() throws Exception {
        String before = lines(
                "mo_dau: >-",
                "  UBND xã Cẩm Ngọc xây dựng kế hoạch triển khai phòng chống mại dâm trên địa bàn xã năm 2023",
                "  như sau, so với năm 2022 và",
                "  các năm trước.",
                "ket_luan: x");
        YamlEditor editor = editor(before);
        String old = editor.scalarText("/mo_dau");
        String after = editor.setText("/mo_dau", old.replace("2023", "2024").replace("2022", "2023")).apply().text();
        assertEquals(List.of(
                "2:   UBND xã Cẩm Ngọc xây dựng kế hoạch triển khai phòng chống mại dâm trên địa bàn xã năm 2023"
                        + " →   UBND xã Cẩm Ngọc xây dựng kế hoạch triển khai phòng chống mại dâm trên địa bàn xã năm 2024",
                "3:   như sau, so với năm 2022 và →   như sau, so với năm 2023 và"), diff(before, after));
        assertEquals(old.replace("2023", "2024").replace("2022", "2023"), value(after, "/mo_dau"));
    }

    @Test
    void wordsAddedToAFoldedParagraphStayOnTheirLine() throws Exception {
        String before = lines(
                "doan: >",
                "  Tạo sự đồng thuận, quyết tâm",
                "  và chuyển biến mạnh mẽ.",
                "khac: 1");
        String after = editor(before).setText("/doan", "Tạo sự đồng thuận cao, quyết tâm\nvà chuyển biến thật mạnh mẽ.\n")
                .apply().text();
        // The value has a line feed inside, which a folded scalar writes as an empty line: rewritten whole.
        assertEquals("Tạo sự đồng thuận cao, quyết tâm\nvà chuyển biến thật mạnh mẽ.\n", value(after, "/doan"));
        String simple = editor(before).setText("/doan", "Tạo sự đồng thuận cao, quyết tâm và chuyển biến thật mạnh mẽ.\n")
                .apply().text();
        assertEquals(List.of(
                "2:   Tạo sự đồng thuận, quyết tâm →   Tạo sự đồng thuận cao, quyết tâm",
                "3:   và chuyển biến mạnh mẽ. →   và chuyển biến thật mạnh mẽ."), diff(before, simple));
    }

    @Test
    void literalScalarKeepsItsLines() throws Exception {
        String before = lines("ghi_chu: |", "  dòng một năm 2023", "    thụt vào", "  dòng ba", "x: 1");
        YamlEditor editor = editor(before);
        String after = editor.setText("/ghi_chu", editor.scalarText("/ghi_chu").replace("ba", "bốn").replace("2023", "2024"))
                .apply().text();
        assertEquals(List.of("2:   dòng một năm 2023 →   dòng một năm 2024", "4:   dòng ba →   dòng bốn"), diff(before, after));
    }

    @Test
    void chompingFollowsTheNewValue() throws Exception {
        String before = lines("a: >-", "  một hai", "b: |", "  ba");
        String after = editor(before).setText("/a", "một hai\n").setText("/b", "ba").apply().text();
        assertEquals(lines("a: >", "  một hai", "b: |-", "  ba"), after);
    }

    @Test
    void multiLinePlainScalarKeepsItsWrapping() throws Exception {
        String before = lines("a: một hai ba năm 2023", "  bốn năm sáu", "b: x");
        String after = editor(before).setText("/a", "một hai ba năm 2024 bốn năm sáu").apply().text();
        assertEquals(lines("a: một hai ba năm 2024", "  bốn năm sáu", "b: x"), after);
    }

    @Test
    void editsNextToCommentsLeaveThemAlone() throws Exception {
        String before = lines(
                "so: 416          # số đã đăng ký",
                "# ngày ban hành",
                "ngay: 2023-02-17 # ngày thật",
                "nam: 2023",
                "",
                "trich_yeu: >-   # chủ đề",
                "  Phòng, chống mại dâm năm 2023",
                "# hết");
        String after = editor(before)
                .setNull("/so").setNull("/ngay").setNumber("/nam", 2024)
                .setText("/trich_yeu", "Phòng, chống mại dâm năm 2024")
                .apply().text();
        assertEquals(lines(
                "so: null          # số đã đăng ký",
                "# ngày ban hành",
                "ngay: null # ngày thật",
                "nam: 2024",
                "",
                "trich_yeu: >-   # chủ đề",
                "  Phòng, chống mại dâm năm 2024",
                "# hết"), after);
    }

    @Test
    void severalEditsInOnePassReportTheirLines() throws Exception {
        String before = lines("nam: 2023", "so: 5", "ds:", "  - một năm 2023", "  - hai", "  - ba năm 2022");
        YamlEditor.Result result = editor(before)
                .setNumber("/nam", 2024).setNull("/so")
                .setText("/ds/0", "một năm 2024").setText("/ds/2", "ba năm 2023")
                .apply();
        assertEquals(List.of(
                new YamlEditor.LineChange(1, List.of("nam: 2023"), List.of("nam: 2024")),
                new YamlEditor.LineChange(2, List.of("so: 5"), List.of("so: null")),
                new YamlEditor.LineChange(4, List.of("  - một năm 2023"), List.of("  - một năm 2024")),
                new YamlEditor.LineChange(6, List.of("  - ba năm 2022"), List.of("  - ba năm 2023"))), result.changes());
    }

    @Test
    void twoEditsOnOneLineAreOneChange() throws Exception {
        String before = lines("luu: [VT, VH]");
        YamlEditor.Result result = editor(before).setText("/luu/0", "VT").setText("/luu/1", "KGVX").apply();
        assertEquals(lines("luu: [VT, KGVX]"), result.text());
        assertEquals(List.of(new YamlEditor.LineChange(1, List.of("luu: [VT, VH]"), List.of("luu: [VT, KGVX]"))), result.changes());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mục đích: tiếp tục                | \"Mục đích: tiếp tục\"",
        "- gạch đầu dòng                   | \"- gạch đầu dòng\"",
        "như sau:                          | \"như sau:\"",
        "xem mục 2 # không phải chú thích  | \"xem mục 2 # không phải chú thích\"",
        "2024                              | \"2024\"",
        "null                              | \"null\"",
        "true                              | \"true\"",
        "[VT]                              | \"[VT]\"",
        "nói \"có\"                        | 'nói \"có\"'",
        "bình thường: không               | \"bình thường: không\"",
        "bình thường                       | bình thường",
    })
    void aPlainValueThatWouldChangeMeaningIsQuoted(String value, String written) throws Exception {
        String before = lines("a: cũ   # chú thích", "b: khác");
        String after = editor(before).setText("/a", value).apply().text();
        assertEquals(lines("a: " + written + "   # chú thích", "b: khác"), after);
        assertEquals(value, reread(after, "/a").textValue());
    }

    @Test
    void aValueInAFlowSequenceIsQuotedWhenItHasAComma() throws Exception {
        String before = lines("ten: [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC]");
        String after = editor(before).setText("/ten/1", "XÃ CẨM NGỌC, HUYỆN CẨM THỦY").apply().text();
        assertEquals(lines("ten: [ỦY BAN NHÂN DÂN, \"XÃ CẨM NGỌC, HUYỆN CẨM THỦY\"]"), after);
    }

    @Test
    void aFoldedParagraphThatCannotBePatchedIsRewrappedToItsWidth() throws Exception {
        String before = lines(
                "doan: >-",
                "  một hai ba bốn năm sáu bảy tám chín mười",
                "  một hai ba bốn năm sáu bảy tám chín mười",
                "x: 1");
        // A line feed inside a folded value is an empty line: the paragraph is written again, wrapped as before.
        String value = "một hai ba bốn năm\nsáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười";
        String after = editor(before).setText("/doan", value).apply().text();
        assertEquals(lines(
                "doan: >-",
                "  một hai ba bốn năm",
                "",
                "  sáu bảy tám chín mười một hai ba bốn năm",
                "  sáu bảy tám chín mười",
                "x: 1"), after);
        assertEquals(value, value(after, "/doan"));
        // A value starting with a space cannot be a folded scalar at all: it is double-quoted.
        String spaced = "  chữ đầu";
        assertEquals(lines("doan: \"  chữ đầu\"", "x: 1"), editor(before).setText("/doan", spaced).apply().text());
        String plain = "mở đầu mới " + "một hai ba bốn năm sáu bảy tám chín mười ".repeat(3).strip();
        YamlEditor editor = editor(before);
        // Words added at the start are still patched in place: the lines below keep their breaks.
        String patched = editor.setText("/doan", plain).apply().text();
        assertEquals(plain, value(patched, "/doan"));
        assertTrue(patched.startsWith("doan: >-\n  mở đầu mới một"), patched);
        assertTrue(patched.endsWith(lines("  một hai ba bốn năm sáu bảy tám chín mười", "x: 1")), patched);
        assertEquals(before.split("\n").length, patched.split("\n").length, patched);
    }

    @Test
    void aBlockValueGoesBelowItsKeyAtTheRightIndentation() throws Exception {
        String before = lines(
                "noi_dung:",
                "  - tieu_de: Mục đích   # phần I",
                "    doan: cũ",
                "  - tieu_de: Hai",
                "ket_luan: x");
        String after = editor(before)
                .replaceValue("/noi_dung/0/doan", "- đoạn một\n- đoạn hai")
                .apply().text();
        assertEquals(lines(
                "noi_dung:",
                "  - tieu_de: Mục đích   # phần I",
                "    doan:",
                "      - đoạn một",
                "      - đoạn hai",
                "  - tieu_de: Hai",
                "ket_luan: x"), after);
    }

    @Test
    void aBlockCollectionIsReplacedAtItsOwnColumnAndTheKeyLineStays() throws Exception {
        String before = lines(
                "can_cu:   # căn cứ",
                "- Căn cứ một",
                "- Căn cứ hai",
                "mo_dau: x");
        String after = editor(before)
                .replaceValue("/can_cu", "- van_ban:\n    loai: Kế hoạch\n    so: 12/KH-UBND\n- Căn cứ ba")
                .apply().text();
        assertEquals(lines(
                "can_cu:   # căn cứ",
                "- van_ban:",
                "    loai: Kế hoạch",
                "    so: 12/KH-UBND",
                "- Căn cứ ba",
                "mo_dau: x"), after);
    }

    @Test
    void aMappingInASequenceIsReplacedAfterItsDash() throws Exception {
        String before = lines("ds:", "  - a: 1", "    b: 2", "  - c");
        String after = editor(before).replaceValue("/ds/0", "x: 9\ny: [1, 2]").apply().text();
        assertEquals(lines("ds:", "  - x: 9", "    y: [1, 2]", "  - c"), after);
    }

    @Test
    void anInlineValueReplacesABlockOne() throws Exception {
        String before = lines("luu:", "  - VT", "  - VH", "nam: 2023");
        String after = editor(before).replaceValue("/luu", "[VT, KGVX]").apply().text();
        assertEquals(lines("luu: [VT, KGVX]", "nam: 2023"), after);
    }

    @Test
    void aKeyIsInsertedAfterTheLastOneOrAfterAGivenOne() throws Exception {
        String before = lines(
                "nguoi_ky:",
                "  quyen_han: KT   # ký thay",
                "  chuc_vu: Phó Chủ tịch",
                "noi_nhan: [a]");
        YamlEditor.Result result = editor(before)
                .insertKeyAfter("/nguoi_ky", "quyen_han", "chuc_vu_truong", "Chủ tịch")
                .insertKey("/nguoi_ky", "ho_ten", "Phạm Văn Hành")
                .insertKey("", "luu", "- VT\n- VH")
                .apply();
        assertEquals(lines(
                "nguoi_ky:",
                "  quyen_han: KT   # ký thay",
                "  chuc_vu_truong: Chủ tịch",
                "  chuc_vu: Phó Chủ tịch",
                "  ho_ten: Phạm Văn Hành",
                "noi_nhan: [a]",
                "luu:",
                "  - VT",
                "  - VH"), result.text());
        assertEquals(2, result.changes().get(0).after().size());
    }

    @Test
    void aKeyIsInsertedInAFlowMapping() throws Exception {
        String before = lines("le: {tren: 20, duoi: 20}");
        String after = editor(before).insertKey("/le", "trai", "30").apply().text();
        assertEquals(lines("le: {tren: 20, duoi: 20, trai: 30}"), after);
    }

    @Test
    void aBlockScalarCanBecomeNull() throws Exception {
        String before = lines("ngay: >-", "  2023-02-17", "", "nam: 2023");
        String after = editor(before).setNull("/ngay").apply().text();
        assertEquals(lines("ngay: null", "", "nam: 2023"), after);
    }

    @Test
    void anEmptyValueGetsAValue() throws Exception {
        String before = lines("so:", "nam: 2023");
        String after = editor(before).setNumber("/so", 12).apply().text();
        assertEquals(lines("so: 12", "nam: 2023"), after);
    }

    @Test
    void windowsLineBreaksStay() throws Exception {
        String before = "a: >-\r\n  một năm 2023\r\n  hai\r\nb: x\r\n";
        YamlEditor editor = editor(before);
        String after = editor.setText("/a", "một năm 2024 hai").insertKey("", "c", "- y").apply().text();
        assertEquals("a: >-\r\n  một năm 2024\r\n  hai\r\nb: x\r\nc:\r\n  - y\r\n", after);
    }

    @Test
    void charactersOutsideTheBasicPlaneDoNotShiftPositions() throws Exception {
        String before = lines("# 😀 chú thích 𝐀", "a: '𝐁 năm 2023'", "b: năm 2023");
        String after = editor(before).setText("/a", "𝐁 năm 2024").setText("/b", "năm 2024").apply().text();
        assertEquals(lines("# 😀 chú thích 𝐀", "a: '𝐁 năm 2024'", "b: năm 2024"), after);
    }

    @Test
    void anUnchangedValueChangesNothing() throws Exception {
        String before = lines("a: >-", "  một", "  hai", "b: 'x'");
        YamlEditor.Result result = editor(before).setText("/a", "một hai").setText("/b", "x").apply();
        assertEquals(before, result.text());
        assertEquals(List.of(), result.changes());
    }

    @Test
    void wrongUseIsRefused() throws Exception {
        String text = lines("a: &x một", "b: *x", "c: {d: 1}", "e: [1, 2]");
        assertThrows(IllegalArgumentException.class, () -> editor(text).setText("/khong_co", "x"));
        assertThrows(IllegalArgumentException.class, () -> editor(text).setText("/b", "x"), "alias");
        assertThrows(IllegalArgumentException.class, () -> editor(text).setText("/e/0", "x").setNull("/e/0"), "twice");
        assertThrows(IllegalArgumentException.class, () -> editor(text).replaceValue("", "x: 1"), "root");
        assertThrows(IllegalArgumentException.class, () -> editor(text).insertKey("/c", "d", "2"), "key present");
        assertThrows(IllegalArgumentException.class, () -> editor(text).insertKey("/e", "d", "2"), "not a mapping");
    }

    @Test
    void overlappingEditsAreRefused() throws Exception {
        String text = lines("c:", "  d: 1", "  e: 2");
        YamlEditor editor = editor(text).replaceValue("/c", "x: 1").setNumber("/c/d", 2);
        assertThrows(IllegalArgumentException.class, editor::apply);
    }

    @Test
    void yamlThatIsNotYamlIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> editor(lines("a: 1")).replaceValue("/a", "[x"));
        assertThrows(IllegalArgumentException.class, () -> editor(lines("a: [1]")).replaceValue("/a/0", "- x\n- y").apply());
    }

    @Test
    void positionsInsideAParagraphAreKnown() throws Exception {
        String text = lines("a: >-", "  một hai", "  ba năm 2023");
        YamlEditor editor = editor(text);
        assertEquals(1, editor.line("/a"));
        assertEquals(3, editor.line("/a", editor.scalarText("/a").indexOf("2023")));
        assertEquals(List.of(new YamlEditor.Comment(1, " đầu"), new YamlEditor.Comment(2, " cuối")),
                editor(lines("# đầu", "a: 1 # cuối")).comments());
    }

    static java.util.stream.Stream<String> examples() {
        return vn.vanban.Examples.names().stream();
    }

    /** Every text of both examples edited at once: only lines holding the changed words change. */
    @ParameterizedTest
    @MethodSource("examples")
    void everyTextOfAnExampleEditedAtOnceTouchesOnlyItsWords(String name) throws Exception {
        String before = java.nio.file.Files.readString(vn.vanban.Examples.yaml(name));
        YamlEditor editor = YamlEditor.of(YamlTree.parse(name, before));
        List<String> pointers = new ArrayList<>();
        collectTexts(editor.tree().root(), "", pointers);
        java.util.Map<String, String> expected = new java.util.HashMap<>();
        for (String pointer : pointers) {
            String value = editor.scalarText(pointer);
            String changed = value.replace("mại dâm", "ma túy").replace("Hải Dương", "Hưng Yên");
            if (!changed.equals(value)) {
                editor.setText(pointer, changed);
                expected.put(pointer, changed);
            }
        }
        assertTrue(expected.size() > 20, "the example has many texts to edit: " + expected.size());
        String after = editor.apply().text();
        YamlTree reread = YamlTree.parse(name, after);
        for (java.util.Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(e.getValue(), ((org.yaml.snakeyaml.nodes.ScalarNode) reread.node(e.getKey())).getValue(), e.getKey());
        }
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertEquals(a.length, b.length, "no line added or removed");
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                String line = a[i];
                String replaced = line.replace("mại dâm", "ma túy").replace("Hải Dương", "Hưng Yên");
                // A phrase cut by a line break changes word by word on both lines.
                boolean split = line.strip().endsWith("mại") || line.strip().startsWith("dâm")
                        || line.strip().endsWith("Hải") || line.strip().startsWith("Dương");
                assertTrue(b[i].equals(replaced) || split,
                        "line " + (i + 1) + " changed beyond its words: " + line + " → " + b[i]);
            }
        }
    }

    @Test
    void theSourceOfAValueCarriesItsLayoutAndCommentsAndFitsElsewhere() throws Exception {
        String from = lines(
                "phan_cong:",
                "  - don_vi: Sở Y tế   # ghi chú",
                "    # nhiệm vụ",
                "    doan: >-",
                "      Chỉ đạo tăng cường công tác phối hợp",
                "      với các đơn vị.",
                "    diem: [a, 'b: c']",
                "luu: [VT, VX]");
        YamlEditor source = editor(from);
        assertEquals(lines("don_vi: Sở Y tế   # ghi chú", "# nhiệm vụ", "doan: >-",
                "  Chỉ đạo tăng cường công tác phối hợp", "  với các đơn vị.", "diem: [a, 'b: c']").strip(),
                source.source("/phan_cong/0"));
        assertEquals(">-\n  Chỉ đạo tăng cường công tác phối hợp\n  với các đơn vị.", source.source("/phan_cong/0/doan"));
        assertEquals("[VT, VX]", source.source("/luu"));

        String into = lines("a:", "  b: 1", "c: x");
        String after = editor(into).replaceValue("/a/b", source.source("/phan_cong/0")).apply().text();
        assertEquals(lines("a:", "  b:", "    don_vi: Sở Y tế   # ghi chú", "    # nhiệm vụ", "    doan: >-",
                "      Chỉ đạo tăng cường công tác phối hợp", "      với các đơn vị.", "    diem: [a, 'b: c']", "c: x"), after);
        assertEquals("Chỉ đạo tăng cường công tác phối hợp với các đơn vị.", reread(after, "/a/b/doan").textValue());
    }

    @Test
    void theSourceOfAPlainParagraphOverSeveralLinesKeepsItsWrapping() throws Exception {
        String from = lines("- dòng một", "      dòng hai", "- x");
        String text = editor(from).source("/0");
        assertEquals("dòng một\n  dòng hai", text);
        String after = editor(lines("k: v")).replaceValue("/k", text).apply().text();
        assertEquals("dòng một dòng hai", reread(after, "/k").textValue());
    }

    @Test
    void aKeyIsRemovedWithItsValueAndTheCommentsAroundStay() throws Exception {
        String before = lines("a: 1", "# về b", "b:", "  c: [1, 2]   # cuối", "  d: >-", "    văn", "    bản", "e: 3");
        YamlEditor.Result result = editor(before).removeKey("/b/d").removeKey("/a").apply();
        assertEquals(lines("# về b", "b:", "  c: [1, 2]   # cuối", "e: 3"), result.text());
        assertEquals(2, result.changes().size());
    }

    @Test
    void aKeyThatCannotGoAloneIsRefused() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> editor(lines("a:", "  b: 1")).removeKey("/a/b"));
        assertThrows(IllegalArgumentException.class, () -> editor(lines("- b: 1", "  c: 2")).removeKey("/0/b"));
        assertThrows(IllegalArgumentException.class, () -> editor(lines("a: {b: 1, c: 2}")).removeKey("/a/b"));
        assertThrows(IllegalArgumentException.class, () -> editor(lines("- 1", "- 2")).removeKey("/0"));
    }

    @Test
    void commentsGoAboveTheKeyOrTheItemAtItsIndentation() throws Exception {
        String before = lines("a:", "  - x: 1", "    y: >-", "      văn bản", "  - z", "b: 2");
        String after = editor(before)
                .commentBefore("/a/0/y", "cần rà soát: y")
                .commentBefore("/a/1", "mục hai")
                .commentBefore("/b", "khóa b")
                .commentBefore("/b", "lần nữa")
                .setNumber("/b", 3)
                .apply().text();
        assertEquals(lines("a:", "  - x: 1", "    # cần rà soát: y", "    y: >-", "      văn bản", "  # mục hai", "  - z",
                "# khóa b", "# lần nữa", "b: 3"), after);
        assertThrows(IllegalArgumentException.class, () -> editor(lines("a: [1, 2]")).commentBefore("/a/0", "x"));
        assertThrows(IllegalArgumentException.class, () -> editor(lines("a: 1")).commentBefore("/a", "x\ny"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sở Y tế|Sở Y tế",
        "Ghi chú: xem lại|\"Ghi chú: xem lại\"",
        "2023|\"2023\"",
        "- gạch|\"- gạch\"",
        "có \"nháy\"|'có \"nháy\"'"})
    void aTextIsWrittenPlainWhenItCanBe(String value, String written) throws Exception {
        assertEquals(written, YamlEditor.scalar(value));
        assertEquals(value, reread("k: " + written, "/k").textValue());
    }

    private static void collectTexts(JsonNode node, String pointer, List<String> pointers) {
        if (node.isTextual()) {
            pointers.add(pointer);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectTexts(f.getValue(), YamlTree.child(pointer, f.getKey()), pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTexts(node.get(i), YamlTree.child(pointer, i), pointers);
            }
        }
    }
}
