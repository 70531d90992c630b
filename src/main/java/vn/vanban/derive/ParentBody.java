package vn.vanban.derive;

import java.util.Optional;
import vn.vanban.model.Issuer;
import vn.vanban.model.VietnameseNames;

/**
 * The body that issued the parent plan, as derive needs it: its tier and its area as the issuer
 * finds it (dia_ban, the name's lines, or the chủ quản's: "UBND TỈNH THANH HÓA" above "SỞ Y TẾ"),
 * and its name as another body cites it.
 *
 * @param territory "tỉnh Hải Dương"
 * @param unitType "tỉnh"
 * @param properName "Hải Dương"
 * @param fullName "Ủy ban nhân dân tỉnh Hải Dương", "Sở Y tế tỉnh Thanh Hóa"
 */
record ParentBody(Level level, String territory, String unitType, String properName, String fullName) {

    static Optional<ParentBody> of(Issuer issuer, UnitTable table) {
        Optional<String> area = issuer.area();
        String unitType = area.map(VietnameseNames::unitTypeOf).orElse(null);
        if (unitType == null) {
            return Optional.empty();
        }
        String territory = area.get();
        String properName = territory.strip().substring(unitType.length()).strip();
        Optional<Level> level = Level.ofUnitType(unitType, table.cityIsProvince(properName));
        if (level.isEmpty() || properName.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParentBody(level.get(), territory, unitType, properName, issuer.citedName()));
    }
}
