package vn.vanban.nextyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vanban.nextyear.YearMentions.Kind.BARE;
import static vn.vanban.nextyear.YearMentions.Kind.CITATION;
import static vn.vanban.nextyear.YearMentions.Kind.DATE;
import static vn.vanban.nextyear.YearMentions.Kind.PERIOD_END;
import static vn.vanban.nextyear.YearMentions.Kind.PERIOD_START;
import static vn.vanban.nextyear.YearMentions.Kind.PLAN_YEAR;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.Examples;

/** The year rules on sentences of the two real plans (the seeds), as written there. */
class YearMentionsTest {

    private static List<String> kinds(String text) {
        return YearMentions.find(text).stream().map(m -> m.year() + " " + m.kind()).toList();
    }

    private static String seed(String example) throws Exception {
        return Files.readString(Examples.seed(example), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    /** A sentence of a seed, checked to be there word for word (line breaks folded). */
    private static String fromSeed(String example, String sentence) throws Exception {
        String seed = seed(example);
        if (!seed.contains(sentence)) {
            throw new AssertionError("not in seed " + example + ": " + sentence);
        }
        return sentence;
    }

    @Test
    void camNgocSubjectIntroductionAndClosingMeanThePlanYear() throws Exception {
        assertEquals(List.of("2023 PLAN_YEAR"), kinds(fromSeed(Examples.CAM_NGOC,
                "Phòng, chống Mại dâm trên địa bàn xã Cẩm Ngọc năm 2023")));
        assertEquals(List.of("2023 PLAN_YEAR"), kinds(fromSeed(Examples.CAM_NGOC,
                "UBND xã Cẩm Ngọc xây dựng kế hoạch triển khai phòng chống mại dâm trên địa bàn xã năm 2023 như sau:")));
        assertEquals(List.of("2023 PLAN_YEAR"), kinds(fromSeed(Examples.CAM_NGOC,
                "Trên đây là kế hoạch phòng chống mại dâm trên địa bàn xã Cẩm Ngọc năm 2023, đề nghị các bộ phận"
                        + " được giao nghiêm túc triển khai thực hiện.")));
    }

    @Test
    void aBlankDraftDateIsThePlanYear() throws Exception {
        assertEquals(List.of("2023 PLAN_YEAR"), kinds(fromSeed(Examples.CAM_NGOC, "Cẩm Ngọc, ngày tháng năm 2023")));
    }

    @Test
    void camNgocLegalBasesAreCitationsWithDates() throws Exception {
        assertEquals(List.of("2023 DATE", "2023 CITATION"), kinds(fromSeed(Examples.CAM_NGOC,
                "Căn cứ kế hoạch số 1083/KH-SYT ngày 31/3/2023 của UBND tỉnh Thanh Hóa về phòng, chống mại dâm năm 2023")));
        assertEquals(List.of("2023 DATE", "2023 CITATION"), kinds(fromSeed(Examples.CAM_NGOC,
                "Thực hiện công văn số 789/UBND-VP ngày 12/4/2023 của UBND huyện Cẩm Thủy về việc triển khai Kế hoạch"
                        + " phòng, chống mại dâm năm 2023;")));
    }

    @Test
    void haiDuongTitleAndIssueDate() throws Exception {
        assertEquals(List.of("2023 PLAN_YEAR"), kinds(fromSeed(Examples.HAI_DUONG, "PHÒNG, CHỐNG MẠI DÂM NĂM 2023")));
        assertEquals(List.of("2023 DATE"), kinds(fromSeed(Examples.HAI_DUONG, "Hải Dương, ngày 17 tháng 02 năm 2023")));
    }

    @Test
    void haiDuongOpeningKeepsItsCitationsAndPeriodsAndMovesOnlyThePlanYear() throws Exception {
        String opening = fromSeed(Examples.HAI_DUONG, "Thực hiện Quyết định số 1629/QĐ-TTg ngày 28/9/2021 của Thủ tướng"
                + " Chính phủ về việc phê duyệt Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025; Quyết định số"
                + " 808/QĐ-LĐTBXH ngày 05/9/2022 của Bộ Lao động - Thương binh và Xã hội ban hành Kế hoạch tổng thể thực"
                + " hiện Chương trình phòng, chống mại dâm giai đoạn 2021 - 2025; Nghị quyết số 05/NQ-HĐND ngày 29/4/2022"
                + " của Hội đồng nhân dân tỉnh Hải Dương và Kế hoạch số 1379/KH-UBND của Ủy ban nhân dân tỉnh về công tác"
                + " phòng, chống mại dâm giai đoạn 2022 - 2025 trên địa bàn tỉnh Hải Dương, Ủy ban nhân dân tỉnh Hải"
                + " Dương ban hành kế hoạch phòng, chống mại dâm năm 2023 như sau:");
        assertEquals(List.of(
                "2021 DATE", "2021 PERIOD_START", "2025 PERIOD_END",
                "2022 DATE", "2021 PERIOD_START", "2025 PERIOD_END",
                "2022 DATE", "2022 PERIOD_START", "2025 PERIOD_END",
                "2023 PLAN_YEAR"), kinds(opening));
    }

    @Test
    void haiDuongTargetComparesWithTheYearBefore() throws Exception {
        assertEquals(List.of("2022 PLAN_YEAR"), kinds(fromSeed(Examples.HAI_DUONG,
                "tăng 3% (so với năm 2022) số tội phạm liên quan đến mại dâm được xử lý theo quy định của pháp luật")));
    }

    @Test
    void haiDuongDecreeSymbolAndDateAndPeriods() throws Exception {
        assertEquals(List.of("2004 CITATION", "2004 DATE"), kinds(fromSeed(Examples.HAI_DUONG,
                "theo Nghị định số 178/2004/NĐ-CP ngày 15 tháng 10 năm 2004 của Chính phủ")));
        assertEquals(List.of("2016 PERIOD_START", "2020 PERIOD_END"), kinds(fromSeed(Examples.HAI_DUONG,
                "các mô hình thí điểm có hiệu quả của giai đoạn 2016-2020")));
        assertEquals(List.of(), kinds(fromSeed(Examples.HAI_DUONG,
                "Ban chỉ đạo 138 tỉnh (qua Sở Lao động - Thương binh và Xã hội) 6 tháng (trước ngày 15/6), 01 năm"
                        + " (trước ngày 15/12)./.")));
    }

    @Test
    void aCitedSubjectRunsOnAfterACommaUntilTheActingBody() {
        assertEquals(List.of("2023 DATE", "2023 CITATION", "2023 PLAN_YEAR"), kinds(
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2023 của UBND huyện về phòng, chống ma túy, HIV/AIDS"
                        + " năm 2023, UBND xã xây dựng kế hoạch năm 2023 như sau:"));
        assertEquals(List.of("2023 CITATION", "2023 PLAN_YEAR"), kinds(
                "Căn cứ Kế hoạch số 05/2023/KH-UBND, ${co_quan} ban hành kế hoạch năm 2023."));
        assertEquals(List.of("2021 CITATION", "2022 PLAN_YEAR"), kinds(
                "theo Luật Phòng, chống ma túy năm 2021; kết quả năm 2022"));
    }

    @Test
    void calendarPointsAreDates() {
        assertEquals(List.of("2023 PLAN_YEAR", "2023 DATE"), kinds("báo cáo 6 tháng đầu năm 2023 (trước ngày 15/6/2023)"));
        assertEquals(List.of("2023 DATE", "2023 DATE", "2023 DATE", "2023 DATE", "2023 DATE"),
                kinds("quý I/2023, Quý IV năm 2023, tháng 12/2023, 2023-04-12, 15.12.2023"));
    }

    @Test
    void spansOfYearsArePeriods() {
        assertEquals(List.of("2021 PERIOD_START", "2025 PERIOD_END"), kinds("từ năm 2021 đến năm 2025"));
        assertEquals(List.of("2022 PERIOD_START", "2023 PERIOD_END"), kinds("năm học 2022-2023"));
        assertEquals(List.of("2022 PERIOD_START", "2025 PERIOD_END"), kinds("giai đoạn 2022 – 2025"));
    }

    @Test
    void variablesNumbersAndBareYearsAreNotPlanYears() {
        assertEquals(List.of(), kinds("${co_quan} ban hành kế hoạch năm ${nam}, so với năm ${nam_truoc}; ${kh2023}"));
        assertEquals(List.of(), kinds("2.023 lượt người, 12023, 2023,5 và 1,2023"));
        assertEquals(List.of("2023 BARE", "2022 BARE"), kinds("Tổng kết Kế hoạch 2023, so với 2022"));
    }
}
