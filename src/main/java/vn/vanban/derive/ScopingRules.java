package vn.vanban.derive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoping rules shipped with vanban (pham-vi.yaml beside this class): phrases of a higher
 * body's plan and what a lower body writes instead, and the words that still point upwards
 * afterwards. Templates; {@link #phrases} fills them in for one parent and one profile.
 */
final class ScopingRules {

    /** One rule as written in the data file. */
    record Template(String from, String to, Set<Level> whenParent) {
    }

    private static ScopingRules shipped;

    private final List<Template> templates;
    private final Map<Level, List<String>> upwardWords;

    private ScopingRules(List<Template> templates, Map<Level, List<String>> upwardWords) {
        this.templates = List.copyOf(templates);
        this.upwardWords = Map.copyOf(upwardWords);
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
            shipped = new ScopingRules(templates, words);
        }
        return shipped;
    }

    /** The rules that apply to a parent of this tier, filled in with the variables. */
    List<Scoper.Rule> phrases(Level parent, Map<String, String> variables) {
        List<Scoper.Rule> rules = new ArrayList<>();
        for (Template template : templates) {
            if (template.whenParent().contains(parent)) {
                rules.add(new Scoper.Rule(Templates.fill(template.from(), variables), Templates.fill(template.to(), variables)));
            }
        }
        return rules;
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
