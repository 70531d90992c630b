package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the launchers make once, under -XX:ArchiveClassesAtExit, so that later runs start from
 * an AppCDS archive of the classes a clerk's commands load: most of a single command's time is
 * loading and verifying classes, not vanban's own work. It renders every example document, checks
 * and imports each result, all inside a temporary folder that it removes; nothing else is written.
 *
 * <pre>java -XX:ArchiveClassesAtExit=vanban.jsa -cp vanban.jar vn.vanban.cli.StartupTraining examples</pre>
 *
 * Exit 0 when every step ran as it should, 3 otherwise; the launchers use the archive either way,
 * since a class loaded by a failed step is still a class the next command may need.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("cách dùng: java -XX:ArchiveClassesAtExit=vanban.jsa -cp vanban.jar "
                    + StartupTraining.class.getName() + " THƯ_MỤC_VÍ_DỤ");
            System.exit(ExitCode.BAD_INPUT);
        }
        System.exit(train(Path.of(args[0])) ? ExitCode.OK : ExitCode.INTERNAL);
    }

    /** Whether every example rendered, checked and imported with the exit status a clerk would get. */
    static boolean train(Path examples) throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.list(examples)) {
            plans = files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        PrintWriter silent = new PrintWriter(Writer.nullWriter());
        Path work = Files.createTempDirectory("vanban-training");
        boolean ok = !plans.isEmpty();
        try {
            for (Path plan : plans) {
                String stem = plan.getFileName().toString().replaceFirst("\\.yaml$", "");
                Path docx = work.resolve(stem + ".docx");
                ok &= Vanban.run(silent, silent, "render", plan.toString(), "-o", docx.toString()) == ExitCode.OK;
                ok &= Vanban.run(silent, silent, "check", docx.toString()) != ExitCode.INTERNAL;
                ok &= Vanban.run(silent, silent, "import", docx.toString(), "-o", work.resolve(stem + ".yaml").toString())
                        != ExitCode.INTERNAL;
            }
        } finally {
            delete(work);
        }
        return ok;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
