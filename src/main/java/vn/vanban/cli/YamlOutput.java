package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.io.AtomicOutput;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * The new plan YAML of a command that makes it from files it never changes (next-year, derive):
 * what such a command refuses before it starts, and --dry-run, --force and its closing line, the
 * same for every such command.
 */
final class YamlOutput {

    private YamlOutput() {
    }

    /**
     * @param sameAsInput the message when the target is one of the inputs
     * @throws InvalidInputException when the target is an input, or exists and may not be replaced
     */
    static void checkTarget(Path target, List<Path> inputs, boolean dryRun, boolean force, String sameAsInput)
            throws InvalidInputException {
        for (Path input : inputs) {
            if (OutputFiles.sameFile(input, target)) {
                throw new InvalidInputException(Problem.ofFile(target.toString(), sameAsInput));
            }
        }
        if (!dryRun) {
            List<Problem> refusals = OutputFiles.refusals(List.of(target), force);
            if (!refusals.isEmpty()) {
                throw new InvalidInputException(refusals);
            }
        }
    }

    /** Writes the text (unless --dry-run) after the report already printed, and says where. */
    static int write(PrintWriter out, Path target, String text, boolean dryRun, boolean force) throws IOException {
        out.println();
        if (dryRun) {
            out.println("Chạy thử (--dry-run): không ghi tệp nào; tệp sẽ ghi là " + target);
            return ExitCode.OK;
        }
        AtomicOutput.write(target, text.getBytes(StandardCharsets.UTF_8), force);
        out.println("Đã ghi " + target);
        return ExitCode.OK;
    }

    /** A write that failed: the file appeared meanwhile, or the disk or folder refused it. */
    static int failed(PrintWriter err, Path target, IOException e) {
        Console.report(err, List.of(OutputFiles.failure(target, e)));
        return ExitCode.BAD_INPUT;
    }
}
