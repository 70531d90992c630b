package vn.vanban.cli;

import java.io.PrintWriter;
import java.util.List;
import vn.vanban.yaml.Problem;

/** How commands tell a clerk about problems: one "file:line:col: message" line each, on stderr. */
final class Console {

    private Console() {
    }

    static void report(PrintWriter err, List<Problem> problems) {
        for (Problem problem : problems) {
            err.println(problem.format());
        }
        err.flush();
    }

    static void warn(PrintWriter err, String source, List<String> warnings) {
        for (String warning : warnings) {
            err.println(source + ": cảnh báo: " + warning);
        }
        err.flush();
    }
}
