package vn.vanban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    @Test
    void theTerritoryIsTheUnitWordInLowerCaseAndTheNameCapitalised() {
        assertEquals("xã Cẩm Ngọc", VietnameseNames.territoryOf("XÃ CẨM NGỌC"));
        assertEquals("tỉnh Hải Dương", VietnameseNames.territoryOf("TỈNH HẢI DƯƠNG"));
        assertEquals("thành phố Hồ Chí Minh", VietnameseNames.territoryOf("THÀNH PHỐ HỒ CHÍ MINH"));
        assertEquals("đặc khu Phú Quốc", VietnameseNames.territoryOf("ĐẶC KHU PHÚ QUỐC"));
        assertEquals("tỉnh Bà Rịa - Vũng Tàu", VietnameseNames.territoryOf("TỈNH BÀ RỊA - VŨNG TÀU"));
    }

    @Test
    void theUnitWordOfATerritoryIsFoundLongestFirst() {
        assertEquals("tỉnh", VietnameseNames.unitTypeOf("tỉnh Hải Dương"));
        assertEquals("thị xã", VietnameseNames.unitTypeOf("Thị xã Kinh Môn"));
        assertEquals("đặc khu", VietnameseNames.unitTypeOf("đặc khu Phú Quốc"));
        assertEquals("xã", VietnameseNames.unitTypeOf("xã Tuệ Tĩnh"));
        assertEquals(null, VietnameseNames.unitTypeOf("Ủy ban nhân dân"));
    }

    @Test
    void theBodyNameIsWrittenAsInASentence() {
        assertEquals("Ủy ban nhân dân tỉnh Hải Dương",
                VietnameseNames.bodyNameOf(List.of("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG")));
        assertEquals("Ủy ban nhân dân", VietnameseNames.bodyNameOf(List.of("ỦY BAN NHÂN DÂN")));
    }

    @Test
    void firstLettersChangeCaseOnlyWhereItIsSafe() {
        assertEquals("phòng, chống mại dâm", VietnameseNames.lowerFirst("Phòng, chống mại dâm"));
        assertEquals("HIV/AIDS", VietnameseNames.lowerFirst("HIV/AIDS"));
        assertEquals("Ủy ban", VietnameseNames.upperFirst("ủy ban"));
    }
}
