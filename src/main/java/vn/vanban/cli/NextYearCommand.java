package vn.vanban.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.nextyear.NextYear;
import vn.vanban.nextyear.NextYearName;
import vn.vanban.nextyear.NextYearReport;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

@Command(
        name = "next-year",
        resourceBundle = "vn.vanban.cli.messages.next-year")
final class NextYearCommand implements Callable<Integer> {

    /** The range the schema allows for "nam". */
    static final int MIN_YEAR = 1945;
    static final int MAX_YEAR = 2200;

    @Parameters(index = "0", paramLabel = "PLAN.yaml", description = "Kế hoạch YAML của năm trước (không bị sửa).")
    Path plan;

    @Option(names = "--nam", paramLabel = "NĂM", description = "Năm của kế hoạch mới (mặc định: năm sau năm của kế hoạch).")
    String year;

    @CommandLine.Mixin
    YamlOutput yaml;

    /** The rollover itself; a test puts a faulty one here to see that an invalid result is not written. */
    Roller roller = NextYear::roll;

    interface Roller {
        NextYear.Rollover roll(YamlTree tree, int toYear) throws InvalidInputException;
    }

    @Override
    public Integer call() {
        try {
            Integer requested = year == null ? null : parseYear(year);
            YamlTree tree = YamlTree.read(plan);
            int fromYear = PlanLoader.load(tree).plan().year();
            int toYear = requested != null ? requested : fromYear + 1;
            checkYears(fromYear, toYear);
            Path target = yaml.target(defaultOutput(plan, fromYear, toYear));
            yaml.checkTarget(target, List.of(plan));
            NextYear.Rollover rollover = roller.roll(tree, toYear);
            List<Problem> warnings;
            try {
                warnings = PlanLoader.load(target.toString(), rollover.text()).warnings();
            } catch (InvalidInputException e) {
                // The input was a valid plan; a new year and two nulls must not make it invalid.
                return yaml.vanbanFault(target, "kế hoạch năm " + toYear, "tệp " + plan, e.problems());
            }
            String text = (startsWithByteOrderMark(plan) ? "\uFEFF" : "") + rollover.text();
            return yaml.publish(target, NextYearReport.format(rollover, plan.toString()), warnings, text);
        } catch (InvalidInputException e) {
            return yaml.refuse(e);
        }
    }

    private static int parseYear(String text) throws InvalidInputException {
        if (!text.strip().matches("[0-9]{4}")) {
            throw new InvalidInputException(Problem.ofFile("--nam",
                    "'" + text + "' không phải là một năm; cần năm viết bằng bốn chữ số, ví dụ --nam 2024"));
        }
        return Integer.parseInt(text.strip());
    }

    private static void checkYears(int fromYear, int toYear) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        if (toYear < MIN_YEAR || toYear > MAX_YEAR) {
            problems.add(Problem.ofFile("--nam", "năm " + toYear + " nằm ngoài khoảng cho phép " + MIN_YEAR + "–" + MAX_YEAR));
        } else if (toYear <= fromYear) {
            problems.add(Problem.ofFile("--nam", "năm mới (" + toYear + ") phải sau năm của kế hoạch (" + fromYear + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The next year's plan beside the old one, named as {@link NextYearName} says. */
    static Path defaultOutput(Path plan, int fromYear, int toYear) {
        return plan.resolveSibling(NextYearName.of(plan.getFileName().toString(), fromYear, toYear));
    }

    private static boolean startsWithByteOrderMark(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        } catch (IOException e) {
            return false;
        }
    }
}
