package vn.vanban.derive;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Local government in three tiers (before 1 July 2025) or two (since); each has its unit table. */
public enum GovernmentSystem {
    HAI_CAP("hai_cap", "chính quyền hai cấp (từ 1/7/2025)", List.of(Level.TINH, Level.XA), "don-vi-hai-cap.yaml"),
    BA_CAP("ba_cap", "chính quyền ba cấp (trước 1/7/2025)", List.of(Level.TINH, Level.HUYEN, Level.XA), "don-vi-ba-cap.yaml");

    private final String code;
    private final String description;
    private final List<Level> levels;
    private final String table;

    GovernmentSystem(String code, String description, List<Level> levels, String table) {
        this.code = code;
        this.description = description;
        this.levels = levels;
        this.table = table;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public List<Level> levels() {
        return levels;
    }

    /** The unit table's resource name beside this class. */
    String table() {
        return table;
    }

    public static Optional<GovernmentSystem> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
