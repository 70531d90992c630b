package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.problem.Problem;

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

    /**
     * Whether stderr is a terminal, so that a progress bar can redraw in place. Java cannot ask
     * this of stderr itself; Linux tells through /proc, elsewhere a console on stdin and stdout
     * is the best guess.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    static void warn(PrintWriter err, String source, List<String> warnings) {
        for (String warning : warnings) {
            err.println(source + ": cảnh báo: " + warning);
        }
        err.flush();
    }
}
