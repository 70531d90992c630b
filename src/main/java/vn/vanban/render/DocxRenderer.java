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
 * with it, from any number of threads: the templates are compiled once. A batch renders through
 * {@link #forBatch()}, which writes the same bytes faster for many documents of one plan.
 */
public final class DocxRenderer {

    private final Map<Form, TemplateSet> templates;
    /** The splices of each form's templates, or null: every document goes through the templates. */
    private final Map<Form, Splices> splices;
    private final DocxPackage.DeflatedParts deflated;
    /** The batch's layouts of the plan's body, or null. */
    private final BodyMemo bodyMemo;

    private DocxRenderer(Map<Form, TemplateSet> templates, Map<Form, Splices> splices, DocxPackage.DeflatedParts deflated,
            BodyMemo bodyMemo) {
        this.templates = templates;
        this.splices = splices;
        this.deflated = deflated;
        this.bodyMemo = bodyMemo;
    }

    /** @param templateOverrides a directory whose template files replace the bundled ones, or null */
    public static DocxRenderer create(Path templateOverrides) throws InvalidInputException {
        Map<Form, TemplateSet> templates = new EnumMap<>(Form.class);
        for (Form form : Form.values()) {
            templates.put(form, TemplateSet.load(templateFolder(form), templateOverrides));
        }
        return new DocxRenderer(templates, null, null, null);
    }

    /**
     * A renderer for the documents of one batch, with the same templates and the same parts: the
     * body's blocks are laid out once where the units' variables do not change them
     * ({@link BodyMemo}), each part that is the same in every document is deflated once
     * ({@link DocxPackage.DeflatedParts}), and with the bundled templates the parts are spliced
     * rather than rendered ({@link Splices}). Templates from a --templates folder are always run:
     * they run under a guard with limits per document, which a splice would skip, and nothing shows
     * that a clerk's template only prints its texts, while the bundled templates are tested to
     * splice to the parts they render for every unit of several provinces. A spliced package may
     * differ from the rendered one in how its parts are deflated ({@link SegmentedDeflate}). Build
     * one per batch: what it keeps is the batch's.
     */
    public DocxRenderer forBatch() {
        DocxPackage.DeflatedParts deflatedParts = new DocxPackage.DeflatedParts();
        Map<Form, Splices> spliced = new EnumMap<>(Form.class);
        templates.forEach((form, set) -> {
            if (set.bundled()) {
                spliced.put(form, new Splices(set, deflatedParts));
            }
        });
        return new DocxRenderer(templates, spliced, deflatedParts, new BodyMemo());
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
        PlanLayout.Result layout = PlanLayout.layout(plan, bodyMemo);
        Form form = plan.kind().form();
        byte[] docx;
        if (splices != null && splices.containsKey(form)) {
            docx = splices.get(form).docx(layout.view());
        } else {
            List<DocxPackage.Entry> parts = templates.get(form).render(Map.of("doc", layout.view()));
            docx = deflated == null ? DocxPackage.zip(parts) : DocxPackage.zip(parts, deflated);
        }
        return new Rendered(docx, layout.warnings());
    }

    /** How many documents of each form this batch spliced and rendered, for tests. */
    Map<Form, Splices.Counts> spliceCounts() {
        Map<Form, Splices.Counts> counts = new EnumMap<>(Form.class);
        if (splices != null) {
            splices.forEach((form, s) -> counts.put(form, s.counts()));
        }
        return counts;
    }
}
