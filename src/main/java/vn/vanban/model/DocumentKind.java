package vn.vanban.model;

import java.util.Arrays;
import java.util.Optional;
import vn.vanban.nd30.DocumentType;

/**
 * The document types vanban writes with one layout (Mẫu 1.4 of Phụ lục III: header, type name and
 * subject, body, closing); their names and abbreviations are the decree's ({@link DocumentType}).
 */
public enum DocumentKind {
    CHI_THI(DocumentType.CHI_THI),
    QUY_CHE(DocumentType.QUY_CHE),
    QUY_DINH(DocumentType.QUY_DINH),
    THONG_CAO(DocumentType.THONG_CAO),
    THONG_BAO(DocumentType.THONG_BAO),
    HUONG_DAN(DocumentType.HUONG_DAN),
    CHUONG_TRINH(DocumentType.CHUONG_TRINH),
    KE_HOACH(DocumentType.KE_HOACH),
    PHUONG_AN(DocumentType.PHUONG_AN),
    DE_AN(DocumentType.DE_AN),
    DU_AN(DocumentType.DU_AN),
    BAO_CAO(DocumentType.BAO_CAO),
    TO_TRINH(DocumentType.TO_TRINH),
    GIAY_UY_QUYEN(DocumentType.GIAY_UY_QUYEN),
    PHIEU_GUI(DocumentType.PHIEU_GUI),
    PHIEU_CHUYEN(DocumentType.PHIEU_CHUYEN),
    PHIEU_BAO(DocumentType.PHIEU_BAO);

    private final DocumentType type;

    DocumentKind(DocumentType type) {
        this.type = type;
    }

    public DocumentType type() {
        return type;
    }

    public String abbreviation() {
        return type.abbreviation();
    }

    /** The name as written in running text, e.g. "Kế hoạch". */
    public String displayName() {
        return type.displayName();
    }

    public static Optional<DocumentKind> fromAbbreviation(String abbreviation) {
        return Arrays.stream(values()).filter(k -> k.abbreviation().equals(abbreviation)).findFirst();
    }
}
