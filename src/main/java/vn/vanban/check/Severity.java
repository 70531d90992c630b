package vn.vanban.check;

/** How much a finding matters: an error breaks the decree; a warning is worth a look. */
public enum Severity {
    ERROR("lỗi", "error"),
    WARNING("cảnh báo", "warning");

    private final String vietnamese;
    private final String code;

    Severity(String vietnamese, String code) {
        this.vietnamese = vietnamese;
        this.code = code;
    }

    /** "lỗi" or "cảnh báo", for people. */
    public String vietnamese() {
        return vietnamese;
    }

    /** "error" or "warning", the stable value of the JSON output. */
    public String code() {
        return code;
    }
}
