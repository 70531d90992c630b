package vn.vanban.companion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.vanban.model.DocumentKind;
import vn.vanban.yaml.BundledSchema;

/**
 * The three documents that travel with a plan: the Quyết định that issues it, the Báo cáo on its
 * results, the Công văn that sends it down. Each names its type, its schema and the suffix of its
 * default file name.
 */
public enum CompanionKind {
    DECISION(DocumentKind.QUYET_DINH, "quyet-dinh", "Quyết định ban hành"),
    REPORT(DocumentKind.BAO_CAO, "bao-cao", "Báo cáo kết quả thực hiện"),
    LETTER(DocumentKind.CONG_VAN, "cong-van", "Công văn triển khai");

    private final DocumentKind kind;
    private final String fileSuffix;
    private final String title;

    CompanionKind(DocumentKind kind, String fileSuffix, String title) {
        this.kind = kind;
        this.fileSuffix = fileSuffix;
        this.title = title;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The value of loai: QĐ, BC, CV. */
    public String key() {
        return kind.key();
    }

    /** The schema file the document validates against, e.g. quyet-dinh.schema.json. */
    public String schemaFile() {
        return BundledSchema.forKind(key()).fileName();
    }

    /** What the file name gets after the plan's: "quyet-dinh". */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** How the report names the document before the plan it goes with: "Quyết định ban hành". */
    public String title() {
        return title;
    }

    /** What to tell a person who typed something else. */
    public static String notAKind(String typed) {
        return "'" + typed + "' không phải văn bản đi kèm vanban soạn được; cần QĐ (quyết định ban hành), BC (báo cáo kết quả)"
                + " hoặc CV (công văn triển khai)";
    }

    /**
     * The kind a person typed: QĐ, QD, qđ, Qd, BC, CV, in any case (and with a decomposed Đ); the
     * abbreviations of Phụ lục III, as the YAML key loai writes them.
     */
    public static Optional<CompanionKind> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replace('Đ', 'D');
        for (CompanionKind kind : values()) {
            if (kind.key().replace('Đ', 'D').equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
