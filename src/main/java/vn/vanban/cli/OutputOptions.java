package vn.vanban.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import vn.vanban.io.FileIdentity;
import vn.vanban.problem.Problem;

/**
 * -o and -f, the options of every command that writes files (a picocli mixin), and the one guard
 * every file a command writes passes before anything is written: an input is never an output, two
 * outputs of one run are never one file, and an existing file is replaced only with -f. The label
 * and the description of -o and -f come from each command's resource bundle.
 */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:output.label}", descriptionKey = "output")
    Path path;

    @Option(names = {"-f", "--force"}, descriptionKey = "force")
    boolean force;

    /** -o, or where the command writes without it. */
    Path orElse(Path otherwise) {
        return path != null ? path : otherwise;
    }

    /**
     * Everything that stops a run from writing these files, all found before anything is written:
     * an output that is an input or lies in an input folder (--templates), two outputs that are one
     * file, an output that is a folder, and an existing output without -f.
     *
     * @param inputs every file or folder the run reads; nulls (options not given) are skipped
     */
    List<Problem> refusals(List<Path> inputs, List<Path> outputs) {
        List<Problem> refusals = new ArrayList<>();
        for (Path output : outputs) {
            if (Files.isDirectory(output)) {
                refusals.add(Problem.ofFile(output.toString(), "là một thư mục; cần tên một tệp"));
            }
        }
        refusals.addAll(clashes(inputs, outputs));
        if (refusals.isEmpty() && !force) {
            refusals.addAll(OutputFiles.refusals(outputs));
        }
        return refusals;
    }

    /** The input≠output half of {@link #refusals}, for outputs that may exist (a folder, a dry run's file). */
    static List<Problem> clashes(List<Path> inputs, List<Path> outputs) {
        List<Path> read = inputs.stream().filter(Objects::nonNull).toList();
        List<Problem> clashes = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            Path output = outputs.get(i);
            String problem = clashWithInputs(read, output);
            for (int j = 0; j < i && problem == null; j++) {
                if (FileIdentity.same(outputs.get(j), output)) {
                    problem = "trùng tệp ra " + outputs.get(j) + caseNote(outputs.get(j), output)
                            + "; hai kết quả không ghi được vào một tệp, hãy chọn tên khác";
                }
            }
            if (problem != null) {
                clashes.add(Problem.ofFile(output.toString(), problem));
            }
        }
        return clashes;
    }

    /**
     * Files a command writes into a folder by names it makes (batch, preview): an input there
     * under one of those names would be replaced.
     */
    static List<Problem> clashesInFolder(List<Path> inputs, Path folder, Collection<String> names) {
        Set<String> folded = names.stream().map(FileIdentity::caseFolded).collect(Collectors.toSet());
        return clashesInFolder(inputs, folder, name -> folded.contains(FileIdentity.caseFolded(name)));
    }

    /** @param written whether the command may write a file of this name in the folder */
    static List<Problem> clashesInFolder(List<Path> inputs, Path folder, Predicate<String> written) {
        List<Problem> clashes = new ArrayList<>();
        for (Path input : inputs) {
            if (input == null || input.getFileName() == null) {
                continue;
            }
            Path parent = input.toAbsolutePath().getParent();
            if (parent != null && FileIdentity.same(parent, folder)
                    && written.test(input.getFileName().toString())) {
                clashes.add(Problem.ofFile(folder.resolve(input.getFileName()).toString(),
                        "tệp ra trùng tệp vào " + input + "; vanban không ghi đè tệp nó đọc, hãy chọn thư mục khác"));
            }
        }
        return clashes;
    }

    private static String clashWithInputs(List<Path> inputs, Path output) {
        for (Path input : inputs) {
            if (FileIdentity.same(input, output)) {
                return "tệp ra trùng tệp vào " + input + caseNote(input, output)
                        + "; vanban không ghi đè tệp nó đọc, hãy chọn tên khác";
            }
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input) && FileIdentity.inside(output, input)) {
                return "nằm trong thư mục vào " + input + " (vanban đọc các tệp trong đó); hãy ghi ra chỗ khác";
            }
        }
        return null;
    }

    /** Names that differ only in case name one file on Windows and macOS; say so, or the refusal looks wrong. */
    private static String caseNote(Path first, Path second) {
        String a = first.getFileName() == null ? "" : first.getFileName().toString();
        String b = second.getFileName() == null ? "" : second.getFileName().toString();
        return !a.equals(b) && a.equalsIgnoreCase(b) ? " (tên tệp không phân biệt chữ hoa, chữ thường)" : "";
    }
}
