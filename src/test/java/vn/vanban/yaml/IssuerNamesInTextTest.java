package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.companion.Companion;
import vn.vanban.companion.CompanionKind;
import vn.vanban.model.PlanVariables;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * Departments and other bodies with a chủ quản, written from scratch as a clerk writes them (names
 * and places the rule was not written for): what ${co_quan} and ${dia_ban} say in their own plan,
 * and how a document of theirs is cited by another (the companion's "Thực hiện Kế hoạch ... của").
 */
class IssuerNamesInTextTest {

    private static String plan(String coQuan) {
        return "loai: KH\nco_quan: " + coQuan + "\nso: 3\nngay: 2026-03-02\nnam: 2026\n"
                + "trich_yeu: Tổ chức Ngày hội đọc sách năm ${nam}\n"
                + "mo_dau: \"${co_quan} xây dựng Kế hoạch trên địa bàn ${dia_ban} như sau:\"\n"
                + "noi_dung: [{tieu_de: Mục đích, doan: Khuyến khích đọc sách.}]\n"
                + "nguoi_ky: {chuc_vu: Giám đốc, ho_ten: Đỗ Thị D}\nnoi_nhan: [Như trên]\nluu: [VT, VP]\n";
    }

    private static PlanLoader.LoadedPlan load(String coQuan) throws InvalidInputException {
        return PlanLoader.load("plan.yaml", plan(coQuan));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{chu_quan: UBND TỈNH CAO BẰNG, ten: SỞ TƯ PHÁP, viet_tat: STP, dia_danh: Cao Bằng}"
            + "|Sở Tư pháp|tỉnh Cao Bằng|Sở Tư pháp tỉnh Cao Bằng",
        "{chu_quan: [ỦY BAN NHÂN DÂN, TỈNH ĐIỆN BIÊN], ten: [SỞ LAO ĐỘNG -, THƯƠNG BINH VÀ XÃ HỘI], viet_tat: SLĐTBXH,"
            + " dia_danh: Điện Biên}|Sở Lao động - Thương binh và Xã hội|tỉnh Điện Biên"
            + "|Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên",
        "{chu_quan: UBND THÀNH PHỐ CẦN THƠ, ten: SỞ GIÁO DỤC VÀ ĐÀO TẠO, viet_tat: SGDĐT, dia_danh: Cần Thơ}"
            + "|Sở Giáo dục và Đào tạo|thành phố Cần Thơ|Sở Giáo dục và Đào tạo thành phố Cần Thơ",
        "{chu_quan: UBND XÃ ĐAM RÔNG 1, ten: PHÒNG KINH TẾ, viet_tat: PKT, dia_danh: Đam Rông 1}"
            + "|Phòng Kinh tế|xã Đam Rông 1|Phòng Kinh tế xã Đam Rông 1",
        "{chu_quan: UBND PHƯỜNG 12 GÒ VẤP, ten: VĂN PHÒNG HĐND VÀ UBND, viet_tat: VP, dia_danh: Phường 12 Gò Vấp}"
            + "|Văn phòng HĐND và UBND|Phường 12 Gò Vấp|Văn phòng HĐND và UBND Phường 12 Gò Vấp",
        "{chu_quan: SỞ Y TẾ TỈNH NINH BÌNH, ten: TRUNG TÂM Y TẾ HUYỆN GIA VIỄN, viet_tat: TTYT, dia_danh: Gia Viễn}"
            + "|Trung tâm Y tế huyện Gia Viễn|huyện Gia Viễn|Trung tâm Y tế huyện Gia Viễn",
        "{chu_quan: BỘ CÔNG AN, ten: CÔNG AN TỈNH THÁI NGUYÊN, viet_tat: CAT, dia_danh: Thái Nguyên}"
            + "|Công an tỉnh Thái Nguyên|tỉnh Thái Nguyên|Công an tỉnh Thái Nguyên",
        "{chu_quan: UBND TỈNH GIA LAI, ten: BAN QUẢN LÝ KHU KINH TẾ, viet_tat: BQLKKT, dia_danh: Gia Lai}"
            + "|Ban Quản lý khu kinh tế|tỉnh Gia Lai|Ban Quản lý khu kinh tế tỉnh Gia Lai",
        "{chu_quan: UBND TỈNH QUẢNG NGÃI, ten: SỞ TƯ PHÁP, viet_tat: STP, dia_danh: Quảng Ngãi, ten_day_du: Sở Tư pháp"
            + " tỉnh Quảng Ngãi}|Sở Tư pháp tỉnh Quảng Ngãi|tỉnh Quảng Ngãi|Sở Tư pháp tỉnh Quảng Ngãi"})
    void aBodyUnderAChuQuanIsNamedAsItWritesItselfAndCitedWithItsArea(String coQuan, String name, String area, String cited)
            throws Exception {
        PlanLoader.LoadedPlan loaded = load(coQuan);
        assertEquals(List.of(), loaded.warnings());
        assertEquals(name + " xây dựng Kế hoạch trên địa bàn " + area + " như sau:",
                PlanVariables.of(loaded.plan()).expand(loaded.plan().introduction().get(0)));
        assertEquals(cited, loaded.plan().issuer().citedName());
        String report = Companion.write(YamlTree.parse("plan.yaml", plan(coQuan)), CompanionKind.REPORT,
                new Companion.Options("plan.yaml", null)).text();
        String citation = "/KH-" + loaded.plan().issuer().abbreviation() + " ngày 02/3/2026 của " + cited + " về ";
        assertTrue(report.replaceAll("\\s+", " ").contains(citation), report);
    }

    @Test
    void aNameOfAShapeNotKnownIsTheClerksToWriteAndLoadingSaysSo() throws Exception {
        PlanLoader.LoadedPlan guessed = load("{chu_quan: UBND XÃ AN BÌNH, ten: HỢP TÁC XÃ NÔNG NGHIỆP AN BÌNH 2,"
                + " viet_tat: HTX, dia_danh: An Bình}");
        assertEquals(1, guessed.warnings().size(), guessed.warnings().toString());
        Problem warning = guessed.warnings().get(0);
        assertTrue(!warning.isError() && warning.message().contains("ten_day_du"), warning.message());
        PlanLoader.LoadedPlan written = load("{chu_quan: UBND XÃ AN BÌNH, ten: HỢP TÁC XÃ NÔNG NGHIỆP AN BÌNH 2,"
                + " viet_tat: HTX, dia_danh: An Bình, ten_day_du: Hợp tác xã Nông nghiệp An Bình 2}");
        assertEquals(List.of(), written.warnings());
        assertEquals("Hợp tác xã Nông nghiệp An Bình 2 xây dựng Kế hoạch trên địa bàn xã An Bình như sau:",
                PlanVariables.of(written.plan()).expand(written.plan().introduction().get(0)));
    }

    @Test
    void anAreaNoLineNamesIsTheClerksToWriteWhenTheTextUsesIt() throws Exception {
        PlanLoader.LoadedPlan loaded = load("{chu_quan: BỘ TÀI CHÍNH, ten: CỤC THỐNG KÊ, viet_tat: CTK, dia_danh: Hà Nội}");
        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        assertTrue(loaded.warnings().get(0).message().contains("co_quan.dia_ban"), loaded.warnings().toString());
        assertEquals("Cục Thống kê", loaded.plan().issuer().citedName(), "a body without an area is cited by its name");
        PlanLoader.LoadedPlan written = load("{chu_quan: BỘ TÀI CHÍNH, ten: CỤC THỐNG KÊ, viet_tat: CTK, dia_danh: Hà Nội,"
                + " dia_ban: cả nước}");
        assertEquals(List.of(), written.warnings());
    }
}
