package vn.vanban.model;

import java.util.List;
import java.util.Objects;

/**
 * The issuing body (ô 2 of the layout diagram).
 *
 * @param parentLines the direct parent body's lines, empty when there is none (a UBND has none)
 * @param nameLines the issuing body's lines as printed, e.g. [ỦY BAN NHÂN DÂN, XÃ CẨM NGỌC]
 * @param abbreviation the body's abbreviation in the symbol, e.g. UBND
 * @param placeName the place name before the date, e.g. Cẩm Ngọc
 * @param territory the area in running text, e.g. "xã Cẩm Ngọc"; null to derive it from the name
 * @param fullName the name in running text, e.g. "Ủy ban nhân dân xã Cẩm Ngọc"; null to derive it
 */
public record Issuer(
        List<String> parentLines,
        List<String> nameLines,
        String abbreviation,
        String placeName,
        String territory,
        String fullName) {

    public Issuer {
        parentLines = List.copyOf(parentLines);
        nameLines = List.copyOf(nameLines);
        Objects.requireNonNull(abbreviation, "abbreviation");
        Objects.requireNonNull(placeName, "placeName");
        if (nameLines.isEmpty()) {
            throw new IllegalArgumentException("an issuing body needs at least one name line");
        }
    }

    /** The area the body governs as written in a sentence: "xã Cẩm Ngọc", "tỉnh Hải Dương". */
    public String territoryInText() {
        return territory != null ? territory : VietnameseNames.territoryOf(nameLines.get(nameLines.size() - 1));
    }

    /** The body's name as written in a sentence: "Ủy ban nhân dân xã Cẩm Ngọc". */
    public String fullNameInText() {
        return fullName != null ? fullName : VietnameseNames.bodyNameOf(nameLines);
    }
}
