package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void daysBelowTenAndMonthsOneAndTwoArePadded() {
        assertEquals("ngày 05 tháng 01 năm 2020", VietnameseDates.longForm(LocalDate.of(2020, 1, 5), 2020));
        assertEquals("ngày 17 tháng 02 năm 2023", VietnameseDates.longForm(LocalDate.of(2023, 2, 17), 2023));
        assertEquals("ngày 29 tháng 6 năm 2019", VietnameseDates.longForm(LocalDate.of(2019, 6, 29), 2019));
        assertEquals("ngày 01 tháng 12 năm 2024", VietnameseDates.longForm(LocalDate.of(2024, 12, 1), 2024));
    }

    @Test
    void aDraftLeavesRoomForDayAndMonth() {
        String blank = VietnameseDates.longForm(null, 2023);
        assertTrue(blank.matches("ngày {4,}tháng {4,}năm 2023"), blank);
    }

    @Test
    void citationsUseTheShortFormWithTheSamePadding() {
        assertEquals("17/02/2023", VietnameseDates.shortForm(LocalDate.of(2023, 2, 17)));
        assertEquals("28/9/2021", VietnameseDates.shortForm(LocalDate.of(2021, 9, 28)));
        assertEquals("05/9/2022", VietnameseDates.shortForm(LocalDate.of(2022, 9, 5)));
    }
}
