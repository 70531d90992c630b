package vn.vanban.units;

import java.text.Normalizer;
import java.util.Objects;
import vn.vanban.model.VietnameseNames;

/**
 * One unit of an official list: a province, a district (lists before 1 July 2025) or a
 * commune-level unit (xã, phường, đặc khu; thị trấn before the reform).
 *
 * @param code the GSO code: 2 digits for a province, 3 for a district, 5 for a commune
 * @param type the unit word in lower case, as written before the name: "phường", "thành phố"
 * @param name the proper name without the unit word: "Ba Đình"
 * @param parentCode the code of the unit it belongs to; empty for a province
 */
public record AdministrativeUnit(String code, String type, String name, String parentCode) {

    public AdministrativeUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentCode, "parentCode");
    }

    public boolean isProvince() {
        return parentCode.isEmpty();
    }

    public boolean isCommune() {
        return UnitList.COMMUNE_TYPES.contains(type);
    }

    /** As written in a sentence: "phường Ba Đình", "tỉnh Cao Bằng"; "Phường 9" (see {@link #inText(String, String)}). */
    public String inText() {
        return inText(type, name);
    }

    /** The place name before the date: "Ba Đình"; "Phường 9" (see {@link #placeName(String, String)}). */
    public String placeName() {
        return placeName(type, name);
    }

    /** Whether the name is built from a number, as {@link VietnameseNames#namedWithNumber} says. */
    public static boolean namedWithNumber(String name) {
        return VietnameseNames.namedWithNumber(name);
    }

    /** "phường Ba Đình"; "Phường 9", "Phường 2 Bảo Lộc" for a name built from a number. */
    public static String inText(String type, String name) {
        return VietnameseNames.territory(type, name);
    }

    /** "Ba Đình"; the full name "Phường 9" for a name built from a number. */
    public static String placeName(String type, String name) {
        return VietnameseNames.placeName(type, name);
    }

    /** As a title: "Phường Ba Đình", "Thành phố Hà Nội". */
    public String fullName() {
        return VietnameseNames.upperFirst(inText());
    }

    /** As printed in capitals in a header: "PHƯỜNG BA ĐÌNH". */
    public String headerLine() {
        return Normalizer.normalize(VietnameseNames.upper(inText()), Normalizer.Form.NFC);
    }
}
