package vn.vanban.nd30;

/** "In hoa" or "in thường" (Phụ lục I, mục V). */
public enum LetterCase {
    /** In hoa: every letter a capital. */
    UPPER,
    /** In thường: written in sentence case, not typed in capitals. */
    LOWER
}
