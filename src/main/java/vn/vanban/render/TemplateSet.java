package vn.vanban.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * The templates of one document type, compiled once: the part manifest (parts.txt) names each
 * part of the package and the template that writes it. Files in an override directory replace
 * the bundled ones of the same name. Safe to share between threads.
 */
public final class TemplateSet {

    static final freemarker.template.Version FREEMARKER_VERSION = Configuration.VERSION_2_3_34;

    /** One part of the package and the compiled template that writes it. */
    private record PartTemplate(String partName, Template template) {
    }

    /** Enough for the document part of a long plan without growing. */
    private static final int OUTPUT_CAPACITY = 128 * 1024;

    /**
     * What a run of templates may take.
     *
     * @param seconds one document from a --templates folder. The bundled templates write the
     *     longest accepted plan in about 2 s; a template needs far less for any real plan.
     * @param depth elements inside one another; the bundled templates go about 30 deep
     * @param partBytes one part's output. The longest plan the loader accepts (2 MB) writes a
     *     document part of about 2.5 MB.
     */
    record Limits(int seconds, int depth, int partBytes) {
        static final Limits DEFAULT = new Limits(10, 500, 32 * 1024 * 1024);
    }

    /** The template thread's stack: deep enough that the depth limit comes long before a StackOverflowError. */
    private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;
    /** Folders inside the template folder that are searched for links out of it; templates/ is two deep. */
    private static final int LINK_SEARCH_DEPTH = 8;
    private static final String TOO_LARGE = "tệp mẫu quá lớn (trên " + LimitedFileLoader.MAX_BYTES / 1024
            + " KB); mẫu có sẵn lớn nhất dưới 50 KB";
    private static final String SYMLINK = "tệp mẫu là liên kết (symlink) trỏ ra ngoài thư mục mẫu; vanban chỉ đọc tệp nằm"
            + " trong thư mục mẫu: hãy chép tệp vào đó";

    private final List<PartTemplate> parts;
    private final Path overrides;
    private final Limits limits;
    private final ObjectWrapper objectWrapper;

    private TemplateSet(List<PartTemplate> parts, Path overrides, Limits limits, ObjectWrapper objectWrapper) {
        this.parts = List.copyOf(parts);
        this.overrides = overrides;
        this.limits = limits;
        this.objectWrapper = objectWrapper;
    }

    /**
     * @param documentType the template directory of the type, e.g. "ke-hoach"
     * @param overrides a directory whose files replace bundled templates, or null
     */
    public static TemplateSet load(String documentType, Path overrides) throws InvalidInputException {
        return load(documentType, overrides, Limits.DEFAULT);
    }

    static TemplateSet load(String documentType, Path overrides, Limits limits) throws InvalidInputException {
        Configuration configuration = configuration(overrides);
        String manifest = documentType + "/parts.txt";
        List<PartTemplate> parts = new ArrayList<>();
        List<TemplateManifest.Entry> entries;
        try {
            entries = TemplateManifest.read(configuration.getTemplateLoader(), manifest, name -> where(overrides, name));
        } catch (IOException | SecurityException e) {
            throw unreadable(overrides, manifest, e);
        }
        for (TemplateManifest.Entry entry : entries) {
            parts.add(new PartTemplate(entry.partName(), compile(configuration, entry.template(), overrides)));
        }
        return new TemplateSet(parts, overrides, limits, configuration.getObjectWrapper());
    }

    /**
     * Writes every part for the data model; each part's bytes in manifest order. Templates from
     * a --templates folder run on a thread of their own under a {@link TemplateGuard}: a time
     * limit per document and a depth limit, and whatever they do wrong is the clerk's to fix
     * (exit 2), told at the template and line where it happened.
     */
    public List<DocxPackage.Entry> render(Map<String, Object> dataModel) {
        return overrides == null ? renderParts(dataModel, null) : renderGuarded(dataModel);
    }

    /** Whether these are vanban's own templates, none replaced from a --templates folder. */
    boolean bundled() {
        return overrides == null;
    }

    /** How the templates see Java objects: the wrapper of their configuration. */
    ObjectWrapper objectWrapper() {
        return objectWrapper;
    }

