package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.render.FontMetrics.Style;

/** Long lines of the issuing body broken where a reader expects, and the rule under the body. */
class IssuerBlockTest {

    /** The left column of the default page: 40 % of 165 mm. */
    private static final int COLUMN = 3742;

    private static List<String> bold(String line) {
        return IssuerBlock.fitted(line, Style.BOLD, 13, COLUMN);
    }

    private static int width(String line) {
        return FontMetrics.widthTwips(line, Style.BOLD, 13);
    }

    @Test
    void aLineThatFitsStaysWhole() {
        assertEquals(List.of("XÃ CẨM NGỌC"), bold("XÃ CẨM NGỌC"));
        assertEquals(List.of("PHƯỜNG LANG BIANG - ĐÀ LẠT"), IssuerBlock.fitted("PHƯỜNG LANG BIANG - ĐÀ LẠT", Style.BOLD, 13, 5000));
    }

    @Test
    void aLongLineBreaksAtAUnitWordSoThatTheNameStaysWhole() {
        assertEquals(List.of("PHƯỜNG", "VĂN MIẾU - QUỐC TỬ GIÁM"), bold("PHƯỜNG VĂN MIẾU - QUỐC TỬ GIÁM"));
        assertEquals(List.of("PHƯỜNG", "TRƯƠNG QUANG TRỌNG"), bold("PHƯỜNG TRƯƠNG QUANG TRỌNG"));
        assertEquals(List.of("THỊ TRẤN", "NÔNG TRƯỜNG VIỆT LÂM"), bold("THỊ TRẤN NÔNG TRƯỜNG VIỆT LÂM"));
        assertEquals(List.of("UBND", "THÀNH PHỐ HỒ CHÍ MINH"),
                IssuerBlock.fitted("UBND THÀNH PHỐ HỒ CHÍ MINH", Style.REGULAR, 13, COLUMN), "before the unit word");
        assertEquals(List.of("TRẠM Y TẾ", "XÃ ĐAM RÔNG 1"), IssuerBlock.fitted("TRẠM Y TẾ XÃ ĐAM RÔNG 1", Style.BOLD, 13, 2600));
    }

    @Test
    void withoutAUnitWordTheHalvesAreMadeEvenAndNoLineStartsWithAHyphen() {
        assertEquals(List.of("TRUNG TÂM Y TẾ", "KHU VỰC CẨM THỦY"), bold("TRUNG TÂM Y TẾ KHU VỰC CẨM THỦY"));
        List<String> lines = bold("TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT - NÔNG NGHIỆP CÔNG NGHỆ CAO");
        assertEquals(List.of("TRUNG TÂM PHÁT TRIỂN", "QUỸ ĐẤT - NÔNG NGHIỆP", "CÔNG NGHỆ CAO"), lines,
                "too long for two lines: as many words on each as fit");
        assertEquals(List.of("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH -", "BAN QUẢN LÝ DI TÍCH"),
                IssuerBlock.fitted("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH - BAN QUẢN LÝ DI TÍCH", Style.BOLD, 13, 5000),
                "the hyphen ends the first line");
        assertEquals(List.of("BAN QUẢN LÝ CÁC KHU", "CÔNG NGHIỆP VÀ CHẾ XUẤT"), bold("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP VÀ CHẾ XUẤT"));
        List<String> three = IssuerBlock.fitted("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP",
                Style.BOLD, 13, 2600);
        assertTrue(three.size() >= 3, three.toString());
        three.forEach(l -> assertTrue(width(l) <= 2600, l));
    }

    @Test
    void theRuleIsAThirdToAHalfOfTheLineAboveAndOfEveryLineWhereItCanBe() {
        int ubnd = width("ỦY BAN NHÂN DÂN");
        // One line: 0.4 of it.
        assertEquals(Math.round(0.4 * width("SỞ Y TẾ")), IssuerBlock.ruleLength(List.of(width("SỞ Y TẾ")), 0.4));
        // Two lines one length suits: 0.4 of the line above would be too short for the first line,
        // so the middle of the lengths that suit both.
        int camNgoc = width("XÃ CẨM NGỌC");
        long rule = IssuerBlock.ruleLength(List.of(ubnd, camNgoc), 0.4);
        assertEquals(Math.round((ubnd / 3.0 + camNgoc / 2.0) / 2), rule);
        assertTrue(rule >= ubnd / 3.0 && rule <= camNgoc / 2.0);
        // A line above wider than the first: 0.4 of it suits both.
        int long1 = width("PHƯỜNG HOÀN KIẾM");
        assertEquals(Math.round(0.4 * long1), IssuerBlock.ruleLength(List.of(ubnd, long1), 0.4));
        // No length suits "XÃ LÌA" and "ỦY BAN NHÂN DÂN": half of the line above, the nearest.
        int lia = width("XÃ LÌA");
        assertEquals(Math.round(lia / 2.0), IssuerBlock.ruleLength(List.of(ubnd, lia), 0.4));
        // A wide line above narrow ones: a third of it.
        int wide = width("VĂN MIẾU - QUỐC TỬ GIÁM");
        assertEquals(Math.round(wide / 3.0), IssuerBlock.ruleLength(List.of(ubnd, width("PHƯỜNG"), wide), 0.4));
    }
}
