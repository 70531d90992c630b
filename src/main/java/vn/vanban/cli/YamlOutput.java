package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.io.AtomicOutput;
import vn.vanban.yaml.InvalidInputException;
import vn.vanban.yaml.Problem;

/**
 * The new plan YAML of a command that makes it from files it never changes (next-year, derive, import):
 * what such a command refuses before it starts, and --dry-run, --force and its closing line, the
 * same for every such command.
 */
final class YamlOutput {

    static final String EXISTS = "tệp đã có; dùng --force để ghi đè";

    private YamlOutput() {
    }

    /**
     * @param sameAsInput the message when the target is one of the inputs
     * @throws InvalidInputException when the target is an input, or exists and may not be replaced
     */
    static void checkTarget(Path target, List<Path> inputs, boolean dryRun, boolean force, String sameAsInput)
            throws InvalidInputException {
        for (Path input : inputs) {
            if (sameFile(input, target)) {
                throw new InvalidInputException(Problem.ofFile(target.toString(), sameAsInput));
            }
        }
        if (!dryRun && !force && Files.exists(target)) {
            throw new InvalidInputException(Problem.ofFile(target.toString(), EXISTS));
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
        Problem problem = e instanceof FileAlreadyExistsException exists
                ? Problem.ofFile(exists.getFile(), EXISTS)
                : Problem.ofFile(String.valueOf(target), "không ghi được tệp: " + e.getMessage());
        Console.report(err, List.of(problem));
        return ExitCode.BAD_INPUT;
    }

    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
