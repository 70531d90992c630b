package vn.vanban.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one file, written for people (one line each, then a summary) or for programs
 * (JSON with stable field names: rule, source, severity, paragraph, paragraphs, excerpt, message,
 * correction).
 */
public record CheckReport(String file, List<Finding> findings) {

    private static final int PARAGRAPHS_SHOWN = 8;

    public CheckReport {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.rule().severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }

    /**
     * "file: đoạn 13 «Thực hiện công văn ...»: lỗi ND30-BASIS-PUNCTUATION: message (source)" per
     * finding, and a summary line.
     */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(file).append(": ");
            if (!f.paragraphs().isEmpty()) {
                out.append(where(f.paragraphs())).append(" «").append(f.excerpt()).append("»: ");
            }
            out.append(f.rule().severity().vietnamese()).append(' ').append(f.rule().id()).append(": ")
                    .append(f.message()).append(" (").append(f.rule().source()).append(")\n");
        }
        out.append(file).append(": ");
        if (findings.isEmpty()) {
            out.append("không có lỗi nào theo Nghị định 30/2020/NĐ-CP\n");
        } else {
            out.append(errors()).append(" lỗi, ").append(warnings()).append(" cảnh báo theo Nghị định 30/2020/NĐ-CP\n");
        }
        return out.toString();
    }

    private static String where(List<Integer> paragraphs) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(paragraphs.size(), PARAGRAPHS_SHOWN); i++) {
            shown.add(Integer.toString(paragraphs.get(i)));
        }
        String more = paragraphs.size() > PARAGRAPHS_SHOWN
                ? " và " + (paragraphs.size() - PARAGRAPHS_SHOWN) + " đoạn khác" : "";
        return "đoạn " + String.join(", ", shown) + more;
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** This report as one JSON object, for a run's report of one file or of many. */
    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        json.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            json.writeStartObject();
            json.writeStringField("rule", f.rule().id());
            json.writeStringField("source", f.rule().source());
            json.writeStringField("severity", f.rule().severity().code());
            if (f.paragraphs().isEmpty()) {
                json.writeNullField("paragraph");
            } else {
                json.writeNumberField("paragraph", f.paragraph());
            }
            json.writeArrayFieldStart("paragraphs");
            for (int p : f.paragraphs()) {
                json.writeNumber(p);
            }
            json.writeEndArray();
            json.writeStringField("excerpt", f.excerpt());
            json.writeStringField("message", f.message());
            if (f.correction() == null) {
                json.writeNullField("correction");
            } else {
                json.writeStringField("correction", f.correction());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("errors", errors());
        json.writeNumberField("warnings", warnings());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** For --json when the file cannot be read: {"file": ..., "error": ...}. */
    public static String jsonError(String file, String message) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            writeError(json, file, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    static void writeError(JsonGenerator json, String file, String message) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", file);
        json.writeStringField("error", message);
        json.writeEndObject();
    }

    /** The rule table: id, severity, source, what it checks, what it expects; one rule per line, tab-separated. */
    public static String rules() {
        StringBuilder out = new StringBuilder();
        for (Rule rule : Rules.all()) {
            out.append(rule.id()).append('\t').append(rule.severity().vietnamese()).append('\t')
                    .append(rule.source()).append('\t').append(rule.checks()).append('\t')
                    .append(rule.expected()).append('\n');
        }
        return out.toString();
    }
}
