package vn.vanban.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a clerk feels: single commands through the launcher, each a fresh process timed from start
 * to exit, beside `java -version` in the same run; and `vanban check` over a folder of rendered
 * documents, as documents per second. Rows are interleaved round by round, like the batch rows.
 */
final class Commands {

    private final Path repo;
    private final Path work;
    private final int repeat;

    Commands(Path repo, Path work, int repeat) {
        this.repo = repo;
        this.work = work;
        this.repeat = repeat;
    }

    record Row(String name, List<String> command, Map<String, String> environment) {
    }

    /** Single commands: the launcher as shipped, the launcher without its archive, and plain java -jar. */
    String single(Path plan) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve("single"));
        Path docx = dir.resolve("van-ban.docx");
        Path yaml = dir.resolve("nhap.yaml");
        String launcher = repo.resolve("vanban").toString();
        String jar = repo.resolve("target/vanban.jar").toString();
        // The first launcher run builds the archive if the jar is newer; that is not what is measured.
        exec(List.of(launcher, "render", plan.toString(), "-o", docx.toString(), "-f"), Map.of(), true);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("java -version", List.of("java", "-version"), Map.of()));
        for (String[] variant : new String[][] {{"vanban", "1"}, {"vanban, VANBAN_CDS=0", "0"}}) {
            Map<String, String> env = Map.of("VANBAN_CDS", variant[1]);
            rows.add(new Row(variant[0] + " render", List.of(launcher, "render", plan.toString(), "-o", docx.toString(), "-f"), env));
            rows.add(new Row(variant[0] + " check", List.of(launcher, "check", docx.toString()), env));
            rows.add(new Row(variant[0] + " import", List.of(launcher, "import", docx.toString(), "-o", yaml.toString(), "-f"), env));
        }
        for (String command : List.of("render", "check", "import")) {
            List<String> args = switch (command) {
                case "render" -> List.of(plan.toString(), "-o", docx.toString(), "-f");
                case "check" -> List.of(docx.toString());
                default -> List.of(docx.toString(), "-o", yaml.toString(), "-f");
            };
            List<String> line = new ArrayList<>(List.of("java", "-Djava.awt.headless=true", "-jar", jar, command));
            line.addAll(args);
            rows.add(new Row("java -jar vanban.jar " + command + " (before issue 14)", line, Map.of()));
        }
        int rounds = Math.max(2 * repeat, 5);
        List<List<Double>> seconds = new ArrayList<>();
        rows.forEach(r -> seconds.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < rows.size(); i++) {
                seconds.get(i).add(exec(rows.get(i).command(), rows.get(i).environment(), false));
            }
        }
        StringBuilder out = new StringBuilder("\n| single command (" + Path.of(plan.toString()).getFileName()
                + ", one document) | seconds, median (min–max) | × java -version |\n|---|---:|---:|\n");
        double base = median(seconds.get(0));
        for (int i = 0; i < rows.size(); i++) {
            List<Double> s = seconds.get(i).stream().sorted().toList();
            out.append(String.format(Locale.ROOT, "| %s | %.2f (%.2f–%.2f) | %.1f |%n", rows.get(i).name(), median(s), s.get(0),
                    s.get(s.size() - 1), median(s) / base));
        }
        out.append(rounds).append(" runs of each, interleaved; wall time from process start to exit.\n");
        return out.toString();
    }

    /** vanban check over a folder of documents rendered by vanban batch from the first units of the list. */
    String folder(Path plan, Path units, int documents, int jobs) throws IOException, InterruptedException {
        Path dir = work.resolve("folder");
        Path some = work.resolve("units-" + documents + ".csv");
        List<String> lines = Files.readAllLines(units);
        Files.write(some, lines.subList(0, Math.min(lines.size(), documents + 1)));
        deleteTree(dir);
        String launcher = repo.resolve("vanban").toString();
        exec(List.of(launcher, "batch", plan.toString(), "--units", some.toString(), "-o", dir.toString(), "--progress", "none"),
                Map.of(), true);
        long count;
        try (Stream<Path> files = Files.list(dir)) {
            count = files.filter(p -> p.toString().endsWith(".docx")).count();
        }
        List<Double> seconds = new ArrayList<>();
        for (int round = 0; round < repeat; round++) {
            seconds.add(exec(List.of(launcher, "check", dir.toString(), "-j", Integer.toString(jobs), "--progress", "none"),
                    Map.of(), false));
        }
        deleteTree(dir);
        List<Double> sorted = seconds.stream().sorted().toList();
        return String.format(Locale.ROOT, "%n| check over a folder | documents | seconds, median (min–max) | documents/s, median |%n"
                + "|---|---:|---:|---:|%n| vanban check DIR -j %d (launcher) | %d | %.1f (%.1f–%.1f) | %.0f |%n", jobs, count,
                median(sorted), sorted.get(0), sorted.get(sorted.size() - 1), count / median(sorted));
    }

    /** Runs a command to its end and returns its wall time in seconds; check's exit 1 (findings) counts as done. */
    private double exec(List<String> command, Map<String, String> environment, boolean quietFailure)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code > 1 && !quietFailure) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code);
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Removes a folder the benchmark made: only the .docx files vanban batch wrote live there. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".docx")) {
                    throw new IllegalStateException("unexpected file in benchmark output: " + p);
                }
                Files.delete(p);
            }
        }
    }
}
