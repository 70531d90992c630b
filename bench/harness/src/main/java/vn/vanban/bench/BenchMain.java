package vn.vanban.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;

/**
 * The benchmark of vanban batch over all 3,321 communes of the 2025 list: vanban itself, the
 * floor (the same bytes written the same way, no template work) and a peer engine (poi-tl),
 * each run in a fresh JVM, repeated, rounds interleaved so that a busy moment of the machine
 * does not fall on one row only. Prints the machine and a Markdown table. Run it with bench/run.
 */
public final class BenchMain {

    private static final List<String> DEFAULT_SCENARIOS = List.of("vanban", "floor", "poi-tl", "vanban-x3", "single",
            "check-folder");
    /** Scenarios that are whole commands through the launcher, run after the batch rounds. */
    private static final List<String> COMMAND_SCENARIOS = List.of("single", "check-folder");

    /**
     * The JVM flags the launchers (vanban, vanban.cmd) give a batch, so that the batch is measured
     * as a clerk runs it, and the floor beside it the same way: only the template work differs.
     * LauncherFlagsTest holds the three together.
     */
    static final List<String> LAUNCHER_BATCH_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn32m");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int repeat = Integer.parseInt(options.getOrDefault("repeat", "3"));
        int jobs = Integer.parseInt(options.getOrDefault("jobs", Integer.toString(Runtime.getRuntime().availableProcessors())));
        String heap = options.getOrDefault("heap", "512m");
        Path repo = Path.of(options.getOrDefault("repo", "."));
        Path work = Path.of(options.getOrDefault("work", "bench/harness/target/work"));
        List<String> plans = List.of(options.getOrDefault("plans", "hai-duong-2023-phong-chong-mai-dam,cam-ngoc-2023-phong-chong-mai-dam").split(","));
        List<String> chosen = options.containsKey("scenarios") ? List.of(options.get("scenarios").split(",")) : DEFAULT_SCENARIOS;
        List<String> scenarios = chosen.stream().filter(s -> !COMMAND_SCENARIOS.contains(s)).toList();
        String extraJvm = options.getOrDefault("jvm", "");

        Files.createDirectories(work);
        Path units = work.resolve("units-2025.csv");
        Path unitsThrice = work.resolve("units-2025-x3.csv");
        int communes = writeUnits(units, unitsThrice);

