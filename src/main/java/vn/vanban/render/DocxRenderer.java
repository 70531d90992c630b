package vn.vanban.render;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.vanban.model.Plan;
import vn.vanban.nd30.Form;
import vn.vanban.problem.InvalidInputException;

/**
 * Document → layout → templates → package. Build one per run and render any number of documents
 * with it, from any number of threads: the templates are compiled once.
 */
public final class DocxRenderer {

    private final Map<Form, TemplateSet> templates;

    private DocxRenderer(Map<Form, TemplateSet> templates) {
        this.templates = templates;
    }

    /** @param templateOverrides a directory whose template files replace the bundled ones, or null */
    public static DocxRenderer create(Path templateOverrides) throws InvalidInputException {
        Map<Form, TemplateSet> templates = new EnumMap<>(Form.class);
        for (Form form : Form.values()) {
            templates.put(form, TemplateSet.load(templateFolder(form), templateOverrides));
        }
        return new DocxRenderer(templates);
    }

    /**
     * The template folder of a form: ke-hoach/ for the documents with a type name of Mẫu 1.4 (the
     * Kế hoạch, the Báo cáo, ...), quyet-dinh/ and cong-van/; each shares the pieces of nd30/.
     */
    public static String templateFolder(Form form) {
        return switch (form) {
            case TYPED -> "ke-hoach";
            case DECISION -> "quyet-dinh";
            case LETTER -> "cong-van";
        };
    }

    /** The .docx bytes and any warning about text that will not fit where the decree puts it. */
    public record Rendered(byte[] docx, List<String> warnings) {
        public Rendered {
            warnings = List.copyOf(warnings);
        }
    }

    public Rendered render(Plan plan) {
        PlanLayout.Result layout = PlanLayout.layout(plan);
        byte[] docx = DocxPackage.zip(templates.get(plan.kind().form()).render(Map.of("doc", layout.view())));
        return new Rendered(docx, layout.warnings());
    }
}
