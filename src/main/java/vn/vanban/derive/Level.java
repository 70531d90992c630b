package vn.vanban.derive;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The tiers of local government, highest first; a derived plan goes down at least one. */
public enum Level {
    TINH,
    HUYEN,
    XA;

    /** As written in YAML: tinh, huyen, xa. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As written in a sentence: "cấp " + word. */
    public String word() {
        return switch (this) {
            case TINH -> "tỉnh";
            case HUYEN -> "huyện";
            case XA -> "xã";
        };
    }

    public boolean above(Level other) {
        return ordinal() < other.ordinal();
    }

    public static Optional<Level> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * The tier of an administrative unit word ("tỉnh", "phường", "thị xã"). "thành phố" is a
     * province when it is run by the centre, a district otherwise; the caller says which.
     */
    static Optional<Level> ofUnitType(String unitType, boolean cityIsProvince) {
        return switch (unitType) {
            case "tỉnh" -> Optional.of(TINH);
            case "thành phố" -> Optional.of(cityIsProvince ? TINH : HUYEN);
            case "huyện", "quận", "thị xã" -> Optional.of(HUYEN);
            case "xã", "phường", "thị trấn", "đặc khu" -> Optional.of(XA);
            default -> Optional.empty();
        };
    }
}
