package vn.vanban.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.model.Issuer;
import vn.vanban.model.VietnameseNames;

/**
 * The body that issued the parent plan, as derive needs it: its tier and its area, read from the
 * plan's co_quan (dia_ban, the last name line, or the parent body's lines: "UBND TỈNH THANH HÓA"
 * above "SỞ Y TẾ").
 *
 * @param territory "tỉnh Hải Dương"
 * @param unitType "tỉnh"
 * @param properName "Hải Dương"
 * @param fullName "Ủy ban nhân dân tỉnh Hải Dương"
 */
record ParentBody(Level level, String territory, String unitType, String properName, String fullName) {

    private static final List<String> UNIT_TYPES = List.of(
            "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã");

    static Optional<ParentBody> of(Issuer issuer, UnitTable table) {
        List<String> candidates = new ArrayList<>();
        if (issuer.territory() != null) {
            candidates.add(issuer.territory());
        }
        candidates.add(issuer.nameLines().get(issuer.nameLines().size() - 1));
        for (int i = issuer.parentLines().size() - 1; i >= 0; i--) {
            candidates.add(issuer.parentLines().get(i));
        }
        for (String line : candidates) {
            String area = area(line);
            if (area == null) {
                continue;
            }
            String territory = VietnameseNames.territoryOf(area);
            String unitType = VietnameseNames.unitTypeOf(territory);
            String properName = territory.substring(unitType.length()).strip();
            Optional<Level> level = Level.ofUnitType(unitType, table.cityIsProvince(properName));
            if (level.isPresent() && !properName.isEmpty()) {
                return Optional.of(new ParentBody(level.get(), territory, unitType, properName, issuer.fullNameInText()));
            }
        }
        return Optional.empty();
    }

    /** The part of a line from its first administrative unit word: "UBND TỈNH THANH HÓA" → "TỈNH THANH HÓA". */
    private static String area(String line) {
        String lowered = VietnameseNames.lower(line.strip());
        for (int i = 0; i < lowered.length(); i++) {
            if (i > 0 && Character.isLetter(lowered.charAt(i - 1))) {
                continue;
            }
            for (String unitType : UNIT_TYPES) {
                if (lowered.startsWith(unitType + " ", i)) {
                    return line.strip().substring(i);
                }
            }
        }
        return null;
    }
}
