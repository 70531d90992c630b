package vn.vanban.serve;

import java.util.List;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * The messages shown in the editor while the clerk types: the command line's loader on the
 * editor's text, errors and warnings with their line and column. No second validator.
 */
final class EditorChecks {

    private EditorChecks() {
    }

    static void lint(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        List<Problem> problems;
        try {
            problems = plan.load().warnings();
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        exchange.json(200, Replies.Problems.of(problems));
    }
}
