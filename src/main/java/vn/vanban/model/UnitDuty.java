package vn.vanban.model;

import java.util.List;
import java.util.Objects;

/**
 * One unit's duties under "Tổ chức thực hiện".
 *
 * @param unit the unit's name, e.g. "Công an xã"
 * @param request true for a body the issuer cannot direct, printed "Đề nghị ..."
 * @param text duties that run on after the unit's name ("2. Công an xã: Là đầu mối ..."), or null
 */
public record UnitDuty(String unit, boolean request, String text, List<Block> blocks) {

    public UnitDuty {
        Objects.requireNonNull(unit, "unit");
        blocks = List.copyOf(blocks);
    }
}
