package vn.vanban.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.vanban.io.ProgressBar;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * The files a command named, folders opened up, and a piece of work run over them on a few threads
 * with the results in the order the files were given.
 */
final class ManyFiles {

    /** How deep into a folder, and how many files at most: a folder of documents, not a disk. */
    private static final int MAX_DEPTH = 8;
    private static final int MAX_FILES = 100_000;

    private ManyFiles() {
    }

    /**
     * Each path that is a file, and every file with one of these endings below each path that is
     * a folder (sorted by name, hidden files and Word's "~$" lock files left out), each once.
     *
     * @throws InvalidInputException when a path does not exist or a folder holds no such file
     */
    static List<Path> expand(List<Path> paths, Set<String> endings) throws InvalidInputException {
        Set<Path> files = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = walk(path, endings);
                if (found.isEmpty()) {
                    problems.add(Problem.ofFile(path.toString(), "thư mục không có tệp " + String.join(", ", endings)));
                }
                files.addAll(found);
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                problems.add(Problem.ofFile(path.toString(), "không tìm thấy tệp"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (files.size() > MAX_FILES) {
            throw new InvalidInputException(Problem.ofFile(paths.get(0).toString(),
                    "quá " + MAX_FILES + " tệp trong một lần chạy; hãy chia thư mục ra"));
        }
        return List.copyOf(files);
    }

    private static List<Path> walk(Path folder, Set<String> endings) throws InvalidInputException {
        try (Stream<Path> tree = Files.walk(folder, MAX_DEPTH)) {
            return tree.filter(Files::isRegularFile)
                    .filter(f -> !hidden(folder.relativize(f)))
                    .filter(f -> endings.stream().anyMatch(e -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted()
                    .limit(MAX_FILES + 1L)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(Problem.ofFile(folder.toString(), "không đọc được thư mục: " + e.getMessage()));
        }
    }

    /** A dot file or folder, or a lock file Word leaves beside an open document. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("~$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The work done on every file on so many threads, the results in the files' order; the bar
     * steps as each file is done, in whatever order they finish.
     */
    static <R> List<R> run(List<Path> files, int threads, Function<Path, R> work, ProgressBar bar) {
        bar.start();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), runnable -> {
            Thread thread = new Thread(runnable, "vanban-file");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int[] done = {0};
            List<Future<R>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    R result = work.apply(file);
                    synchronized (done) {
                        done[0]++;
                        bar.step(done[0], files.size(), false);
                    }
                    return result;
                }));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            bar.finish();
        }
    }
}
