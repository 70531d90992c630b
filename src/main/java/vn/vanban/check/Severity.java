package vn.vanban.check;

import java.util.Locale;

/** How much a finding matters: an error breaks the decree; a warning is worth a look. */
public enum Severity {
    ERROR,
    WARNING;

    /** "lỗi" or "cảnh báo", for people. */
    public String vietnamese() {
        return this == ERROR ? "lỗi" : "cảnh báo";
    }

    /** "error" or "warning", the stable value of the JSON output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
