package vn.vanban.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.model.Issuer;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.BundledSchema;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

/**
 * Reads an organisation profile the way plans are read: YAML with positions, then
 * schema/co-quan.schema.json, then the plan's own rules for the parts a plan shares (signer,
 * recipients, archive line), then what only a profile must satisfy. Every problem is reported at
 * once as file:line:col in Vietnamese.
 */
public final class ProfileLoader {

    /** A profile and the remarks that do not stop it being used. */
    public record Loaded(Profile profile, List<Problem> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private ProfileLoader() {
    }

    public static Loaded load(Path file) throws InvalidInputException {
        return load(YamlTree.read(file));
    }

    public static Loaded load(String source, String text) throws InvalidInputException {
        return load(YamlTree.parse(source, text));
    }

    public static Loaded load(YamlTree tree) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>(BundledSchema.PROFILE.validate(tree));
        for (Problem p : PlanLoader.rules(tree)) {
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        if (problems.stream().noneMatch(Problem::isError)) {
            problems.addAll(profileRules(tree));
        }
        problems.sort(Problem.BY_POSITION);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Loaded(read(tree), problems);
    }

    /** What the schema cannot say: the body's area fits its tier; the tier exists; each code is taken once. */
    private static List<Problem> profileRules(YamlTree tree) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = tree.root();
        Level level = Level.ofCode(root.path("cap").asText()).orElseThrow();
        GovernmentSystem system = system(root);
        if (!system.levels().contains(level)) {
            problems.add(tree.errorAt("/cap", "cap: chính quyền hai cấp (từ 1/7/2025) không có cấp huyện;"
                    + " hồ sơ của một huyện trước 1/7/2025 cần 'chinh_quyen: ba_cap'"));
        }
        Issuer issuer = PlanLoader.issuer(root.get("co_quan"));
        String unitType = VietnameseNames.unitTypeOf(issuer.territoryInText());
        if (unitType == null) {
            problems.add(tree.errorAt("/co_quan", "co_quan: không nhận ra địa bàn của cơ quan ('" + issuer.territoryInText()
                    + "'); dòng tên cuối, hoặc 'dia_ban', cần bắt đầu bằng xã, phường, thị trấn, đặc khu, huyện, quận,"
                    + " thị xã, thành phố hoặc tỉnh, ví dụ dia_ban: xã Cẩm Ngọc"));
        } else {
            UnitTable table = UnitTable.of(system);
            String properName = issuer.territoryInText().substring(unitType.length()).strip();
            Level fromArea = Level.ofUnitType(unitType, table.cityIsProvince(properName)).orElseThrow();
            boolean cityEitherWay = unitType.equals("thành phố") && level != Level.XA;
            if (fromArea != level && !cityEitherWay) {
                problems.add(tree.errorAt("/cap", "cap: '" + level.code() + "' (cấp " + level.word() + ") không khớp địa bàn '"
                        + issuer.territoryInText() + "' của co_quan (cấp " + fromArea.word() + ")"));
            }
        }
        Map<String, String> claimed = new HashMap<>();
        JsonNode units = root.path("don_vi");
        for (int i = 0; i < units.size(); i++) {
            String name = units.get(i).path("ten").asText();
            List<String> codes = codes(units.get(i).path("ma"));
            for (int k = 0; k < codes.size(); k++) {
                String earlier = claimed.putIfAbsent(codes.get(k), name);
                if (earlier != null) {
                    String pointer = "/don_vi/" + i + "/ma" + (units.get(i).path("ma").isArray() ? "/" + k : "");
                    problems.add(tree.errorAt(pointer, "don_vi[" + (i + 1) + "].ma: mã '" + codes.get(k)
                            + "' đã dùng cho đơn vị '" + earlier + "'; mỗi mã chỉ thuộc một đơn vị"));
                }
            }
        }
        return problems;
    }

    private static Profile read(YamlTree tree) {
        JsonNode root = tree.root();
        Issuer issuer = PlanLoader.issuer(root.get("co_quan"));
        String shortName = root.hasNonNull("ten_ngan") ? root.get("ten_ngan").asText()
                : issuer.abbreviation() + " " + issuer.territoryInText();
        List<Profile.Unit> units = new ArrayList<>();
        JsonNode unitNodes = root.path("don_vi");
        for (int i = 0; i < unitNodes.size(); i++) {
            units.add(new Profile.Unit(unitNodes.get(i).path("ten").asText(), codes(unitNodes.get(i).path("ma")),
                    line(tree, "/don_vi/" + i)));
        }
        List<Profile.Mapping> mappings = new ArrayList<>();
        JsonNode mappingNodes = root.path("anh_xa");
        for (int i = 0; i < mappingNodes.size(); i++) {
            JsonNode to = mappingNodes.get(i).path("sang");
            mappings.add(new Profile.Mapping(mappingNodes.get(i).path("tu").asText(), to.isNull() ? null : to.asText(),
                    line(tree, "/anh_xa/" + i)));
        }
        return new Profile(tree.source(), tree, issuer, Level.ofCode(root.path("cap").asText()).orElseThrow(),
                system(root), shortName, text(root, "don_vi_chung"), text(root, "cap_duoi"), units, mappings);
    }

    private static GovernmentSystem system(JsonNode root) {
        return root.hasNonNull("chinh_quyen") ? GovernmentSystem.ofCode(root.get("chinh_quyen").asText()).orElseThrow()
                : GovernmentSystem.HAI_CAP;
    }

    private static List<String> codes(JsonNode node) {
        List<String> codes = new ArrayList<>();
        if (node.isTextual()) {
            codes.add(node.asText());
        } else {
            node.forEach(code -> codes.add(code.asText()));
        }
        return codes;
    }

    private static String text(JsonNode root, String key) {
        return root.hasNonNull(key) ? root.get(key).asText() : null;
    }

    private static int line(YamlTree tree, String pointer) {
        return tree.valueMark(pointer) == null ? 0 : tree.valueMark(pointer).getLine() + 1;
    }
}
