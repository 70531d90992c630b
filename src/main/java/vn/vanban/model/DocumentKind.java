package vn.vanban.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Document types with a type name (Mẫu 1.4 of Phụ lục III), each with its Phụ lục III
 * abbreviation. They share one layout: header, type name and subject, body, closing.
 */
public enum DocumentKind {
    CHI_THI("CT", "Chỉ thị"),
    QUY_CHE("QC", "Quy chế"),
    QUY_DINH("QyĐ", "Quy định"),
    THONG_CAO("TC", "Thông cáo"),
    THONG_BAO("TB", "Thông báo"),
    HUONG_DAN("HD", "Hướng dẫn"),
    CHUONG_TRINH("CTr", "Chương trình"),
    KE_HOACH("KH", "Kế hoạch"),
    PHUONG_AN("PA", "Phương án"),
    DE_AN("ĐA", "Đề án"),
    DU_AN("DA", "Dự án"),
    BAO_CAO("BC", "Báo cáo"),
    TO_TRINH("TTr", "Tờ trình"),
    GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền"),
    PHIEU_GUI("PG", "Phiếu gửi"),
    PHIEU_CHUYEN("PC", "Phiếu chuyển"),
    PHIEU_BAO("PB", "Phiếu báo");

    private final String abbreviation;
    private final String displayName;

    DocumentKind(String abbreviation, String displayName) {
        this.abbreviation = abbreviation;
        this.displayName = displayName;
    }

    public String abbreviation() {
        return abbreviation;
    }

    /** The name as written in running text, e.g. "Kế hoạch". */
    public String displayName() {
        return displayName;
    }

    public static Optional<DocumentKind> fromAbbreviation(String abbreviation) {
        return Arrays.stream(values()).filter(k -> k.abbreviation.equals(abbreviation)).findFirst();
    }
}
