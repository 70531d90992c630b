package vn.vanban.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One conversion worker: .docx to PDF with LibreOffice running headless ({@code soffice
 * --convert-to pdf}), one soffice process at a time, under a time limit.
 *
 * <p>Each worker has a LibreOffice user profile of its own in a temporary directory, so workers
 * running side by side (batch, or two clerks on one machine) never share a profile: a shared one
 * is locked by the first soffice, and a running desktop LibreOffice would otherwise take the job
 * over. {@link #convertAll} converts several documents in one soffice run, which pays LibreOffice's
 * start-up (about a second) once instead of once per document. A soffice that outlives its time
 * limit is killed with every process it started. {@link #close()} removes the profile and every
 * temporary file; a shutdown hook does the same if the program is stopped first.
 */
public final class PdfConverter implements AutoCloseable {

    /**
     * How long one soffice run may take: start-up plus a share per document. The defaults are
     * about a hundred times what a two-page plan takes here, for slow machines and cold disks.
     */
    public record Limits(Duration startup, Duration perDocument) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(100), Duration.ofSeconds(20));

        Duration forDocuments(int count) {
            return startup.plus(perDocument.multipliedBy(count));
        }
    }

    /** The PDF of one document, or why there is none. */
    public record Outcome(byte[] pdf, ConversionException failure) {
        public boolean ok() {
            return pdf != null;
        }
    }

    private final Path soffice;
    private final Limits limits;
    private final Thread cleanupAtExit;
    private Path work;
    private int runs;
    private boolean closed;
    private volatile Process running;
    private volatile Path workToRemove;

    private PdfConverter(Path soffice, Limits limits) {
        this.soffice = soffice;
        this.limits = limits;
        this.cleanupAtExit = new Thread(this::cleanUp, "vanban-pdf-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    /** A worker using the LibreOffice this machine has. */
    public static PdfConverter create() throws OfficeMissingException {
        return create(OfficeLocator.forThisMachine().locate(), Limits.DEFAULT);
    }

    public static PdfConverter create(Path soffice, Limits limits) {
        return new PdfConverter(soffice, limits);
    }

    /** The soffice program this worker runs. */
    public Path soffice() {
        return soffice;
    }

    /** The PDF of one .docx. */
    public synchronized byte[] convert(byte[] docx) throws ConversionException {
        Outcome outcome = run(List.of(docx)).get(0);
        if (!outcome.ok()) {
            throw outcome.failure();
        }
        return outcome.pdf();
    }

    /**
     * The PDF of each .docx, in order, converted together in one soffice run. When that run fails
     * or runs out of time, each document without a PDF is tried again on its own, so one bad
     * document costs only its own PDF and its outcome says why.
     */
    public synchronized List<Outcome> convertAll(List<byte[]> documents) {
        List<Outcome> outcomes = new ArrayList<>(run(documents));
        if (documents.size() > 1) {
            for (int i = 0; i < outcomes.size(); i++) {
                if (!outcomes.get(i).ok()) {
                    outcomes.set(i, run(List.of(documents.get(i))).get(0));
                }
            }
        }
        return outcomes;
    }

    private List<Outcome> run(List<byte[]> documents) {
        if (closed) {
            throw new IllegalStateException("converter closed");
        }
        Path job = null;
        try {
            job = Files.createDirectories(work().resolve("run-" + ++runs));
            Path in = Files.createDirectories(job.resolve("in"));
            Path out = Files.createDirectories(job.resolve("out"));
            List<String> command = new ArrayList<>(List.of(soffice.toString(),
                    "-env:UserInstallation=" + work().resolve("profile").toUri(),
                    "--headless", "--invisible", "--nologo", "--nodefault", "--nolockcheck", "--norestore",
                    "--nofirststartwizard", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out.toString()));
            // Numbered names: no clash between documents and nothing for soffice to misread in a clerk's file name.
            for (int i = 0; i < documents.size(); i++) {
                Path docx = in.resolve(name(i) + ".docx");
                Files.write(docx, documents.get(i));
                command.add(docx.toString());
            }
            Path log = job.resolve("soffice.log");
            Duration limit = limits.forDocuments(documents.size());
            int exit = execute(command, log, limit);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                outcomes.add(collect(out.resolve(name(i) + ".pdf"), exit, log));
            }
            return outcomes;
        } catch (ConversionException e) {
            return failAll(documents.size(), e);
        } catch (IOException e) {
            return failAll(documents.size(), new ConversionException(
                    "không chuẩn bị được thư mục tạm cho LibreOffice: " + e.getMessage(), false));
        } finally {
            if (job != null) {
                TemporaryFiles.delete(job);
            }
        }
    }

    /** Runs soffice to the end and returns its exit status; stops it and its children at the time limit. */
    private int execute(List<String> command, Path log, Duration limit) throws ConversionException, IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ConversionException("không chạy được LibreOffice (" + soffice + "): " + e.getMessage(), false);
        }
        running = process;
        try {
            process.getOutputStream().close();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.kill(process);
                throw new ConversionException(String.format(
                        "LibreOffice chưa xong sau %d giây nên đã bị dừng (%s)", limit.toSeconds(), soffice), true);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            ProcessTree.kill(process);
            Thread.currentThread().interrupt();
            throw new ConversionException("việc chuyển sang PDF bị ngắt giữa chừng", false);
        } finally {
            running = null;
        }
    }

    private static Outcome collect(Path pdf, int exit, Path log) throws IOException {
        if (Files.isRegularFile(pdf)) {
            byte[] bytes = Files.readAllBytes(pdf);
            if (isCompletePdf(bytes)) {
                return new Outcome(bytes, null);
            }
        }
        String detail = lastLines(log);
        return new Outcome(null, new ConversionException("LibreOffice không tạo ra PDF (mã thoát " + exit + ")"
                + (detail.isEmpty() ? "" : ": " + detail), false));
    }

    /** A PDF starts with its header and ends with %%EOF; anything else was cut short. */
    static boolean isCompletePdf(byte[] bytes) {
        if (bytes.length < 16 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false;
        }
        String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
        return tail.stripTrailing().endsWith("%%EOF");
    }

    /** What soffice said last, on one line, for the message; its start-up chatter about Java left out. */
    private static String lastLines(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        List<String> lines = Arrays.stream(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.contains("javaldx"))
                .toList();
        String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
        return tail.length() > 300 ? tail.substring(tail.length() - 300) : tail;
    }

    private static List<Outcome> failAll(int count, ConversionException failure) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outcomes.add(new Outcome(null, failure));
        }
        return outcomes;
    }

    private static String name(int index) {
        return String.format("%04d", index + 1);
    }

    private Path work() throws IOException {
        if (work == null) {
            work = Files.createTempDirectory("vanban-pdf-");
            workToRemove = work;
        }
        return work;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException e) {
            // The program is already shutting down; the hook is running or has run.
        }
    }

    /** Stops a soffice still running and removes the profile and temporary files. */
    private void cleanUp() {
        Process process = running;
        if (process != null) {
            ProcessTree.kill(process);
        }
        Path directory = workToRemove;
        if (directory != null) {
            TemporaryFiles.delete(directory);
        }
    }
}
