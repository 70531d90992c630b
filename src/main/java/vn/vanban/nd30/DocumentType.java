package vn.vanban.nd30;

import java.util.Arrays;
import java.util.Optional;

/**
 * The types of administrative document of Điều 7 with their abbreviations (Phụ lục III, mục I),
 * the three kinds of copy, and Công văn. The abbreviation opens the symbol: KH-UBND. Công văn has
 * none: its symbol is the body's abbreviation and the drafting unit's (UBND-VX).
 */
public enum DocumentType {
    NGHI_QUYET("NQ", "Nghị quyết", null),
    QUYET_DINH("QĐ", "Quyết định", Form.DECISION),
    CHI_THI("CT", "Chỉ thị", Form.TYPED),
    QUY_CHE("QC", "Quy chế", Form.TYPED),
    QUY_DINH("QyĐ", "Quy định", Form.TYPED),
    THONG_CAO("TC", "Thông cáo", Form.TYPED),
    THONG_BAO("TB", "Thông báo", Form.TYPED),
    HUONG_DAN("HD", "Hướng dẫn", Form.TYPED),
    CHUONG_TRINH("CTr", "Chương trình", Form.TYPED),
    KE_HOACH("KH", "Kế hoạch", Form.TYPED),
    PHUONG_AN("PA", "Phương án", Form.TYPED),
    DE_AN("ĐA", "Đề án", Form.TYPED),
    DU_AN("DA", "Dự án", Form.TYPED),
    BAO_CAO("BC", "Báo cáo", Form.TYPED),
    BIEN_BAN("BB", "Biên bản", null),
    TO_TRINH("TTr", "Tờ trình", Form.TYPED),
    HOP_DONG("HĐ", "Hợp đồng", null),
    CONG_DIEN("CĐ", "Công điện", null),
    BAN_GHI_NHO("BGN", "Bản ghi nhớ", null),
    BAN_THOA_THUAN("BTT", "Bản thỏa thuận", null),
    GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền", Form.TYPED),
    GIAY_MOI("GM", "Giấy mời", null),
    GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu", null),
    GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép", null),
    PHIEU_GUI("PG", "Phiếu gửi", Form.TYPED),
    PHIEU_CHUYEN("PC", "Phiếu chuyển", Form.TYPED),
    PHIEU_BAO("PB", "Phiếu báo", Form.TYPED),
    BAN_SAO_Y("SY", "Bản sao y", null),
    BAN_TRICH_SAO("TrS", "Bản trích sao", null),
    BAN_SAO_LUC("SL", "Bản sao lục", null),
    /** Công văn: no abbreviation of its own; its symbol is the body's and the drafting unit's (UBND-VX). */
    CONG_VAN(null, "Công văn", Form.LETTER);

    private final String abbreviation;
    private final String displayName;
    private final Form form;

    DocumentType(String abbreviation, String displayName, Form form) {
        this.abbreviation = abbreviation;
        this.displayName = displayName;
        this.form = form;
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
        return form;
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
