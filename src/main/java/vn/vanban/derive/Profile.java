package vn.vanban.derive;

import java.util.List;
import java.util.Optional;
import vn.vanban.model.Issuer;
import vn.vanban.model.VietnameseNames;
import vn.vanban.yaml.YamlTree;

/**
 * An organisation that writes plans of its own from its superiors' plans: its issuing body, tier,
 * usual signer, recipients and archive line, and its units. Read by {@link ProfileLoader} from a
 * YAML file checked against schema/co-quan.schema.json; the co_quan, nguoi_ky, noi_nhan, luu and
 * trinh_bay values are copied into a derived plan as they are written in {@link #tree}.
 *
 * @param shortName the body in a sentence, short: "UBND xã Cẩm Ngọc"
 * @param unitsTogether how its units are called together ("bộ phận, đơn vị"), or null for the table's default
 * @param levelBelow the tier below it in a sentence ("các thôn"), or null for the table's default
 */
public record Profile(
        String source,
        YamlTree tree,
        Issuer issuer,
        Level level,
        GovernmentSystem system,
        String shortName,
        String unitsTogether,
        String levelBelow,
        List<Unit> units,
        List<Mapping> mappings) {

    /** One unit of the body and the codes of the table rows whose work it takes on. */
    public record Unit(String name, List<String> codes, int line) {
        public Unit {
            codes = List.copyOf(codes);
        }
    }

    /** The profile's own mapping: a unit of the higher plan to one of this body, or to none (null). */
    public record Mapping(String from, String to, int line) {
    }

    public Profile {
        units = List.copyOf(units);
        mappings = List.copyOf(mappings);
    }

    /** "xã Cẩm Ngọc". */
    public String territory() {
        return issuer.territoryInText();
    }

    /** "xã", "phường", "đặc khu", "huyện" ...: the word the rules write for this body's tier. */
    public String unitType() {
        return VietnameseNames.unitTypeOf(territory());
    }

    /** The unit that takes on the work of a table row, if the profile names one. */
    public Optional<Unit> unitFor(String code) {
        return units.stream().filter(u -> u.codes().contains(code)).findFirst();
    }

    public boolean hasLayout() {
        return tree.root().has("trinh_bay");
    }
}
