package vn.vanban.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;

/**
 * Plan → layout → templates → package. Build one per run and render any number of plans with
 * it, from any number of threads: the templates are compiled once.
 */
public final class DocxRenderer {

    /** The template directory of the document types the renderer knows; all share one layout. */
    public static final String PLAN_TEMPLATES = "ke-hoach";

    private final TemplateSet templates;

    private DocxRenderer(TemplateSet templates) {
        this.templates = templates;
    }

    /** @param templateOverrides a directory whose template files replace the bundled ones, or null */
    public static DocxRenderer create(Path templateOverrides) throws InvalidInputException {
        return new DocxRenderer(TemplateSet.load(PLAN_TEMPLATES, templateOverrides));
    }

    /** The .docx bytes and any warning about text that will not fit where the decree puts it. */
    public record Rendered(byte[] docx, List<String> warnings) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    public Rendered render(Plan plan) {
        PlanLayout.Result layout = PlanLayout.layout(plan);
        byte[] docx = DocxPackage.zip(templates.render(Map.of("doc", layout.view())));
        return new Rendered(docx, layout.warnings());
    }
}
