package vn.vanban.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoping rules shipped with vanban (pham-vi.yaml beside this class): phrases of a higher
 * body's plan and what a lower body writes instead, the tiers' units named together, and the
 * words that still point upwards afterwards. Templates; {@link #phrases} fills them in for one
 * parent and one profile.
 */
final class ScopingRules {

    /** One rule as written in the data file. */
    record Template(String from, String to, Set<Level> whenParent) {
    }

    private static ScopingRules shipped;

    private static final String PARENT_TIER = "{cap_tren}";
    private static final String CHILD_TIER = "{cap}";

    private final List<Template> templates;
    private final Map<Level, List<String>> upwardWords;
    private final Collectives collectives;

    private ScopingRules(List<Template> templates, Map<Level, List<String>> upwardWords, Collectives collectives) {
        this.templates = List.copyOf(templates);
        this.upwardWords = Map.copyOf(upwardWords);
        this.collectives = collectives;
    }

    static synchronized ScopingRules shipped() {
        if (shipped == null) {
            JsonNode root = UnitTable.Resources.yaml("pham-vi.yaml");
            List<Template> templates = new ArrayList<>();
            for (JsonNode rule : root.path("quy_tac")) {
                Set<Level> when = EnumSet.allOf(Level.class);
                if (rule.has("khi_cap_tren")) {
                    when = EnumSet.noneOf(Level.class);
                    for (JsonNode level : rule.get("khi_cap_tren")) {
                        when.add(Level.ofCode(level.asText()).orElseThrow());
                    }
                }
                templates.add(new Template(rule.path("tu").asText(), rule.path("sang").asText(), when));
            }
            Map<Level, List<String>> words = new java.util.EnumMap<>(Level.class);
            root.path("con_nhac_cap_tren").fields().forEachRemaining(e -> {
                List<String> list = new ArrayList<>();
                e.getValue().forEach(w -> list.add(w.asText()));
                words.put(Level.ofCode(e.getKey()).orElseThrow(), List.copyOf(list));
            });
            JsonNode together = root.path("goi_chung");
            Map<Level, List<String>> unitWords = new java.util.EnumMap<>(Level.class);
            together.path("loai_don_vi").fields().forEachRemaining(e -> unitWords.put(Level.ofCode(e.getKey()).orElseThrow(), texts(e.getValue())));
            shipped = new ScopingRules(templates, words,
                    new Collectives(unitWords, texts(together.path("co_quan")), texts(together.path("dung_truoc"))));
        }
        return shipped;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(w -> texts.add(w.asText()));
        return List.copyOf(texts);
    }

    Collectives collectives() {
        return collectives;
    }

    /**
     * The rules that apply to a parent of this tier, filled in with the variables: the data's rules,
     * their forms with the parent's name or tier after them, and the tiers below the parent named
     * together.
     */
    List<Scoper.Rule> phrases(Level parent, Map<String, String> variables) {
        List<Scoper.Rule> rules = new ArrayList<>();
        for (Template template : templates) {
            if (template.whenParent().contains(parent)) {
                for (Template form : withAreaAfter(template)) {
                    rules.add(new Scoper.Rule(Templates.fill(form.from(), variables), Templates.fill(form.to(), variables)));
                }
            }
        }
        for (Level level : Level.values()) {
            if (parent.above(level)) {
                for (String bodies : collectives.bodies(level)) {
                    rules.add(new Scoper.Rule(bodies, variables.get("cap_duoi")));
                }
                for (String places : collectives.places(level)) {
                    rules.add(new Scoper.Rule(places, variables.get("cap_duoi_dia_ban"), true));
                }
            }
        }
        return rules;
    }

    /**
     * A rule and the forms of it that a parent's name or tier word follows, so that no rule stops
     * short of them and leaves a hybrid ("trên địa bàn xã Hải Dương"): "trên địa bàn tỉnh Hải
     * Dương" is the child's whole area, "các sở, ngành tỉnh" the child's units.
     */
    private static List<Template> withAreaAfter(Template template) {
        List<Template> forms = new ArrayList<>();
        forms.add(template);
        if (template.from().endsWith(PARENT_TIER) && template.to().endsWith(CHILD_TIER)) {
            forms.add(new Template(template.from() + " {ten_tren}",
                    template.to().substring(0, template.to().length() - CHILD_TIER.length()) + "{dia_ban}", template.whenParent()));
        } else if (!template.from().contains("{")) {
            forms.add(new Template(template.from() + " {dia_ban_tren}", template.to(), template.whenParent()));
            forms.add(new Template(template.from() + " " + PARENT_TIER, template.to(), template.whenParent()));
        }
        return forms;
    }

    /** Words of the tiers above the child, that a reviewer should see if they are still in the text. */
    List<String> upwardWords(List<Level> above) {
        List<String> words = new ArrayList<>();
        for (Level level : above) {
            words.addAll(upwardWords.getOrDefault(level, List.of()));
        }
        return words;
    }
}
