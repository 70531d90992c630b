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
     * @throws InvalidInputException when the target is an input, or exists and may not be replaced
     *     (a dry run writes nothing, so only the first counts)
     */
    static void checkTarget(OutputOptions output, Path target, List<Path> inputs, boolean dryRun)
            throws InvalidInputException {
        List<Problem> refusals = dryRun ? OutputOptions.clashes(inputs, List.of(target))
                : output.refusals(inputs, List.of(target));
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
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
