package vn.vanban.pdf;

import java.util.ArrayList;
import java.util.List;

/** LibreOffice is not on this machine, or not where VANBAN_SOFFICE says: how to install it and where vanban looked. */
public final class OfficeMissingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The LibreOffice project's download page, for Windows and macOS. */
    public static final String DOWNLOAD = "https://www.libreoffice.org/download/download-libreoffice/";
    public static final String DEBIAN_INSTALL = "sudo apt-get install libreoffice-writer-nogui";

    private final String named;
    private final List<String> places;

    OfficeMissingException(String named, List<String> places) {
        super(named == null ? "không tìm thấy LibreOffice"
                : OfficeLocator.ENVIRONMENT_VARIABLE + "=" + named + ": không có chương trình LibreOffice nào ở đó");
        this.named = named;
        this.places = List.copyOf(places);
    }

    /** The path VANBAN_SOFFICE gave, or null when it was not set. */
    public String named() {
        return named;
    }

    /** What a clerk reads: what is missing, how to install it, where vanban looked, how to point at it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(getMessage() + " (vanban cần LibreOffice để tạo PDF và ảnh trang).");
        lines.add("  Cài LibreOffice rồi chạy lại lệnh:");
        lines.add("    - Debian, Ubuntu: " + DEBIAN_INSTALL);
        lines.add("    - Windows, macOS: tải bộ cài tại " + DOWNLOAD);
        lines.add("  vanban đã tìm ở: " + String.join(", ", places) + ".");
        lines.add("  Nếu LibreOffice cài ở chỗ khác, đặt biến môi trường " + OfficeLocator.ENVIRONMENT_VARIABLE
                + " là đường dẫn tới chương trình soffice, ví dụ");
        lines.add("    " + OfficeLocator.ENVIRONMENT_VARIABLE + "=/opt/libreoffice24.8/program/soffice"
                + " hoặc " + OfficeLocator.ENVIRONMENT_VARIABLE + "=\"C:\\Program Files\\LibreOffice\\program\\soffice.com\".");
        return lines;
    }
}
