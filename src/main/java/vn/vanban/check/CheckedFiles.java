package vn.vanban.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reports of a run over several files or a folder: each file's report (or why it could not
 * be read), in the order the files were given, and a summary.
 */
public record CheckedFiles(List<Checked> files) {

    /** One file: its report, or the reason it could not be read (then report is null). */
    public record Checked(String file, CheckReport report, String unreadable) {
    }

    public CheckedFiles {
        files = List.copyOf(files);
    }

    public long clean(boolean strict) {
        return files.stream().filter(f -> f.report() != null && !failed(f.report(), strict)).count();
    }

    public long withFindings(boolean strict) {
        return files.stream().filter(f -> f.report() != null && failed(f.report(), strict)).count();
    }

    public long unreadable() {
        return files.stream().filter(f -> f.report() == null).count();
    }

    /** Errors, or with strict warnings too: what makes check's exit status 1. */
    public static boolean failed(CheckReport report, boolean strict) {
        return report.errors() > 0 || (strict && report.warnings() > 0);
    }

    /** "Đã kiểm tra 12 tệp: 10 không có lỗi, 1 có lỗi, 1 không đọc được." */
    public String summary(boolean strict) {
        return "Đã kiểm tra " + files.size() + " tệp: " + clean(strict) + " không có lỗi, " + withFindings(strict)
                + " có lỗi" + (unreadable() > 0 ? ", " + unreadable() + " không đọc được" : "") + ".\n";
    }

    /** {"files": [report, ...], "summary": {"files", "clean", "withFindings", "unreadable"}}. */
    public String json(boolean strict) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("files");
            for (Checked file : files) {
                if (file.report() != null) {
                    file.report().write(json);
                } else {
                    CheckReport.writeError(json, file.file(), file.unreadable());
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", files.size());
            json.writeNumberField("clean", clean(strict));
            json.writeNumberField("withFindings", withFindings(strict));
            json.writeNumberField("unreadable", unreadable());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
