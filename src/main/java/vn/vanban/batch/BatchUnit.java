package vn.vanban.batch;

import java.util.Map;
import java.util.Objects;
import vn.vanban.units.AdministrativeUnit;

/**
 * One unit of a batch with everything its plan needs beyond the shared plan.
 *
 * @param code the unit's code, also the start of its file name
 * @param type xã, phường or đặc khu (thị trấn in lists before the reform)
 * @param name the unit's name without the unit word
 * @param placeName the place name before the date
 * @param territory the area in running text, e.g. "phường Ba Đình"
 * @param values the per-unit columns of the units file (ho_ten, so, bien.x, ...), "" where a
 *     column is present but the unit's cell is empty; empty without a units file
 * @param source the units file, or null when the units come from the bundled list alone
 * @param line the unit's row in the units file; 0 without one
 */
public record BatchUnit(String code, String type, String name, String placeName, String territory,
        Map<String, String> values, String source, int line) {

    public BatchUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(territory, "territory");
        values = Map.copyOf(values);
    }

    /** "00004 phường Ba Đình", "22024 Phường 9": how messages name the unit. */
    public String label() {
        return code + " " + AdministrativeUnit.inText(type, name);
    }

    /** "units.csv:5: " when the unit comes from a units file, else "". */
    public String where() {
        return source == null ? "" : source + ":" + line + ": ";
    }

    /**
     * "00004-phuong-ba-dinh": the code, then type and name without diacritics, shortened and kept
     * clear of Windows' reserved names as {@link UnitFileNames} says.
     */
    public String fileStem() {
        return UnitFileNames.stem(code, type + " " + name);
    }
}