        System.out.println(machine(jobs, heap, repeat));
        System.out.flush();
        Map<String, List<Map<String, String>>> results = new LinkedHashMap<>();
        for (int round = 1; round <= repeat; round++) {
            for (String plan : plans) {
                for (String scenario : scenarios) {
                    boolean thrice = scenario.equals("vanban-x3");
                    Path out = work.resolve("out");
                    deleteOurOutput(out);
                    Map<String, String> result = child(thrice ? "vanban" : scenario, repo.resolve("examples/" + plan + ".yaml"),
                            thrice ? unitsThrice : units, out, jobs, heap, extraJvm);
                    deleteOurOutput(out);
                    results.computeIfAbsent(plan + "\t" + scenario, k -> new ArrayList<>()).add(result);
                    System.err.printf(Locale.ROOT, "round %d %-36s %-10s %6s docs %8.3f s %8.0f docs/s rss %s MB%n", round, plan,
                            scenario, result.get("documents"), pipelineSeconds(result), rate(result),
                            Long.parseLong(result.get("rss_kb")) / 1024);
                }
            }
        }
        if (!scenarios.isEmpty()) {
            System.out.println(table(results, communes));
        }
        Commands commands = new Commands(repo, work, repeat);
        Path firstPlan = repo.resolve("examples/" + plans.get(0) + ".yaml");
        if (chosen.contains("single")) {
            System.out.println(commands.single(firstPlan));
            System.out.println("load average after the single commands: " + loadAverage());
        }
        if (chosen.contains("check-folder")) {
            System.out.println(commands.folder(firstPlan, units, 1000, jobs));
        }
        System.out.println("load average after: " + loadAverage());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: bench/run [--repeat N] [--jobs N] [--heap 512m] "
                        + "[--plans a,b] [--scenarios vanban,floor,poi-tl,vanban-x3,single,check-folder] [--jvm '-XX:...']");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** Every commune of the 2025 list; and the same three times over under other codes, to show memory stays flat. */
    private static int writeUnits(Path units, Path thrice) throws IOException {
        UnitList list = UnitList.current();
        StringBuilder once = new StringBuilder("ma\n");
        StringBuilder three = new StringBuilder("ma,loai,ten\n");
        int count = 0;
        for (AdministrativeUnit province : list.provinces()) {
            for (AdministrativeUnit commune : list.communes(province)) {
                once.append(commune.code()).append('\n');
                for (String suffix : List.of("a", "b", "c")) {
                    three.append(commune.code()).append(suffix).append(',').append(commune.type()).append(",\"")
                            .append(commune.name()).append("\"\n");
                }
                count++;
            }
        }
        Files.writeString(units, once, StandardCharsets.UTF_8);
        Files.writeString(thrice, three, StandardCharsets.UTF_8);
        return count;
    }

    private static Map<String, String> child(String scenario, Path plan, Path units, Path out, int jobs, String heap,
            String extraJvm) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
        if (scenario.equals("vanban") || scenario.equals("floor")) {
            command.addAll(LAUNCHER_BATCH_FLAGS);
        }
        if (!extraJvm.isBlank()) {
            command.addAll(List.of(extraJvm.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Scenario.class.getName(), scenario,
                plan.toString(), units.toString(), out.toString(), Integer.toString(jobs)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String resultLine = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    resultLine = line;
                }
            }
        }
        int code = process.waitFor();
        if (code != 0 || resultLine == null) {
            throw new IllegalStateException(scenario + " failed with exit code " + code);
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : resultLine.substring("RESULT ".length()).split(" ")) {
            String[] kv = pair.split("=", 2);
            result.put(kv[0], kv[1]);
        }
        return result;
    }

    /** Removes the benchmark's own output directory: only .docx files it wrote live there. */
    private static void deleteOurOutput(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().endsWith(".docx")) {
                    throw new IllegalStateException("unexpected file in benchmark output: " + file);
                }
                Files.delete(file);
            }
        }
        Files.delete(out);
    }

    /** Documents per second through the pipeline: for vanban, by the command's own clock (its summary). */
    private static double rate(Map<String, String> result) {
        return Long.parseLong(result.get("documents")) / pipelineSeconds(result);
    }

    private static double pipelineSeconds(Map<String, String> result) {
        String note = result.get("note");
        return note.startsWith("pipeline-seconds=") ? Double.parseDouble(note.substring("pipeline-seconds=".length()))
                : Double.parseDouble(result.get("seconds"));
    }

    private static String table(Map<String, List<Map<String, String>>> results, int communes) {
        StringBuilder out = new StringBuilder();
        out.append("\n| plan | engine | documents | documents/s, median (min–max) | seconds, median | whole command: seconds, documents/s | peak RSS MB, median (max) | peak heap MB, median | average .docx KB | note |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map<String, String>>> row : results.entrySet()) {
            String[] key = row.getKey().split("\t");
            List<Map<String, String>> runs = row.getValue();
            List<Double> rates = runs.stream().map(BenchMain::rate).sorted().toList();
            List<Double> seconds = runs.stream().map(BenchMain::pipelineSeconds).sorted().toList();
            List<Double> whole = runs.stream().map(r -> Double.parseDouble(r.get("seconds"))).sorted().toList();
            List<Long> rss = runs.stream().map(r -> Long.parseLong(r.get("rss_kb")) / 1024).sorted().toList();
            List<Long> heap = runs.stream().map(r -> Long.parseLong(r.get("heap_kb")) / 1024).sorted().toList();
            double medianRate = median(rates);
            medians.put(row.getKey(), medianRate);
            boolean command = runs.get(0).get("note").startsWith("pipeline-seconds=");
            String wholeCommand = command ? String.format(Locale.ROOT, "%.2f s, %.0f/s", median(whole),
                    Long.parseLong(runs.get(0).get("documents")) / median(whole)) : "–";
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f (%.0f–%.0f) | %.2f | %s | %d (%d) | %d | %.1f | %s |%n",
                    shortName(key[0]), engine(key[1]), runs.get(0).get("documents"), medianRate, rates.get(0),
                    rates.get(rates.size() - 1), median(seconds), wholeCommand, rss.get(rss.size() / 2),
                    rss.get(rss.size() - 1), heap.get(heap.size() / 2), Long.parseLong(runs.get(0).get("avg_bytes")) / 1024.0,
                    command ? "-" : runs.get(0).get("note")));
        }
        out.append('\n');
        for (String key : medians.keySet()) {
            String[] parts = key.split("\t");
            if (parts[1].equals("vanban")) {
                Double floor = medians.get(parts[0] + "\tfloor");
                Double peer = medians.get(parts[0] + "\tpoi-tl");
                out.append(String.format(Locale.ROOT, "%s: vanban at %s of the floor; %s the peer's rate%n", shortName(parts[0]),
                        floor == null ? "?" : String.format(Locale.ROOT, "%.0f%%", 100 * medians.get(key) / floor),
                        peer == null ? "?" : String.format(Locale.ROOT, "%.1f×", medians.get(key) / peer)));
            }
        }
        out.append("(").append(communes).append(" communes in the 2025 list; vanban-x3 renders each three times under other codes.)\n");
        return out.toString();
    }

    /** The two Kế hoạch by their places; any other example (the companions of Hải Dương's too) by its file name. */
    private static String shortName(String plan) {
        return switch (plan) {
            case "hai-duong-2023-phong-chong-mai-dam" -> "Hải Dương";
            case "cam-ngoc-2023-phong-chong-mai-dam" -> "Cẩm Ngọc";
            default -> plan;
        };
    }

    private static String engine(String scenario) {
        return switch (scenario) {
            case "vanban" -> "vanban batch";
            case "vanban-x3" -> "vanban batch, 3 × the units";
            case "floor" -> "floor: write precomputed bytes";
            case "poi-tl" -> "poi-tl 1.12.2";
            default -> scenario;
        };
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String machine(int jobs, String heap, int repeat) throws IOException {
        String cpu = "?";
        long memKb = 0;
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        }
        return String.format(Locale.ROOT, "machine: %d processors (nproc), %s, %.1f GB RAM; Java %s (%s); "
                + "%d threads; -Xmx%s; %d rounds; load average before: %s", Runtime.getRuntime().availableProcessors(),
                cpu, memKb / 1024.0 / 1024.0, System.getProperty("java.version"), System.getProperty("java.vm.name"),
                jobs, heap, repeat, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

}
