package vn.vanban.model;

import java.util.Arrays;
import java.util.Optional;
import vn.vanban.nd30.DocumentType;
import vn.vanban.nd30.Form;

/**
 * The document types vanban writes: the Quyết định (Mẫu 1.2–1.3), the types with a type name of
 * Mẫu 1.4 (Kế hoạch, Báo cáo, ...), and the Công văn (Mẫu 1.5); their names, abbreviations and
 * forms are the decree's ({@link DocumentType}).
 */
public enum DocumentKind {
    QUYET_DINH,
    CHI_THI,
    QUY_CHE,
    QUY_DINH,
    THONG_CAO,
    THONG_BAO,
    HUONG_DAN,
    CHUONG_TRINH,
    KE_HOACH,
    PHUONG_AN,
    DE_AN,
    DU_AN,
    BAO_CAO,
    TO_TRINH,
    GIAY_UY_QUYEN,
    PHIEU_GUI,
    PHIEU_CHUYEN,
    PHIEU_BAO,
    CONG_VAN;

    /** The decree's type of the same name. */
    public DocumentType type() {
        return DocumentType.valueOf(name());
    }

    /** The Phụ lục III abbreviation (KH, QĐ), or null for a Công văn, which has none. */
    public String abbreviation() {
        return type().abbreviation();
    }

    /** The value of the YAML key loai: the abbreviation, or "CV" for a Công văn. */
    public String key() {
        return type().abbreviation() != null ? type().abbreviation() : "CV";
    }

    public Form form() {
        return type().form();
    }

    /** The name as written in running text, e.g. "Kế hoạch". */
    public String displayName() {
        return type().displayName();
    }

    /** The kind a plan's loai names: an abbreviation of Phụ lục III, or CV. */
    public static Optional<DocumentKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
