package vn.vanban.cli;

import picocli.CommandLine.Option;
import vn.vanban.io.ProgressBar;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * -j and --progress, the options of every command that works through many files or units at once
 * (a picocli mixin): how many threads, and how the progress is told on stderr.
 */
final class ParallelOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Số luồng chạy song song (mặc định: số lõi CPU, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", paramLabel = "KIỂU",
            description = "Cách báo tiến độ trên stderr: auto (thanh tiến độ nếu là terminal, không thì từng dòng), bar, lines, none.")
    String progress = "auto";

    /** The progress as asked, or the problem with -j or --progress. */
    ProgressBar.Mode mode() throws InvalidInputException {
        if (jobs < 1) {
            throw new InvalidInputException(Problem.ofFile("--jobs", "cần một số nguyên từ 1 trở lên"));
        }
        return switch (progress) {
            case "auto" -> Console.stderrIsTerminal() ? ProgressBar.Mode.BAR : ProgressBar.Mode.LINES;
            case "bar" -> ProgressBar.Mode.BAR;
            case "lines" -> ProgressBar.Mode.LINES;
            case "none" -> ProgressBar.Mode.NONE;
            default -> throw new InvalidInputException(Problem.ofFile("--progress",
                    "'" + progress + "' không hợp lệ; cần auto, bar, lines hoặc none"));
        };
    }
}
