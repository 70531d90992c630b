package vn.vanban.nextyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlEditor;
import vn.vanban.yaml.YamlTree;

class NextYearTest {

    /** A 2023 plan written the paper way, years as digits, in sentences of the two seeds. */
    private static final Path LITERAL_YEARS = Path.of("src/test/resources/nextyear/cam-ngoc-2023-nam-viet-so.yaml");

    /** For each example, the only lines a roll to 2024 may change. */
    private static final Map<String, List<String>> EXAMPLE_CHANGES = Map.of(
            Examples.CAM_NGOC, List.of("13: nam: 2023 → nam: 2024"),
            Examples.HAI_DUONG, List.of(
                    "10: so: 416 → so: null",
                    "11: ngay: 2023-02-17 → ngay: null",
                    "12: nam: 2023 → nam: 2024"));

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    private static NextYear.Rollover roll(String source, String text, int toYear) throws Exception {
        return NextYear.roll(YamlTree.parse(source, text), toYear);
    }

    /** "n: before → after" for each line that differs; the line count must not change. */
    private static List<String> diff(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertEquals(a.length, b.length, "the number of lines changed");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add((i + 1) + ": " + a[i] + " → " + b[i]);
            }
        }
        return changed;
    }

    private static Plan validPlan(String text) throws Exception {
        return PlanLoader.load("ke-hoach-moi.yaml", text).plan();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleRolledTo2024ChangesOnlyTheYearAndTheDraftFields(String name) throws Exception {
        String before = Files.readString(Examples.yaml(name), StandardCharsets.UTF_8);
        NextYear.Rollover rollover = roll(name, before, 2024);
        assertEquals(EXAMPLE_CHANGES.get(name), diff(before, rollover.text()));
        assertEquals(EXAMPLE_CHANGES.get(name).size(), rollover.changes().size(), "every change is reported");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void commentsSurvive(String name) throws Exception {
        String before = Files.readString(Examples.yaml(name), StandardCharsets.UTF_8);
        String after = roll(name, before, 2024).text();
        List<YamlEditor.Comment> comments = YamlEditor.of(YamlTree.parse(name, before)).comments();
        assertTrue(comments.size() >= 3, "the examples have comments");
        assertEquals(comments, YamlEditor.of(YamlTree.parse(name, after)).comments());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void the2024PlanValidatesAndRenders(String name) throws Exception {
        String before = Files.readString(Examples.yaml(name), StandardCharsets.UTF_8);
        Plan plan = validPlan(roll(name, before, 2024).text());
        assertEquals(2024, plan.year());
        assertNull(plan.number(), "a new draft has no number");
        assertNull(plan.date(), "a new draft has no date");
        String subject = PlanVariables.of(plan).expand(plan.subject());
        assertTrue(subject.endsWith("năm 2024"), subject);
        byte[] docx = Examples.renderer().render(plan).docx();
        String text = Examples.text(docx);
        assertTrue(text.contains(subject), "the rendered subject: " + subject);
        assertTrue(text.contains("năm 2024"), "the draft date line carries the new year");
        assertEquals(List.of(), TestDocx.check(docx), "the rolled plan passes vanban check");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void the2024PlanRollsOnTo2025(String name) throws Exception {
        String before = Files.readString(Examples.yaml(name), StandardCharsets.UTF_8);
        String plan2024 = roll(name, before, 2024).text();
        NextYear.Rollover rollover = roll(name, plan2024, 2025);
        List<String> changes = diff(plan2024, rollover.text());
        assertEquals(1, changes.size(), changes.toString());
        assertTrue(changes.get(0).endsWith("nam: 2024 → nam: 2025"), changes.toString());
        assertEquals(2025, validPlan(rollover.text()).year());
    }

    @Test
    void yearsWrittenAsDigitsMoveWhereTheyMeanThePlanYear() throws Exception {
        String before = Files.readString(LITERAL_YEARS, StandardCharsets.UTF_8);
        NextYear.Rollover rollover = roll(LITERAL_YEARS.toString(), before, 2024);
        assertEquals(List.of(
                "8: so: 7             # đã đăng ký → so: null             # đã đăng ký",
                "9: ngay: 2023-04-20 → ngay: null",
                "10: nam: 2023 → nam: 2024",
                "11: trich_yeu: Phòng, chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2023"
                        + " → trich_yeu: Phòng, chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2024",
                "32:   bàn xã năm 2023 như sau: →   bàn xã năm 2024 như sau:",
                "42:       - tieu_de: 'Chỉ tiêu năm 2023'   # tiêu đề viết trong nháy đơn"
                        + " →       - tieu_de: 'Chỉ tiêu năm 2024'   # tiêu đề viết trong nháy đơn",
                "46:             được tiếp nhận, xác minh, phân loại, xử lý kịp thời; tăng 3% (so với năm 2022) số tội"
                        + " →             được tiếp nhận, xác minh, phân loại, xử lý kịp thời; tăng 3% (so với năm 2023) số tội",
                "51:       - tieu_de: \"Kiện toàn Đội kiểm tra liên ngành năm 2023\""
                        + " →       - tieu_de: \"Kiện toàn Đội kiểm tra liên ngành năm 2024\"",
                "63:           Chủ trì, tổng hợp, báo cáo kết quả 6 tháng đầu năm 2023 (trước ngày 15/6/2023) và cả năm"
                        + " →           Chủ trì, tổng hợp, báo cáo kết quả 6 tháng đầu năm 2024 (trước ngày 15/6/2023) và cả năm",
                "64:           2023 (trước ngày 15/12/2023) về UBND xã. →           2024 (trước ngày 15/12/2023) về UBND xã.",
                "67:   Trên đây là kế hoạch phòng chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2023, đề nghị các bộ phận"
                        + " →   Trên đây là kế hoạch phòng chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2024, đề nghị các bộ phận"),
                diff(before, rollover.text()));
        assertEquals(11, rollover.changes().size());
        validPlan(rollover.text());
    }

    @Test
    void theReviewListsWhatAPersonMustDecide() throws Exception {
        String before = Files.readString(LITERAL_YEARS, StandardCharsets.UTF_8);
        List<String> review = roll(LITERAL_YEARS.toString(), before, 2024).review().stream()
                .map(item -> item.topic() + " " + item.line() + ": " + item.text()).toList();
        assertEquals(List.of(
                "LEGAL_BASIS 14: Căn cứ kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa về phòng, chống mại…",
                "LEGAL_BASIS 17: Thực hiện công văn số 789/UBND-VP ngày 12/4/2023 của UBND huyện Cẩm Thủy về việc triển…",
                "TARGET 44: 100% tố giác, tin báo, khiếu nại hành vi vi phạm pháp luật về phòng, chống mại dâm được… [100%, 3%]",
                "DATE 63: …quả 6 tháng đầu năm 2023 (trước ngày 15/6/2023) và cả năm 2023 (trước…",
                "DATE 64: …15/6/2023) và cả năm 2023 (trước ngày 15/12/2023) về UBND xã.",
                "KEPT_YEAR 41: …mại dâm giai đoạn 2021 - 2025 trong năm 2023.",
                "KEPT_YEAR 58: Tổng kết Kế hoạch 2023 của xã.",
                "CITED_NUMBER 28: …của Hội đồng nhân dân tỉnh và Kế hoạch số 1379/KH-UBND của Ủy ban nhân dân…",
                "COMMENT 1: # Kế hoạch năm 2023 của xã Cẩm Ngọc viết như bản giấy: năm ghi bằng số, không dùng ${nam}.",
                "COMMENT 2: # Câu chữ lấy từ hai văn bản thật (Cẩm Ngọc và Hải Dương, năm 2023)."), review);
    }

    @Test
    void aStructuredLegalBasisOfTheOldYearIsCitedAsTheRendererWould() throws Exception {
        String before = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8);
        List<String> legalBases = roll(Examples.CAM_NGOC, before, 2024).review().stream()
                .filter(item -> item.topic() == NextYear.Topic.LEGAL_BASIS)
                .map(item -> item.line() + ": " + item.text()).toList();
        assertEquals(List.of(
                "17: Kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa",
                "23: công văn số 789/UBND-VP ngày 12/4/2023 của UBND huyện Cẩm Thủy"), legalBases);
    }

    @Test
    void skippingYearsMovesTheYearBeforeToo() throws Exception {
        String before = Files.readString(LITERAL_YEARS, StandardCharsets.UTF_8);
        String after = roll(LITERAL_YEARS.toString(), before, 2026).text();
        assertTrue(after.contains("(so với năm 2025)"), "the year before the plan follows the plan year");
        assertTrue(after.contains("trich_yeu: Phòng, chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2026\n"));
        assertEquals(2026, validPlan(after).year());
    }

    @Test
    void decomposedTextKeepsItsFormAndOnlyDigitsChange() throws Exception {
        String nfc = Files.readString(LITERAL_YEARS, StandardCharsets.UTF_8);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        String rolledNfd = roll("nfd.yaml", nfd, 2024).text();
        String rolledNfc = roll("nfc.yaml", nfc, 2024).text();
        assertEquals(Normalizer.normalize(rolledNfc, Normalizer.Form.NFD), rolledNfd);
    }

    @Test
    void theReportSaysEveryChangeAndEveryReviewItemInVietnamese() throws Exception {
        String before = Files.readString(LITERAL_YEARS, StandardCharsets.UTF_8);
        String report = NextYearReport.format(roll(LITERAL_YEARS.toString(), before, 2024), "ke-hoach.yaml");
        assertTrue(report.startsWith("Kế hoạch năm 2024 từ ke-hoach.yaml (năm 2023)\n\nĐã sửa 11 dòng (dòng: cũ → mới):\n"
                + "  8: so: 7             # đã đăng ký → so: null             # đã đăng ký\n"
                + "  9: ngay: 2023-04-20 → ngay: null\n"
                + "  10: nam: 2023 → nam: 2024\n"), report);
        assertTrue(report.contains("  46: …xử lý kịp thời; tăng 3% (so với năm 2022) số tội → …xử lý kịp thời; tăng 3%"
                + " (so với năm 2023) số tội\n"), report);
        assertTrue(report.contains("Cần rà soát:\n- Căn cứ dẫn văn bản năm 2023 (có thể đã có văn bản năm 2024 thay thế):\n"
                + "    14: Căn cứ kế hoạch số 1083/KH-SYT"), report);
        for (String heading : List.of("- Chỉ tiêu có số liệu (xem lại con số cho năm 2024):",
                "- Ngày tháng trong văn bản thuộc năm 2023:",
                "- Năm 2023 giữ nguyên vì nằm trong trích dẫn",
                "- Chú thích còn nhắc năm 2023 (vanban không sửa chú thích):")) {
            assertTrue(report.contains(heading), heading + "\n" + report);
        }
    }

    private static String smallPlan(String year, String introduction, String closing) {
        return String.join("\n",
                "co_quan: {ten: [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC], viet_tat: UBND, dia_danh: Cẩm Ngọc}",
                "nam: " + year,
                "trich_yeu: Phòng, chống mại dâm năm 2023",
                "mo_dau: " + introduction,
                "noi_dung: [{tieu_de: Mục đích, doan: Tuyên truyền.}]",
                "ket_luan: " + closing,
                "nguoi_ky: {chuc_vu: Chủ tịch, ho_ten: Phạm Văn Hành}",
                "noi_nhan: [VP UBND huyện]",
                "luu: [VT]") + "\n";
    }

    @Test
    void aTextSharedThroughAnAliasIsListedNotEdited() throws Exception {
        String before = smallPlan("2023", "&mo Triển khai trong năm 2023.", "*mo");
        validPlan(before);
        NextYear.Rollover rollover = roll("bi-danh.yaml", before, 2024);
        assertEquals(List.of("2: nam: 2023 → nam: 2024", "3: trich_yeu: Phòng, chống mại dâm năm 2023"
                + " → trich_yeu: Phòng, chống mại dâm năm 2024"), diff(before, rollover.text()));
        assertTrue(rollover.review().stream().anyMatch(item -> item.topic() == NextYear.Topic.KEPT_YEAR
                && item.line() == 4 && item.text().contains("bí danh")), rollover.review().toString());
    }

    @Test
    void aPlanYearSharedThroughAnAliasIsRefused() throws Exception {
        String before = smallPlan("&nam 2023", "Năm *x", "x").replace("mo_dau: Năm *x", "bien: {nam_goc: *nam}\nmo_dau: Năm");
        validPlan(before);
        vn.vanban.problem.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.vanban.problem.InvalidInputException.class, () -> roll("bi-danh.yaml", before, 2024));
        assertEquals("bi-danh.yaml:2:6: nam: giá trị dùng chung qua bí danh (&, *); next-year chỉ sửa được giá trị viết trực tiếp",
                e.problems().get(0).format());
    }

    /**
     * A Báo cáo of last year carried over: what was achieved and its assessment are emptied, each
     * listed with its old value; planned levels stay, listed; a document cited by its number is
     * listed; the report names the type, not "Kế hoạch".
     */
    @Test
    void aReportsResultsAreEmptiedAndEachListedWithTheCitedPlansNumber() throws Exception {
        String text = String.join("\n",
                "loai: BC",
                "co_quan:",
                "  ten: [ỦY BAN NHÂN DÂN, PHƯỜNG 2 BẢO LỘC]",
                "  viet_tat: UBND",
                "  dia_danh: Phường 2 Bảo Lộc",
                "so: 210",
                "ngay: 2026-12-10",
                "nam: 2026",
                "trich_yeu: Kết quả phòng, chống dịch bệnh sốt xuất huyết năm ${nam}",
                "kinh_gui: [Sở Y tế tỉnh Lâm Đồng]",
                "mo_dau: \"Thực hiện Kế hoạch số 03/KH-UBND ngày 09/01/2026, ${co_quan} báo cáo như sau:\"",
                "noi_dung:",
                "  - tieu_de: Kết quả thực hiện",
                "    ket_qua:",
                "      - {chi_tieu: Tổ dân phố diệt lăng quăng, ke_hoach: 100%, thuc_hien: 95%}",
                "      - chi_tieu: Số ca mắc giảm so với năm 2025",
                "        ke_hoach: 10%",
                "        thuc_hien: 12%",
                "        danh_gia: Vượt",
                "      - {chi_tieu: Số ca tử vong, ke_hoach: 0, thuc_hien: 0}",
                "nguoi_ky:",
                "  quyen_han: KT",
                "  thay_mat: Ủy ban nhân dân",
                "  chuc_vu_truong: Chủ tịch",
                "  chuc_vu: Phó Chủ tịch",
                "  ho_ten: Lê Thị Hoa",
                "noi_nhan: [Như trên]",
                "luu: [VT]",
                "");
        NextYear.Rollover rollover = roll("bc.yaml", text, 2027);
        Plan plan = PlanLoader.load(YamlTree.parse("bc.yaml", rollover.text())).plan();
        assertEquals(2027, plan.year());
        JsonNode rows = YamlTree.parse("bc.yaml", rollover.text()).root().path("noi_dung").path(0).path("ket_qua");
        for (JsonNode row : rows) {
            assertTrue(row.get("thuc_hien").isNull(), row.toString());
            assertTrue(!row.has("danh_gia") || row.get("danh_gia").isNull(), row.toString());
            assertTrue(!row.get("ke_hoach").isNull(), "the planned level stays: " + row);
        }
        assertEquals("Số ca mắc giảm so với năm 2026", rows.path(1).path("chi_tieu").asText(), "the year before rolls");
        List<String> review = rollover.review().stream().map(r -> r.topic() + " " + r.line() + ": " + r.text()).toList();
        assertTrue(review.containsAll(List.of(
                "RESULT 15: Tổ dân phố diệt lăng quăng: thực hiện 95% (đã xóa)",
                "RESULT 18: Số ca mắc giảm so với năm 2025: thực hiện 12% (đã xóa)",
                "RESULT 19: Số ca mắc giảm so với năm 2025: đánh giá Vượt (đã xóa)",
                "RESULT 20: Số ca tử vong: thực hiện 0 (đã xóa)",
                "TARGET 15: Tổ dân phố diệt lăng quăng: kế hoạch 100%",
                "TARGET 17: Số ca mắc giảm so với năm 2025: kế hoạch 10%")), review.toString());
        assertTrue(review.stream().anyMatch(r -> r.startsWith("CITED_NUMBER 11: ") && r.contains("số 03/KH-UBND")), review.toString());
        String report = NextYearReport.format(rollover, "bc.yaml");
        assertTrue(report.startsWith("Báo cáo năm 2027 từ bc.yaml (năm 2026)\n"), report);
        assertTrue(report.contains("- Kết quả năm 2026 đã xóa (thực hiện, đánh giá): điền số liệu năm 2027:\n"
                + "    15: Tổ dân phố diệt lăng quăng: thực hiện 95% (đã xóa)\n"), report);
        assertTrue(report.contains("- Văn bản dẫn theo số trong nội dung (văn bản năm 2027 tương ứng mang số, ngày khác):\n"),
                report);
    }

    @Test
    void theReportNamesEachTypeAndADecisionsCitedPlanIsListed() throws Exception {
        String decision = Files.readString(Examples.yaml(Examples.DECISION), StandardCharsets.UTF_8)
                .replace("Ban hành kèm theo Quyết định này Kế hoạch", "Ban hành kèm theo Quyết định này Kế hoạch số 12/KH-UBND");
        NextYear.Rollover rollover = roll("qd.yaml", decision, 2024);
        assertTrue(NextYearReport.format(rollover, "qd.yaml").startsWith("Quyết định năm 2024 từ qd.yaml (năm 2023)\n"));
        assertTrue(rollover.review().stream().anyMatch(r -> r.topic() == NextYear.Topic.CITED_NUMBER
                && r.text().contains("số 12/KH-UBND")), rollover.review().toString());
        NextYear.Rollover letter = roll("cv.yaml", Files.readString(Examples.yaml(Examples.LETTER), StandardCharsets.UTF_8), 2024);
        assertTrue(NextYearReport.format(letter, "cv.yaml").startsWith("Công văn năm 2024 từ cv.yaml (năm 2023)\n"));
    }
}
