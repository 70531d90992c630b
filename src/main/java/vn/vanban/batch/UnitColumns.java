package vn.vanban.batch;

import java.util.List;

/** The columns of a units file (the keys of a YAML units file), as README documents them. */
final class UnitColumns {

    /** The unit's code in the official list; the only column every file needs. */
    static final String CODE = "ma";
    /** xã, phường or đặc khu; needed only for a unit not in the list. */
    static final String TYPE = "loai";
    /** The name without the unit word; checked against the list, needed for a unit not in it. */
    static final String NAME = "ten";
    /** The province the unit must belong to, by name or code: a check against a wrong code. */
    static final String PROVINCE = "tinh";
    /** The place name before the date; the unit's name by default. */
    static final String PLACE = "dia_danh";
    /** The area in running text, ${dia_ban}; "phường Ba Đình" by default. */
    static final String TERRITORY = "dia_ban";
    static final String SIGNER_NAME = "ho_ten";
    static final String SIGNER_TITLE = "chuc_vu";
    static final String AUTHORITY = "quyen_han";
    static final String NUMBER = "so";
    /** The date the unit's document is signed; with so, what makes it more than a draft. */
    static final String DATE = "ngay";
    /** Who the unit's document is sent to, after "Kính gửi:"; a Công văn's default is the unit's committee. */
    static final String ADDRESSEE = "kinh_gui";
    static final String VARIABLES = "bien";
    static final String VARIABLE_PREFIX = "bien.";

    /** Columns that say which unit a row is. */
    static final List<String> IDENTITY = List.of(CODE, TYPE, NAME, PROVINCE, PLACE, TERRITORY);
    /** Columns whose values go into the unit's plan; an empty cell keeps the plan's value. */
    static final List<String> VALUES = List.of(SIGNER_NAME, SIGNER_TITLE, AUTHORITY, NUMBER, DATE, ADDRESSEE);

    private UnitColumns() {
    }

    static boolean known(String column) {
        return IDENTITY.contains(column) || VALUES.contains(column) || column.startsWith(VARIABLE_PREFIX);
    }

    static String all() {
        return String.join(", ", IDENTITY) + ", " + String.join(", ", VALUES) + ", bien.<tên biến>";
    }
}
