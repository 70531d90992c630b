package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.render.DocxRenderer;
import vn.vanban.render.TemplateSet;
import vn.vanban.yaml.PlanLoader;

/**
 * What every command that renders a plan reads (a picocli mixin): the plan and the template
 * overrides, and the rendering itself with every problem and warning told to the clerk.
 */
final class PlanInput {

    @Parameters(index = "0", paramLabel = "PLAN.yaml", descriptionKey = "plan")
    Path plan;

    @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "templates")
    Path templates;

    /** What the command reads: the plan, and the template folder when one is given. */
    List<Path> files() {
        return templates == null ? List.of(plan) : List.of(plan, templates);
    }

    /** The .docx, or null when the plan or a template override could not be used (the problems are printed). */
    byte[] docx(PrintWriter err) {
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
