package vn.vanban.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final List<PartTemplate> parts;
    private final Path overrides;

    private TemplateSet(List<PartTemplate> parts, Path overrides) {
        this.parts = List.copyOf(parts);
        this.overrides = overrides;
    }

    /**
     * @param documentType the template directory of the type, e.g. "ke-hoach"
     * @param overrides a directory whose files replace bundled templates, or null
     */
    public static TemplateSet load(String documentType, Path overrides) throws InvalidInputException {
        Configuration configuration = configuration(overrides);
        String manifest = documentType + "/parts.txt";
        List<PartTemplate> parts = new ArrayList<>();
        for (String[] entry : readManifest(configuration, manifest, overrides)) {
            parts.add(new PartTemplate(entry[0], compile(configuration, entry[1], overrides)));
        }
        return new TemplateSet(parts, overrides);
    }

    /** Writes every part for the data model; each part's bytes in manifest order. */
    public List<DocxPackage.Entry> render(Map<String, Object> dataModel) {
        List<DocxPackage.Entry> entries = new ArrayList<>(parts.size());
        Utf8Output buffer = new Utf8Output(OUTPUT_CAPACITY);
        for (PartTemplate part : parts) {
            buffer.reset();
            try {
                part.template().process(dataModel, buffer);
            } catch (TemplateException e) {
                throw new TemplateFailure(failureProblem(e), overrides != null, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.add(new DocxPackage.Entry(part.partName(), buffer.toByteArray()));
        }
        return entries;
    }

    /**
     * A template that compiled but failed while writing. With user templates in play it is bad
     * input; with the bundled ones alone it is a fault in vanban.
     */
    public static final class TemplateFailure extends RuntimeException {
        private final transient Problem problem;
        private final boolean userTemplates;

        TemplateFailure(Problem problem, boolean userTemplates, TemplateException cause) {
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
            try {
                configuration.setTemplateLoader(new MultiTemplateLoader(
                        new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), bundled}));
            } catch (IOException e) {
                throw new InvalidInputException(Problem.ofFile(overrides.toString(), "không đọc được thư mục mẫu: " + e.getMessage()));
            }
        }
        return configuration;
    }

    private static List<String[]> readManifest(Configuration configuration, String manifest, Path overrides)
            throws InvalidInputException {
        List<String[]> entries = new ArrayList<>();
        try {
            TemplateLoader loader = configuration.getTemplateLoader();
            Object source = loader.findTemplateSource(manifest);
            if (source == null) {
                throw new InvalidInputException(Problem.ofFile(manifest, "không có danh sách phần của loại văn bản này"));
            }
            try (Reader reader = loader.getReader(source, "UTF-8");
                 BufferedReader lines = new BufferedReader(reader)) {
                String line;
                int number = 0;
                while ((line = lines.readLine()) != null) {
                    number++;
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    String[] fields = trimmed.split("\\s+");
                    if (fields.length != 2) {
                        throw new InvalidInputException(Problem.error(where(overrides, manifest), number, 1,
                                "mỗi dòng cần hai cột: tên phần trong gói .docx và tệp mẫu"));
                    }
                    entries.add(fields);
                }
            } finally {
                loader.closeTemplateSource(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a clerk can open: the override when one exists, else the bundled name. */
    private static String where(Path overrides, String name) {
        if (overrides != null && Files.exists(overrides.resolve(name))) {
            return overrides.resolve(name).toString();
        }
        return "templates/" + name;
    }
}
