package vn.vanban.derive;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Local government in three tiers (before 1 July 2025) or two (since); each has its unit table. */
public enum GovernmentSystem {
    HAI_CAP("chính quyền hai cấp (từ 1/7/2025)"),
    BA_CAP("chính quyền ba cấp (trước 1/7/2025)");

    private final String description;

    GovernmentSystem(String description) {
        this.description = description;
    }

    /** As written in YAML: hai_cap, ba_cap. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public List<Level> levels() {
        return this == HAI_CAP ? List.of(Level.TINH, Level.XA) : List.of(Level.TINH, Level.HUYEN, Level.XA);
    }

    /** The unit table's resource name beside this class: don-vi-hai-cap.yaml, don-vi-ba-cap.yaml. */
    String table() {
        return "don-vi-" + code().replace('_', '-') + ".yaml";
    }

    public static Optional<GovernmentSystem> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