    /**
     * Writes every part from a sentinel model ({@link Splices}), ints printed as their tokens; null
     * when a template fails on it, as one that reads a token's text does.
     */
    List<DocxPackage.Entry> renderSentinel(TemplateHashModel root) {
        List<DocxPackage.Entry> entries = new ArrayList<>(parts.size());
        Utf8Output buffer = new Utf8Output(OUTPUT_CAPACITY, limits.partBytes());
        for (PartTemplate part : parts) {
            buffer.reset();
            try {
                Environment environment = part.template().createProcessingEnvironment(root, buffer);
                environment.setNumberFormat("@" + SlotTokens.NUMBER_FORMAT);
                environment.process();
            } catch (TemplateException | Utf8Output.TooLong e) {
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.add(new DocxPackage.Entry(part.partName(), buffer.toByteArray()));
        }
        return entries;
    }

    private List<DocxPackage.Entry> renderGuarded(Map<String, Object> dataModel) {
        TemplateGuard guard = new TemplateGuard(TimeUnit.SECONDS.toNanos(limits.seconds()), limits.depth());
        FutureTask<List<DocxPackage.Entry>> task = new FutureTask<>(() -> renderParts(dataModel, guard));
        Thread worker = new Thread(null, task, "vanban-mau", WORKER_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            // The guard stops loops at the limit; this wait is for a built-in that never returns to
            // the template ((1..2000000000)?join): its thread is left to run out, a daemon.
            return task.get(limits.seconds() + 2L, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            guard.stop(TemplateGuard.Stop.TIME);
            throw guardFailure(guard, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateFailure failure) {
                throw failure;
            }
            if (cause instanceof StackOverflowError) {
                guard.stop(TemplateGuard.Stop.DEPTH);
                throw guardFailure(guard, cause);
            }
            if (cause instanceof OutOfMemoryError) {
                throw new TemplateFailure(placed(guard.place(), "mẫu dùng quá nhiều bộ nhớ; vanban dừng mẫu ở đây"), true, cause);
            }
            // No template can run Java code; what else breaks inside FreeMarker is still the template's doing.
            throw new TemplateFailure(placed(guard.place(), "mẫu lỗi khi ghi văn bản (" + cause.getClass().getSimpleName() + ")"),
                    true, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            guard.stop(TemplateGuard.Stop.TIME);
            throw new CancellationException("interrupted while templates ran");
        }
    }

    private List<DocxPackage.Entry> renderParts(Map<String, Object> dataModel, TemplateGuard guard) {
        List<DocxPackage.Entry> entries = new ArrayList<>(parts.size());
        Utf8Output buffer = new Utf8Output(OUTPUT_CAPACITY, limits.partBytes());
        for (PartTemplate part : parts) {
            buffer.reset();
            try {
                if (guard == null) {
                    part.template().process(dataModel, buffer);
                } else {
                    Environment environment = part.template().createProcessingEnvironment(dataModel, buffer);
                    environment.setTemplateProcessingTracer(guard);
                    environment.process();
                }
            } catch (TemplateException | TemplateGuard.Stopped | Utf8Output.TooLong | SecurityException e) {
                throw failure(part, buffer, guard, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (guard != null && guard.stopped() != null || buffer.tooLong()) {
                // Stopped inside an #attempt that recovered: the part is not whole.
                throw failure(part, buffer, guard, null);
            }
            entries.add(new DocxPackage.Entry(part.partName(), buffer.toByteArray()));
        }
        return entries;
    }

    /** Why a part could not be written: the guard stopped it, it wrote too much, or the template failed. */
    private TemplateFailure failure(PartTemplate part, Utf8Output buffer, TemplateGuard guard, Exception e) {
        if (guard != null && guard.stopped() != null) {
            return guardFailure(guard, e);
        }
        if (buffer.tooLong()) {
            TemplateGuard.Place place = guard != null && guard.place() != null ? guard.place()
                    : new TemplateGuard.Place(part.template().getSourceName(), 0, 0);
            return new TemplateFailure(placed(place, "mẫu ghi ra quá nhiều: phần " + part.partName() + " dài hơn "
                    + limits.partBytes() / (1024 * 1024) + " MB"), overrides != null, e);
        }
        if (e instanceof SecurityException) {
            return new TemplateFailure(placed(guard == null ? null : guard.place(), SYMLINK), overrides != null, e);
        }
        return new TemplateFailure(failureProblem((TemplateException) e), overrides != null, e);
    }

    private TemplateFailure guardFailure(TemplateGuard guard, Throwable cause) {
        String message = guard.stopped() == TemplateGuard.Stop.DEPTH
                ? "mẫu lồng nhau quá sâu (trên " + limits.depth() + " cấp): macro tự gọi mình mà không có điểm dừng?"
                : "mẫu chạy quá " + limits.seconds() + " giây cho một văn bản (vòng lặp không dừng?); vanban dừng mẫu ở đây";
        return new TemplateFailure(placed(guard.place(), message), true, cause);
    }

    /** A problem at a place in a template, or at the template folder when no element was entered yet. */
    private Problem placed(TemplateGuard.Place place, String message) {
        if (place == null || place.template() == null) {
            return Problem.ofFile(overrides == null ? "templates" : overrides.toString(), message);
        }
        return Problem.error(where(overrides, place.template()), place.line(), place.column(), message);
    }

    /**
     * A template that compiled but failed while writing. With user templates in play it is bad
     * input; with the bundled ones alone it is a fault in vanban.
     */
    public static final class TemplateFailure extends RuntimeException {
        private final transient Problem problem;
        private final boolean userTemplates;

        TemplateFailure(Problem problem, boolean userTemplates, Throwable cause) {
            super(problem.format(), cause);
            this.problem = problem;
            this.userTemplates = userTemplates;
        }

        public Problem problem() {
            return problem;
        }

        public boolean userTemplates() {
            return userTemplates;
        }
    }

    /**
     * Where a template failed. Imported macro files are parsed on first use, so their syntax
     * errors arrive wrapped; the clerk needs the line of the file they edited, not of the importer.
     */
    private Problem failureProblem(TemplateException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitedFileLoader.TooLarge tooLarge) {
                return Problem.ofFile(tooLarge.file().toString(), TOO_LARGE);
            }
            if (cause instanceof SecurityException) {
                return Problem.error(where(overrides, failure.getTemplateSourceName()),
                        failure.getLineNumber() == null ? 0 : failure.getLineNumber(), 0, SYMLINK);
            }
            if (cause instanceof ParseException parse) {
                return Problem.error(where(overrides, parse.getTemplateName()), parse.getLineNumber(),
                        parse.getColumnNumber(), "lỗi cú pháp mẫu FreeMarker: " + parse.getEditorMessage());
            }
        }
        return Problem.error(where(overrides, failure.getTemplateSourceName()),
                failure.getLineNumber() == null ? 0 : failure.getLineNumber(),
                failure.getColumnNumber() == null ? 0 : failure.getColumnNumber(),
                "mẫu lỗi khi ghi văn bản: " + failure.getMessageWithoutStackTop());
    }

    private static Configuration configuration(Path overrides) throws InvalidInputException {
        Configuration configuration = new Configuration(FREEMARKER_VERSION);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        // Computer number format: 9354 twips, never "9,354".
        configuration.setNumberFormat("computer");
        // Splices' sentinel renders print an int leaf as its token through this format; nothing else uses it.
        configuration.setCustomNumberFormats(Map.of(SlotTokens.NUMBER_FORMAT, SlotTokens.NUMBER_FORMATS));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // A template from someone else must not be able to run code: no ?new, no ?api, and Java
        // objects show only the view's record components (ViewAccessPolicy).
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(FREEMARKER_VERSION);
        wrapper.setMemberAccessPolicy(ViewAccessPolicy.INSTANCE);
        configuration.setObjectWrapper(wrapper.build());
        // Templates are read once per run; never look for changes.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        TemplateLoader bundled = new ClassTemplateLoader(TemplateSet.class, "/templates");
        if (overrides == null) {
            configuration.setTemplateLoader(bundled);
        } else {
            if (!Files.isDirectory(overrides)) {
                throw new InvalidInputException(Problem.ofFile(overrides.toString(), "thư mục mẫu không tồn tại"));
            }
            refuseLinksOut(overrides);
            try {
                configuration.setTemplateLoader(new MultiTemplateLoader(
                        new TemplateLoader[] {new LimitedFileLoader(overrides.toFile()), bundled}));
            } catch (IOException e) {
                throw new InvalidInputException(Problem.ofFile(overrides.toString(), "không đọc được thư mục mẫu: " + e.getMessage()));
            }
        }
        return configuration;
    }

    private static Template compile(Configuration configuration, String name, Path overrides)
            throws InvalidInputException {
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new InvalidInputException(Problem.ofFile(where(overrides, name), "không tìm thấy tệp mẫu"));
        } catch (ParseException e) {
            throw new InvalidInputException(Problem.error(where(overrides, e.getTemplateName()),
                    e.getLineNumber(), e.getColumnNumber(), "lỗi cú pháp mẫu FreeMarker: " + e.getEditorMessage()));
        } catch (IOException | SecurityException e) {
            throw unreadable(overrides, name, e);
        }
    }

    /**
     * A symbolic link in the folder that leads out of it: FreeMarker would refuse it when a
     * template imports it, in the middle of a run; found here, it is named before anything runs.
     */
    private static void refuseLinksOut(Path overrides) throws InvalidInputException {
        try (Stream<Path> files = Files.walk(overrides, LINK_SEARCH_DEPTH)) {
            Path root = overrides.toRealPath();
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isSymbolicLink(file) && Files.exists(file) && !file.toRealPath().startsWith(root)) {
                    throw new InvalidInputException(Problem.ofFile(file.toString(), SYMLINK));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(Problem.ofFile(overrides.toString(), "không đọc được thư mục mẫu: " + e.getMessage()));
        }
    }

    /**
     * A template file that cannot be read: too large, or a symbolic link out of the folder, which
     * FreeMarker refuses to follow; anything else in a clerk's folder is a file system problem.
     */
    private static InvalidInputException unreadable(Path overrides, String name, Exception e) {
        if (overrides == null) {
            throw new IllegalStateException("bundled template " + name + " unreadable", e);
        }
        String message = e instanceof SecurityException ? SYMLINK
                : e instanceof LimitedFileLoader.TooLarge ? TOO_LARGE
                : "không đọc được tệp mẫu: " + e.getMessage();
        return new InvalidInputException(Problem.ofFile(where(overrides, name), message));
    }

    /** The file a clerk can open: the override when one exists, else the bundled name. */
    private static String where(Path overrides, String name) {
        if (overrides != null && Files.exists(overrides.resolve(name))) {
            return overrides.resolve(name).toString();
        }
        return "templates/" + name;
    }
}
