package vn.vanban.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The area the body governs as written in a sentence: "xã Cẩm Ngọc", "tỉnh Hải Dương"; for a
     * Sở under "UBND TỈNH LÂM ĐỒNG", the chủ quản's "tỉnh Lâm Đồng". Where no line names an area,
     * the place name, which the loader warns about.
     */
    public String territoryInText() {
        return area().orElse(placeName);
    }

    /** The area as {@link #territoryInText()} finds it: dia_ban, else the last line naming one, the body's before its chủ quản's. */
    public Optional<String> area() {
        if (territory != null) {
            return Optional.of(territory);
        }
        for (List<String> lines : List.of(nameLines, parentLines)) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                Optional<String> area = VietnameseNames.areaIn(lines.get(i));
                if (area.isPresent()) {
                    return area;
                }
            }
        }
        return Optional.empty();
    }

    /** The body's name as its own text writes it: "Ủy ban nhân dân xã Cẩm Ngọc", "Sở Y tế"; ten_day_du when written. */
    public String fullNameInText() {
        return fullName != null ? fullName : VietnameseNames.bodyNameOf(nameLines);
    }

    /** Whether the name in running text is the clerk's own or cased by a rule that knows its shape. */
    public boolean nameIsSure() {
        return fullName != null || VietnameseNames.agencyNameOf(nameLines).isPresent();
    }

    /**
     * The body's name as another body's text cites it, with its area when the name lacks one: "Sở
     * Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Hải Dương".
     */
    public String citedName() {
        String name = fullNameInText();
        Optional<String> area = area();
        if (area.isEmpty() || VietnameseNames.lower(name).contains(VietnameseNames.lower(area.get()))) {
            return name;
        }
        return name + " " + area.get();
    }
}
