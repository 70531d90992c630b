package vn.vanban.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.PlanLoader;

/** A .docx or text file in, plan YAML out: read, recognise, write, and read the YAML back to be sure. */
public final class PlanImporter {

    /** The YAML written, the plan it loads as, and what the clerk should look at. */
    public record Result(String yaml, Plan plan, List<ImportNote> notes, Source.Kind kind) {
        public Result {
            notes = List.copyOf(notes);
        }

        /** The notes as lines for the clerk, numbered the way the source counts (dòng or đoạn). */
        public List<String> report() {
            return notes.stream().map(n -> n.format(kind)).toList();
        }
    }

    private PlanImporter() {
    }

    /**
     * @param schemaReference the plan schema as the YAML's modeline names it (a path from where the
     *     YAML will be written), or null for no modeline
     */
    public static Result importFile(Path file, String schemaReference) throws UnreadableDocumentException {
        return importSource(SourceReader.read(file), schemaReference);
    }

    public static Result importSource(Source source, String schemaReference) throws UnreadableDocumentException {
        Imported imported = PlanRecognizer.recognize(source);
        String yaml = PlanYamlWriter.write(imported.plan(), source.name(), schemaReference);
        Plan loaded;
        try {
            loaded = PlanLoader.loadWritten(source.name() + ".yaml", yaml).plan();
        } catch (InvalidInputException e) {
            // The writer must only write what the loader reads; anything else is vanban's fault.
            throw new IllegalStateException("imported YAML does not load: " + e.problems().stream()
                    .map(Problem::format).collect(Collectors.joining("; ")), e);
        }
        return new Result(yaml, loaded, imported.notes(), source.kind());
    }
}
