package vn.vanban.text;

import java.time.YearMonth;

/** Whether a day a clerk typed is on the calendar, and if not, why, in the clerk's words. */
public final class CalendarDays {

    private CalendarDays() {
    }

    /**
     * Why the day is not on the calendar ("tháng 2 năm 2023 không có ngày 30"), or null when it is:
     * the month first, since a day cannot be judged in a month that does not exist.
     */
    public static String whyNot(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "không có tháng " + month + ", tháng viết từ 01 đến 12";
        } else if (day < 1) {
            return "không có ngày 0, ngày viết từ 01";
        } else if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return "tháng " + month + " năm " + year + " không có ngày " + day;
        }
        return null;
    }
}
