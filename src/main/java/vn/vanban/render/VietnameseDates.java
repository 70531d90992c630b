package vn.vanban.render;

import java.time.LocalDate;

/**
 * Dates as Phụ lục I, mục II.4 writes them: days below 10 and the months 1 and 2 with a leading
 * zero ("ngày 05 tháng 01", "ngày 17 tháng 02"), months 3 to 12 as they are ("tháng 3").
 */
public final class VietnameseDates {

    /** Room for the day or month to be written by hand on a draft. */
    static final String BLANK = "      ";

    private VietnameseDates() {
    }

    public static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    public static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    /** "ngày 17 tháng 02 năm 2023"; for a draft without date "ngày       tháng       năm 2023". */
    public static String longForm(LocalDate date, int yearIfBlank) {
        if (date == null) {
            return "ngày" + BLANK + "tháng" + BLANK + "năm " + yearIfBlank;
        }
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** "17/02/2023", "28/9/2021": the short form in citations, padded by the same rule. */
    public static String shortForm(LocalDate date) {
        return day(date.getDayOfMonth()) + "/" + month(date.getMonthValue()) + "/" + date.getYear();
    }
}
