package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.vanban.io.AtomicOutput;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * The new YAML of a command that makes it from files it never changes (next-year, derive,
 * companion): what such a command refuses before it starts, its report, --dry-run, --force and its
 * closing line, the same for every such command. A picocli mixin: the command gets -o, -f and
 * --dry-run with it, and it writes to the command's own streams.
 */
final class YamlOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    OutputOptions output;

    @Mixin
    DryRunOption dryRun;

    /** -o, or where the command writes without it. */
    Path target(Path otherwise) {
        return output.orElse(otherwise);
    }

    /**
     * @throws InvalidInputException when the target is an input, or exists and may not be replaced
     *     (a dry run writes nothing, so only the first counts)
     */
    void checkTarget(Path target, List<Path> inputs) throws InvalidInputException {
        List<Problem> refusals = dryRun.dryRun ? OutputOptions.clashes(inputs, List.of(target))
                : output.refusals(inputs, List.of(target));
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
        }
    }

    /**
     * Prints the report and the warnings on the new file, then writes it (unless --dry-run) and
     * says where.
     */
    int publish(Path target, String report, List<Problem> warnings, String text) {
        PrintWriter out = command.commandLine().getOut();
        out.print(report);
        PrintWriter err = command.commandLine().getErr();
        Console.report(err, warnings);
        out.println();
        try {
            if (dryRun.dryRun) {
                out.println("Chạy thử (--dry-run): không ghi tệp nào; tệp sẽ ghi là " + target);
                return ExitCode.OK;
            }
            AtomicOutput.write(target, text.getBytes(StandardCharsets.UTF_8), output.force);
            out.println("Đã ghi " + target);
            return ExitCode.OK;
        } catch (IOException e) {
            // The file appeared meanwhile, or the disk or folder refused it.
            Console.report(err, List.of(OutputFiles.failure(target, e)));
            return ExitCode.BAD_INPUT;
        } finally {
            out.flush();
        }
    }

    /** Input the clerk must correct: nothing written. */
    int refuse(InvalidInputException e) {
        Console.report(command.commandLine().getErr(), e.problems());
        return ExitCode.BAD_INPUT;
    }

    /**
     * Valid inputs that gave an invalid document: the fault is vanban's, so nothing is written and
     * the clerk is asked to send the inputs to its developers.
     */
    int vanbanFault(Path target, String document, String inputs, List<Problem> problems) {
        PrintWriter err = command.commandLine().getErr();
        Console.report(err, problems);
        err.println(target + ": " + document + " không hợp lệ nên không ghi tệp nào; đây là lỗi của vanban, xin báo"
                + " cho người phát triển kèm " + inputs);
        err.flush();
        return ExitCode.INTERNAL;
    }
}
