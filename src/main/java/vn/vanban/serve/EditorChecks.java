package vn.vanban.serve;

import java.util.List;
import vn.vanban.derive.ProfileLoader;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.YamlTree;

/**
 * The messages shown in the editor while the clerk types: the command line's loader on the
 * editor's text, errors and warnings with their line and column. No second validator: a document
 * of any kind goes to the loader every command reads it with (which picks the schema by loai),
 * an organisation profile to derive's profile loader.
 */
final class EditorChecks {

    private EditorChecks() {
    }

    static void lint(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        List<Problem> problems;
        try {
            YamlTree tree = YamlTree.parse(plan.name(), plan.text());
            problems = FileKind.isProfile(tree.root()) ? ProfileLoader.load(tree).warnings() : plan.load().warnings();
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        exchange.json(200, Replies.Problems.of(problems));
    }
}
