package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import vn.vanban.render.DocxRenderer;
import vn.vanban.render.TemplateSet;
import vn.vanban.yaml.InvalidInputException;
import vn.vanban.yaml.PlanLoader;

/** Loads a plan and renders its .docx for a command, telling the clerk about every problem and warning. */
final class PlanRendering {

    private PlanRendering() {
    }

    /** The .docx, or null when the plan or a template override could not be used (the problems are printed). */
    static byte[] docx(Path plan, Path templates, PrintWriter err) {
        try {
            PlanLoader.LoadedPlan loaded = PlanLoader.load(plan);
            Console.report(err, loaded.warnings());
            DocxRenderer.Rendered rendered = DocxRenderer.create(templates).render(loaded.plan());
            Console.warn(err, plan.toString(), rendered.warnings());
            return rendered.docx();
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return null;
        } catch (TemplateSet.TemplateFailure e) {
            if (!e.userTemplates()) {
                throw e;
            }
            Console.report(err, List.of(e.problem()));
            return null;
        }
    }
}
