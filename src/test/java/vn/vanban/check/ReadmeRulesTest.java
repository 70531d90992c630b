package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule table is the rules themselves: every rule, as Rules says it, in order. */
class ReadmeRulesTest {

    @Test
    void readmeListsEveryRuleAsTheCodeDefinesIt() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> rows = readme.lines().filter(l -> l.startsWith("| `ND30-")).toList();
        List<Rule> rules = Rules.all();
        assertEquals(rules.size(), rows.size(), "one README row per rule");
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            assertEquals("| `" + r.id() + "` | " + r.severity().vietnamese() + " | " + r.source() + " | " + r.checks() + ": "
                    + r.expected() + " |", rows.get(i));
        }
    }

    @Test
    void idsAreStableUpperCaseNamesAndSourcesNameTheDecree() {
        Pattern id = Pattern.compile("ND30(-[A-Z0-9]+)+");
        for (Rule r : Rules.all()) {
            assertTrue(id.matcher(r.id()).matches(), r.id());
            assertTrue(r.source().startsWith("Phụ lục I, Phần I, mục ") || r.source().startsWith("Phụ lục III"), r.source());
            assertTrue(r.expected().contains("phải") || r.expected().contains("nên") || r.expected().startsWith("không được"),
                    () -> r.id() + " must say what the document should have: " + r.expected());
        }
    }
}
