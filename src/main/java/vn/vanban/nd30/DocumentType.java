package vn.vanban.nd30;

import java.util.Arrays;
import java.util.Optional;

/**
 * The types of administrative document of Điều 7 with their abbreviations (Phụ lục III, mục I),
 * the three kinds of copy, and Công văn. The abbreviation opens the symbol: KH-UBND. Công văn has
 * none: its symbol is the body's abbreviation and the drafting unit's (UBND-VX).
 */
public enum DocumentType {
    NGHI_QUYET("NQ", "Nghị quyết"),
    QUYET_DINH("QĐ", "Quyết định"),
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
    BIEN_BAN("BB", "Biên bản"),
    TO_TRINH("TTr", "Tờ trình"),
    HOP_DONG("HĐ", "Hợp đồng"),
    CONG_DIEN("CĐ", "Công điện"),
    BAN_GHI_NHO("BGN", "Bản ghi nhớ"),
    BAN_THOA_THUAN("BTT", "Bản thỏa thuận"),
    GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền"),
    GIAY_MOI("GM", "Giấy mời"),
    GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu"),
    GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép"),
    PHIEU_GUI("PG", "Phiếu gửi"),
    PHIEU_CHUYEN("PC", "Phiếu chuyển"),
    PHIEU_BAO("PB", "Phiếu báo"),
    BAN_SAO_Y("SY", "Bản sao y"),
    BAN_TRICH_SAO("TrS", "Bản trích sao"),
    BAN_SAO_LUC("SL", "Bản sao lục"),
    /** Công văn: no abbreviation of its own; its symbol is the body's and the drafting unit's (UBND-VX). */
    CONG_VAN(null, "Công văn");

    private final String abbreviation;
    private final String displayName;

    DocumentType(String abbreviation, String displayName) {
        this.abbreviation = abbreviation;
        this.displayName = displayName;
    }

    /** As Phụ lục III writes it; QyĐ, CTr, TTr and TrS keep their lower-case letters; null for Công văn. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The name as written in running text, e.g. "Kế hoạch". */
    public String displayName() {
        return displayName;
    }

    /** The sample of Phụ lục III vanban lays the type out by, or null for a type vanban does not write. */
    public Form form() {
        return switch (this) {
            case QUYET_DINH -> Form.DECISION;
            case CONG_VAN -> Form.LETTER;
            case NGHI_QUYET, BIEN_BAN, HOP_DONG, CONG_DIEN, BAN_GHI_NHO, BAN_THOA_THUAN, GIAY_MOI, GIAY_GIOI_THIEU,
                    GIAY_NGHI_PHEP, BAN_SAO_Y, BAN_TRICH_SAO, BAN_SAO_LUC -> null;
            default -> Form.TYPED;
        };
    }

    /** A type name is printed over the subject (all but Công văn). */
    public boolean hasTypeName() {
        return this != CONG_VAN;
    }

    /**
     * Its figures stand in a real table whose header row Word repeats at the top of every page the
     * table runs onto: a Báo cáo's targets (chỉ tiêu | kế hoạch | thực hiện | đánh giá). The decree
     * allows tables in the body (Phụ lục I, mục I.2) without saying how they are set; a header that
     * repeats is vanban's choice (issue 13), so that a page of figures is never read without its columns.
     */
    public boolean tableHeaderRepeats() {
        return this == BAO_CAO;
    }

    /** A copy (bản sao) rather than a document of its own. */
    public boolean isCopy() {
        return this == BAN_SAO_Y || this == BAN_TRICH_SAO || this == BAN_SAO_LUC;
    }

    public static Optional<DocumentType> fromAbbreviation(String abbreviation) {
        return Arrays.stream(values()).filter(t -> abbreviation.equals(t.abbreviation)).findFirst();
    }
}
