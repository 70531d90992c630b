package vn.vanban.serve;

import java.util.List;
import vn.vanban.problem.Problem;

/** The shapes of the desk's JSON answers, as the page reads them. */
final class Replies {

    private Replies() {
    }

    /** A problem of a plan or profile at a line and column (0 for the file as a whole). */
    record ProblemReply(int line, int column, boolean error, String message, String text) {
        static ProblemReply of(Problem problem) {
            return new ProblemReply(problem.line(), problem.column(), problem.isError(), problem.message(), problem.format());
        }
    }

    /** What is wrong with the input; nothing was made. */
    record Problems(List<ProblemReply> problems) {
        static Problems of(List<Problem> problems) {
            return new Problems(problems.stream().map(ProblemReply::of).toList());
        }
    }

    /** A refusal or failure, told in one message. */
    record Failure(String error) {
    }

    /** A new plan text for the editor, the name to save it under and what the clerk should review. */
    record NewPlan(String name, String text, String report, List<ProblemReply> problems) {
    }
}
