package vn.vanban.model;

/** The authority abbreviations of Phụ lục I, mục II.7. */
public enum Authority {
    /** Thay mặt: on behalf of a collective body. */
    TM,
    /** Ký thay: a deputy signing for the head. */
    KT,
    /** Thừa lệnh: by order of the head. */
    TL,
    /** Thừa ủy quyền: by the head's authorisation. */
    TUQ,
    /** Quyền: acting head. */
    Q
}
