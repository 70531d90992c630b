package vn.vanban.companion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.Examples;
import vn.vanban.companion.CompanionDocument.Mark;
import vn.vanban.companion.CompanionDocument.Need;
import vn.vanban.model.Block;
import vn.vanban.model.DocumentKind;
import vn.vanban.model.Plan;
import vn.vanban.model.TargetResult;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/**
 * The three companions of both example plans: each validates and renders as written, says what
 * the examples around the Hải Dương plan say where the plan tells it, and marks every line the
 * clerk must write.
 */
class CompanionTest {

    private static final String HD_CITATION = "Kế hoạch số 416/KH-UBND ngày 17/02/2023 của Ủy ban nhân dân tỉnh Hải Dương"
            + " về phòng, chống mại dâm năm ${nam}";

    static CompanionDocument companion(String example, CompanionKind kind) {
        try {
            return Companion.write(YamlTree.read(Examples.yaml(example)), kind,
                    new Companion.Options(example + ".yaml", "../schema/" + kind.schemaFile()));
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    static CompanionDocument companion(String name, String yaml, CompanionKind kind) throws InvalidInputException {
        return Companion.write(YamlTree.parse(name, yaml), kind, new Companion.Options(name, null));
    }

    private static JsonNode tree(CompanionDocument document) throws InvalidInputException {
        return YamlTree.parse("companion.yaml", document.text()).root();
    }

    private static String example(String name) throws Exception {
        return Files.readString(Examples.yaml(name), StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(n -> texts.add(n.isObject() ? n.toString() : PlainText.normalize(n.asText())));
        return texts;
    }

    @Test
    void everyValueOfTheDecisionToFillSaysSoInItsText() throws Exception {
        // README: what the clerk must write reads "(cần điền)" in the text (or is null, printed as a blank),
        // so that a draft left unfilled shows it; the report lists the same lines.
        for (String example : List.of(Examples.CAM_NGOC, Examples.HAI_DUONG)) {
            CompanionDocument document = companion(example, CompanionKind.DECISION);
            String[] lines = document.text().split("\n", -1);
            List<CompanionDocument.Mark> fills = document.marks(CompanionDocument.Need.FILL);
            assertTrue(fills.size() >= 3, fills.toString());
            for (CompanionDocument.Mark mark : fills) {
                String line = lines[mark.line() - 1];
                assertTrue(line.contains(CompanionWriter.TO_FILL) || line.contains(": null"),
                        example + ", line " + mark.line() + " (" + mark.what() + "): " + line);
            }
        }
    }

    @Test
    void everyCompanionOfBothPlansValidatesAndRendersWithoutEdits() throws Exception {
        for (String example : List.of(Examples.CAM_NGOC, Examples.HAI_DUONG)) {
            for (CompanionKind kind : CompanionKind.values()) {
                CompanionDocument document = companion(example, kind);
                PlanLoader.LoadedPlan loaded = PlanLoader.load(example + "-" + kind.fileSuffix() + ".yaml", document.text());
                assertEquals(List.of(), loaded.warnings(), example + " " + kind);
                assertEquals(kind.kind(), loaded.plan().kind());
                assertTrue(document.text().startsWith("# yaml-language-server: $schema=../schema/" + kind.schemaFile() + "\n"));
                String text = Examples.text(Examples.renderer().render(loaded.plan()).docx());
                assertTrue(text.contains(switch (kind) {
                    case DECISION -> "Điều 3.";
                    case REPORT -> "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ";
                    case LETTER -> "Kính gửi:";
                }), example + " " + kind + ":\n" + text);
                assertTrue(text.contains("(cần điền)"), "what is left to write shows on the page");
            }
        }
    }

    @Test
    void theIssuerYearSignerAndArchiveAreThePlansAsWritten() throws Exception {
        String plan = example(Examples.CAM_NGOC);
        for (CompanionKind kind : CompanionKind.values()) {
            String text = companion(Examples.CAM_NGOC, kind).text();
            for (String written : List.of("co_quan:\n  chu_quan: null\n  ten: [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC]\n  viet_tat: UBND\n"
                    + "  dia_danh: Cẩm Ngọc\n", "\nnam: 2023\n", "nguoi_ky:\n  quyen_han: KT\n  chuc_vu_truong: Chủ tịch\n"
                    + "  chuc_vu: Phó Chủ tịch\n  ho_ten: Phạm Văn Hành\n", "\nluu: [VT, VH]\n")) {
                assertTrue(plan.contains(written), written);
                assertTrue(text.contains(written), kind + ": " + written + " in\n" + text);
            }
            assertTrue(text.contains("\nso: null  # văn thư điền số khi đăng ký\nngay: null\n"), text);
        }
        String hd = companion(Examples.HAI_DUONG, CompanionKind.REPORT).text();
        assertTrue(hd.endsWith("\ntrinh_bay:\n  can_cu: doan\n"), "the plan's layout choices come along");
    }

    @Test
    void commentsAndVariablesInCopiedValuesStay() throws Exception {
        String plan = example(Examples.CAM_NGOC)
                .replace("  viet_tat: UBND\n", "  viet_tat: UBND  # chữ viết tắt trong ký hiệu\n")
                .replace("  ho_ten: Phạm Văn Hành\n", "  # người ký thay Chủ tịch\n  ho_ten: Phạm Văn Hành\n")
                .replace("trich_yeu: Phòng, chống", "bien:\n  chu_de: phòng, chống\ntrich_yeu: Phòng, chống");
        CompanionDocument document = companion("ke-hoach.yaml", plan, CompanionKind.DECISION);
        assertTrue(document.text().contains("  viet_tat: UBND  # chữ viết tắt trong ký hiệu\n"), document.text());
        assertTrue(document.text().contains("  # người ký thay Chủ tịch\n  ho_ten: Phạm Văn Hành\n"), document.text());
        assertTrue(document.text().contains("\nbien:\n  chu_de: phòng, chống\n"), document.text());
        assertEquals("Về việc ban hành Kế hoạch phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}",
                tree(document).get("trich_yeu").asText());
    }

    @Test
    void aValueSharedThroughAnAliasIsCopiedAsTheValueItReads() throws Exception {
        String plan = example(Examples.CAM_NGOC).replace("luu: [VT, VH]", "luu: *vt")
                .replace("noi_nhan:\n  - VP UBND huyện (b/c)\n  - TT Đảng uỷ, HĐND xã (b/c)\n  - Đ/c Chủ tịch UBND xã (b/c)\n"
                        + "  - Các bộ phận tại mục IV của KH\n", "noi_nhan: &vt [VT, VH]\n");
        assertTrue(plan.contains("luu: *vt"));
        CompanionDocument document = companion("ke-hoach.yaml", plan, CompanionKind.LETTER);
        assertTrue(document.text().contains("\nluu: [\"VT\",\"VH\"]\n"), document.text());
        assertEquals(List.of("VT", "VH"), texts(tree(document).get("luu")));
    }

    @Test
    void theDecisionIssuesThePlan() throws Exception {
        CompanionDocument document = companion(Examples.HAI_DUONG, CompanionKind.DECISION);
        JsonNode decision = tree(document);
        assertEquals("QĐ", decision.get("loai").asText());
        assertEquals("Về việc ban hành Kế hoạch phòng, chống mại dâm năm ${nam}", decision.get("trich_yeu").asText());
        assertEquals(List.of(
                "Ban hành kèm theo Quyết định này Kế hoạch phòng, chống mại dâm năm ${nam}.",
                "Quyết định này có hiệu lực kể từ ngày ký.",
                "Thủ trưởng các cơ quan, đơn vị (cần điền) chịu trách nhiệm thi hành Quyết định này."), texts(decision.get("dieu")));
        JsonNode bases = decision.get("can_cu");
        assertEquals(5, bases.size(), "the law, the plan's three bases, the proposer");
        assertEquals("Căn cứ Luật Tổ chức chính quyền địa phương ngày (cần điền)", bases.get(0).asText(),
                "the law's date is to fill, in the text as the report lists it");
        assertFalse(bases.get(1).has("dan"), "a decision's basis reads 'Căn cứ', not the plan's 'Thực hiện'");
        assertEquals("1629/QĐ-TTg", bases.get(1).get("van_ban").get("so").asText());
        assertEquals("808/QĐ-LĐTBXH", bases.get(2).get("van_ban").get("so").asText());
        assertTrue(PlainText.normalize(bases.get(3).asText()).startsWith("Căn cứ Nghị quyết số 05/NQ-HĐND ngày 29/4/2022"));
        assertEquals("Theo đề nghị của (cần điền)", bases.get(4).asText());
        assertEquals(List.of("Như Điều 3", "Ban Chỉ đạo 138 Chính phủ (để b/c)", "Bộ LĐTBXH (để b/c)", "Thường trực TU (để b/c)",
                "Thường trực HĐND tỉnh (để b/c)"), texts(decision.get("noi_nhan")));
        String comments = document.text().replace("\n  #   ", " ");
        assertTrue(comments.contains("Kế hoạch giao việc cho: Sở Lao động - Thương binh và Xã hội; Công an tỉnh; Sở Y tế;"),
                "Điều 3's comment names the units the plan directs");
        assertFalse(comments.contains("Viện Kiểm sát nhân dân tỉnh, Tòa án"), "bodies the plan only asks (de_nghi) do not carry out a decision");
    }

    @Test
    void aDecisionBasisWrittenAsASentenceStartsWithCanCu() throws Exception {
        String plan = example(Examples.CAM_NGOC).replace("can_cu:\n", "can_cu:\n  - Căn cứ Luật Phòng, chống ma túy năm 2021\n"
                + "  - Thực hiện Chỉ thị số 05/CT-UBND của UBND huyện\n  - Theo đề nghị của Trạm Y tế xã\n");
        JsonNode bases = tree(companion("ke-hoach.yaml", plan, CompanionKind.DECISION)).get("can_cu");
        assertEquals("Căn cứ Luật Phòng, chống ma túy năm 2021", bases.get(1).asText());
        assertEquals("Căn cứ Chỉ thị số 05/CT-UBND của UBND huyện", bases.get(2).asText());
        assertEquals("Theo đề nghị của Trạm Y tế xã", bases.get(3).asText());
        assertEquals("1083/KH-SYT", bases.get(4).get("van_ban").get("so").asText());
        assertEquals("789/UBND-VP", bases.get(5).get("van_ban").get("so").asText());
        assertFalse(bases.get(5).has("dan"));
    }

    @Test
    void theReportOfHaiDuongHasOneSectionPerTaskAndOneRowPerTarget() throws Exception {
        CompanionDocument document = companion(Examples.HAI_DUONG, CompanionKind.REPORT);
        JsonNode report = tree(document);
        assertEquals("BC", report.get("loai").asText());
        assertEquals("Kết quả thực hiện Kế hoạch phòng, chống mại dâm năm ${nam}", report.get("trich_yeu").asText());
        assertEquals(List.of("Ban Chỉ đạo 138 Chính phủ", "Bộ LĐTBXH", "Thường trực TU", "Thường trực HĐND tỉnh"),
                texts(report.get("kinh_gui")), "suggested from the plan's recipients '(để b/c)'");
        assertEquals("Thực hiện " + HD_CITATION + ", ${co_quan} báo cáo kết quả thực hiện như sau:",
                PlainText.normalize(report.get("mo_dau").asText()));
        JsonNode parts = report.get("noi_dung");
        List<String> partTitles = new ArrayList<>();
        parts.forEach(part -> partTitles.add(part.get("tieu_de").asText()));
        assertEquals(List.of("Kết quả thực hiện các nhiệm vụ", "Kết quả thực hiện các chỉ tiêu", "Khó khăn, vướng mắc",
                "Đề xuất, kiến nghị"), partTitles);
        List<String> tasks = new ArrayList<>();
        for (JsonNode item : parts.get(0).get("muc")) {
            tasks.add(PlainText.normalize(item.get("tieu_de").asText()));
            assertEquals("(cần điền)", item.get("doan").asText());
        }
        assertEquals(List.of(
                "Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến, giáo dục về phòng, chống mại dâm",
                "Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan"
                        + " tại địa bàn cơ sở",
                "Tăng cường thanh tra, kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều"
                        + " tra, truy tố, xét xử các tội phạm liên quan đến mại dâm",
                "Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS,"
                        + " phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm",
                "Đào tạo, tập huấn, bồi dưỡng nâng cao năng lực, chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức, viên chức,"
                        + " chiến sĩ trong thực hiện nhiệm vụ phòng, chống mại dâm",
                "Tăng cường huy động nguồn lực từ công tác xã hội hóa, các đoàn thể, xã hội thực hiện Kế hoạch."), tasks);

        Plan loaded = PlanLoader.load("bc.yaml", document.text()).plan();
        List<TargetResult> rows = ((Block.Targets) loaded.parts().get(1).blocks().get(0)).rows();
        assertEquals(8, rows.size(), "one row per chi_tieu entry of the plan");
        assertEquals(java.util.Arrays.asList("100%", "100%", "100%", "100%", "Ít nhất 30%", "20%", "90%", null),
                rows.stream().map(TargetResult::planned).toList());
        assertTrue(rows.stream().allMatch(r -> r.achieved() == null && r.assessment() == null));
        assertEquals("Các huyện, thị xã, thành phố xây dựng kế hoạch và tổ chức thực hiện các hoạt động phòng, chống tệ nạn"
                + " mại dâm", rows.get(0).target());
        assertEquals("Số xã, phường, thị trấn (gọi chung là cấp xã) tổ chức được ít nhất một hình thức tuyên truyền về phòng"
                + " ngừa mại dâm và được duy trì thường xuyên", rows.get(3).target());
        assertTrue(rows.get(2).target().contains("tăng 3% (so với năm ${nam_truoc})"), "variables stay in the target");
        assertTrue(rows.get(4).target().startsWith("Đội ngũ cán bộ, công chức, viên chức, chiến sĩ cấp tỉnh và 20% ở cấp huyện"));
        assertTrue(rows.get(5).target().startsWith("Người lao động tại các cơ sở kinh doanh dịch vụ"), "'Phấn đấu' goes");
        assertEquals("Thông tin về phòng, chống mại dâm được đăng tải thường xuyên trên cơ quan báo chí cấp tỉnh ít nhất một"
                + " tháng một lần", rows.get(7).target());
        assertEquals("Trên đây là báo cáo kết quả thực hiện Kế hoạch phòng, chống mại dâm năm ${nam} của ${co_quan}.",
                report.get("ket_luan").asText());
        assertEquals(List.of("Như trên"), texts(report.get("noi_nhan")));
    }

    @Test
    void theReportOfCamNgocHasItsFourTasksAndNoTableForAPlanWithoutTargets() throws Exception {
        CompanionDocument document = companion(Examples.CAM_NGOC, CompanionKind.REPORT);
        JsonNode parts = tree(document).get("noi_dung");
        assertEquals(3, parts.size());
        assertEquals(List.of("Kết quả thực hiện các nhiệm vụ", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"),
                List.of(parts.get(0).get("tieu_de").asText(), parts.get(1).get("tieu_de").asText(), parts.get(2).get("tieu_de").asText()));
        List<String> tasks = new ArrayList<>();
        parts.get(0).get("muc").forEach(item -> tasks.add(PlainText.normalize(item.get("tieu_de").asText())));
        assertEquals(List.of(
                "Nâng cao hiệu quả công tác truyền thông, tuyên truyền, phổ biến giáo dục về phòng, chống tệ nạn mại dâm",
                "Tiếp tục đẩy mạnh thực hiện các hoạt động phòng ngừa mại dâm thông qua lồng ghép các chương trình có liên quan.",
                "Tăng cường thanh tra, kiểm tra; kịp thời phát hiện, xử lý các vi phạm pháp luật về phòng, chống mại dâm; điều"
                        + " tra, truy tố các tội phạm liên quan đến mại dâm",
                "Xây dựng, triển khai các hoạt động can thiệp giảm tác hại, phòng ngừa lây nhiễm các bệnh xã hội và HIV/AIDS,"
                        + " phòng ngừa, giảm tình trạng bạo lực trên cơ sở giới trong phòng, chống mại dâm"), tasks);
        assertTrue(document.taken().contains("Kế hoạch không có chỉ tiêu (chi_tieu): báo cáo không có mục kết quả thực hiện"
                + " các chỉ tiêu"), document.taken().toString());
    }

    @Test
    void theTaskHeadingsOfAPlanAreThoseOfItsPartsOfTasks() throws Exception {
        String plan = """
                nam: 2024
                co_quan: {ten: [ỦY BAN NHÂN DÂN, XÃ AN BÌNH], viet_tat: UBND, dia_danh: An Bình}
                trich_yeu: Phòng cháy, chữa cháy năm ${nam}
                noi_dung:
                  - tieu_de: Quan điểm, mục đích
                    muc: [{tieu_de: Quan điểm, doan: Phòng là chính.}]
                  - tieu_de: Chỉ tiêu
                    chi_tieu:
                      - 100% thôn có tổ phòng cháy
                      - Phấn đấu đạt 95,5 % hộ gia đình có bình chữa cháy
                  - tieu_de: Nhiệm vụ trọng tâm
                    muc:
                      - tieu_de: Tuyên truyền
                        doan: Tuyên truyền trên loa.
                      - van_ban: Kiểm tra các cơ sở kinh doanh.
                  - tieu_de: Giải pháp
                    y: [Huy động lực lượng.]
                  - tieu_de: Kinh phí
                    doan: Ngân sách xã.
                  - tieu_de: Phân công nhiệm vụ
                    phan_cong: [{don_vi: Công an xã, doan: Chủ trì.}]
                nguoi_ky: {quyen_han: TM, thay_mat: Ủy ban nhân dân, chuc_vu: Chủ tịch, ho_ten: Lê Văn A}
                noi_nhan: [Lưu VT]
                luu: [VT]
                """;
        TaskHeadings.Tasks tasks = TaskHeadings.of(YamlTree.parse("an-binh.yaml", plan).root());
        assertEquals(List.of("Nhiệm vụ trọng tâm", "Giải pháp"), tasks.parts());
        assertEquals(List.of("Tuyên truyền", "Kiểm tra các cơ sở kinh doanh.", "Giải pháp"),
                tasks.headings().stream().map(TaskHeadings.Heading::text).toList());
        assertEquals("/noi_dung/2/muc/1/van_ban", tasks.headings().get(1).pointer());
        JsonNode report = tree(companion("an-binh.yaml", plan, CompanionKind.REPORT));
        JsonNode rows = report.get("noi_dung").get(1).get("ket_qua");
        assertEquals("100%", rows.get(0).get("ke_hoach").asText());
        assertEquals("Thôn có tổ phòng cháy", rows.get(0).get("chi_tieu").asText());
        assertEquals("95,5 %", rows.get(1).get("ke_hoach").asText());
        assertEquals("Hộ gia đình có bình chữa cháy", rows.get(1).get("chi_tieu").asText());
    }

    @Test
    void aLeadingShareIsWhatThePlanSetTheRestIsTheTarget() {
        Targets.Row plain = Targets.row("100% các huyện, thị xã, thành phố xây dựng kế hoạch;");
        assertEquals(new Targets.Row("Các huyện, thị xã, thành phố xây dựng kế hoạch", "100%", List.of()), plain);
        assertEquals(new Targets.Row("Đội ngũ cán bộ cấp tỉnh và 20% ở cấp huyện được tập huấn", "Ít nhất 30%", List.of("20%")),
                Targets.row("Ít nhất 30% đội ngũ cán bộ cấp tỉnh và 20% ở cấp huyện được tập huấn;"));
        assertEquals(new Targets.Row("Người lao động được tuyên truyền", "20%", List.of()),
                Targets.row("Phấn đấu 20% người lao động được tuyên truyền."));
        assertEquals(new Targets.Row("Tăng 3% (so với năm ${nam_truoc}) số vụ được xử lý", null, List.of("3%")),
                Targets.row("tăng 3% (so với năm ${nam_truoc}) số vụ được xử lý"));
        assertEquals(new Targets.Row("02 lớp tập huấn cho cán bộ", null, List.of()), Targets.row("02 lớp tập huấn cho cán bộ"),
                "a count is not split: where its unit ends is not to be guessed");
        assertEquals(new Targets.Row("Xã được công nhận", "Không dưới 90%", List.of()), Targets.row("không dưới 90% xã được công nhận"));
    }

    @Test
    void aRangeOfSharesIsOneFigure() {
        assertEquals(new Targets.Row("Hộ gia đình được tuyên truyền", "Từ 80% đến 90%", List.of()),
                Targets.row("Từ 80% đến 90% hộ gia đình được tuyên truyền;"));
        assertEquals(new Targets.Row("Hộ gia đình được tuyên truyền", "80-90%", List.of()),
                Targets.row("80-90% hộ gia đình được tuyên truyền"));
        assertEquals(new Targets.Row("Trẻ em được tiêm chủng đầy đủ đạt 90% - 95%", null, List.of("90% - 95%")),
                Targets.row("Trẻ em được tiêm chủng đầy đủ đạt 90% - 95%"));
    }

    /** Each shape of target, and whether it holds more than one figure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Giảm 10% số ca mắc so với năm ${nam_truoc}; | false",
            "100% tổ dân phố tổ chức chiến dịch diệt lăng quăng ít nhất 02 lần/năm; | false",
            "Tổ chức 02 lần/năm chiến dịch vệ sinh môi trường | false",
            "Từ 80% đến 90% hộ gia đình được tuyên truyền | false",
            "Trẻ em được tiêm chủng đạt 90% - 95% | false",
            "Ít nhất 30% đội ngũ cán bộ cấp tỉnh và 20% ở cấp huyện được tập huấn; | true",
            "Giảm 10% số ca mắc và 5% số ổ dịch | true",
            "Không để xảy ra tử vong do sốt xuất huyết. | false"})
    void aTargetHoldsSeveralFiguresOnlyWhenItHoldsTwo(String target, boolean several) {
        assertEquals(several, Targets.row(target).severalFigures(), Targets.row(target).toString());
    }

    @Test
    void theReportFlagsOnlyTargetsWithAnotherFigure() throws Exception {
        String plan = """
                nam: 2026
                co_quan: {ten: [ỦY BAN NHÂN DÂN, PHƯỜNG 2 BẢO LỘC], viet_tat: UBND, dia_danh: Phường 2 Bảo Lộc}
                trich_yeu: Phòng, chống sốt xuất huyết năm ${nam}
                noi_dung:
                  - tieu_de: Mục tiêu
                    chi_tieu:
                      - 100% tổ dân phố tổ chức chiến dịch diệt lăng quăng ít nhất 02 lần/năm;
                      - Giảm 10% số ca mắc so với năm ${nam_truoc};
                      - Từ 80% đến 90% hộ gia đình được tuyên truyền;
                      - Ít nhất 30% cán bộ phường và 20% tổ trưởng tổ dân phố được tập huấn;
                      - Giảm 10% số ca mắc và 5% số ổ dịch.
                nguoi_ky: {quyen_han: TM, thay_mat: Ủy ban nhân dân, chuc_vu: Chủ tịch, ho_ten: Trần Văn Bình}
                noi_nhan: [Sở Y tế (để b/c)]
                luu: [VT, VHXH]
                """;
        CompanionDocument report = companion("phuong-2.yaml", plan, CompanionKind.REPORT);
        String comments = report.text().replaceAll("\n *#   ", " ");
        assertTrue(comments.contains("chỉ tiêu này còn có con số khác ngoài Ít nhất 30% (20%): tách thành nhiều dòng"),
                comments);
        assertTrue(comments.contains("chỉ tiêu này có nhiều con số (10%, 5%): tách thành nhiều dòng"), comments);
        assertFalse(comments.contains("(10%):"), "10% is the only figure of 'Giảm 10% số ca mắc': " + comments);
        assertEquals(2, report.marks(CompanionDocument.Need.REVIEW).stream()
                .filter(m -> m.what().startsWith("chỉ tiêu có nhiều con số")).count(), report.marks().toString());
        JsonNode rows = tree(report).get("noi_dung").get(1).get("ket_qua");
        assertEquals("Từ 80% đến 90%", rows.get(2).get("ke_hoach").asText());
    }

    @Test
    void theLetterSendsThePlanToItsUnits() throws Exception {
        JsonNode letter = tree(companion(Examples.HAI_DUONG, CompanionKind.LETTER));
        assertEquals("CV", letter.get("loai").asText());
        assertEquals("KGVX", letter.get("don_vi_soan_thao").asText(), "the second entry of the plan's Lưu line");
        assertEquals("Triển khai Kế hoạch phòng, chống mại dâm năm ${nam}", letter.get("trich_yeu").asText());
        List<String> addressees = texts(letter.get("kinh_gui"));
        assertEquals(13, addressees.size(), "the units of the plan's phan_cong");
        assertEquals("Sở Lao động - Thương binh và Xã hội", addressees.get(0));
        assertEquals("Ủy ban nhân dân các huyện, thị xã, thành phố", addressees.get(10));
        assertEquals("Thực hiện " + HD_CITATION + ", ${co_quan} đề nghị các cơ quan, đơn vị triển khai thực hiện các nội dung sau:",
                PlainText.normalize(letter.get("mo_dau").asText()));
        assertEquals(3, letter.get("muc").size());
        assertEquals("Như trên", letter.get("noi_nhan").get(0).asText());
        assertEquals("VH", tree(companion(Examples.CAM_NGOC, CompanionKind.LETTER)).get("don_vi_soan_thao").asText());
    }

    @Test
    void aLetterWithoutADraftingUnitInLuuGetsOneToFill() throws Exception {
        String plan = example(Examples.CAM_NGOC).replace("luu: [VT, VH]", "luu: [VT, Văn hóa (2)]");
        CompanionDocument document = companion("ke-hoach.yaml", plan, CompanionKind.LETTER);
        assertEquals("XX", tree(document).get("don_vi_soan_thao").asText());
        Mark mark = document.marks(Need.FILL).get(0);
        assertEquals("đơn vị soạn thảo", mark.what());
        assertEquals("don_vi_soan_thao: XX", document.text().split("\n")[mark.line() - 1]);
    }

    @Test
    void aDraftPlanIsCitedWithBlanksAndAReviewComment() throws Exception {
        CompanionDocument document = companion(Examples.CAM_NGOC, CompanionKind.REPORT);
        String introduction = PlainText.normalize(tree(document).get("mo_dau").asText());
        assertTrue(introduction.startsWith("Thực hiện Kế hoạch số .../KH-UBND ngày .../.../2023 của Ủy ban nhân dân xã Cẩm"
                + " Ngọc về phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}, ${co_quan} báo cáo"), introduction);
        Mark review = document.marks(Need.REVIEW).stream().filter(m -> m.what().contains("bản dự thảo")).findFirst().orElseThrow();
        String[] lines = document.text().split("\n");
        assertTrue(lines[review.line() - 1].startsWith("mo_dau: "), lines[review.line() - 1]);
        assertTrue(lines[review.line() - 2].contains("# cần rà soát:") || lines[review.line() - 3].contains("# cần rà soát:"));
        assertEquals("Kế hoạch số .../KH-UBND ngày .../.../2023 của Ủy ban nhân dân xã Cẩm Ngọc về phòng, chống mại dâm trên"
                + " địa bàn xã Cẩm Ngọc năm 2023", document.citation());
    }

    @Test
    void everyMarkPointsAtAValueLineThatNeedsTheClerk() {
        for (String example : List.of(Examples.CAM_NGOC, Examples.HAI_DUONG)) {
            for (CompanionKind kind : CompanionKind.values()) {
                CompanionDocument document = companion(example, kind);
                String[] lines = document.text().split("\n");
                assertFalse(document.marks(Need.FILL).isEmpty());
                for (Mark mark : document.marks()) {
                    String line = lines[mark.line() - 1];
                    assertFalse(line.isBlank() || line.strip().startsWith("#"), kind + " " + mark + ": " + line);
                    String above = lines[mark.line() - 2];
                    boolean commented = line.contains("# cần điền") || above.strip().startsWith("#");
                    assertTrue(commented, kind + " " + mark + ": no comment at or above " + line);
                }
                List<Integer> filled = document.marks(Need.FILL).stream().map(Mark::line).toList();
                for (int i = 1; i <= lines.length; i++) {
                    int line = i;
                    if (lines[i - 1].contains("(cần điền)") && !lines[i - 1].strip().startsWith("#")) {
                        assertTrue(filled.stream().anyMatch(m -> m <= line && m >= line - 2),
                                kind + ": '(cần điền)' at line " + line + " is in no value the report lists");
                    }
                }
            }
        }
    }

    @Test
    void onlyAPlanHasCompanions() throws Exception {
        for (String other : List.of(Examples.DECISION, Examples.REPORT, Examples.LETTER)) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Companion.write(
                    YamlTree.read(Examples.yaml(other)), CompanionKind.REPORT, new Companion.Options(other + ".yaml", null)));
            Problem problem = refused.problems().get(0);
            assertEquals(6, problem.line(), "at loai: " + problem.format());
            assertTrue(problem.message().startsWith("tệp này là "), problem.message());
            assertTrue(problem.message().contains("không phải kế hoạch"), problem.message());
        }
        String programme = example(Examples.CAM_NGOC).replace("loai: KH", "loai: CTr");
        JsonNode decision = tree(companion("chuong-trinh.yaml", programme, CompanionKind.DECISION));
        assertEquals("Về việc ban hành Chương trình phòng, chống mại dâm trên địa bàn ${dia_ban} năm ${nam}",
                decision.get("trich_yeu").asText());
        assertEquals(DocumentKind.CHUONG_TRINH, PlanLoader.load("ct.yaml", programme).plan().kind());
    }

    @Test
    void theKindIsTypedAsTheAbbreviationInAnyCase() {
        for (String typed : List.of("QĐ", "qđ", "Qđ", "QD", "qd", " QĐ ")) {
            assertEquals(CompanionKind.DECISION, CompanionKind.parse(typed).orElseThrow(), typed);
        }
        assertEquals(CompanionKind.REPORT, CompanionKind.parse("bc").orElseThrow());
        assertEquals(CompanionKind.LETTER, CompanionKind.parse("Cv").orElseThrow());
        for (String wrong : List.of("KH", "QĐX", "", "báo cáo")) {
            assertTrue(CompanionKind.parse(wrong).isEmpty(), wrong);
        }
        assertTrue(CompanionKind.parse(null).isEmpty());
    }

    @Test
    void theFileNameSaysTheKind() {
        assertEquals("hai-duong-2023-phong-chong-mai-dam-quyet-dinh.yaml",
                CompanionName.of("hai-duong-2023-phong-chong-mai-dam.yaml", CompanionKind.DECISION));
        assertEquals("ke-hoach-bao-cao.yml", CompanionName.of("ke-hoach.yml", CompanionKind.REPORT));
        assertEquals("ke-hoach-cong-van.yaml", CompanionName.of("ke-hoach", CompanionKind.LETTER));
    }
}
