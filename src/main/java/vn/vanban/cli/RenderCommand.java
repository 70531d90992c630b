package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.io.AtomicOutput;
import vn.vanban.render.DocxRenderer;
import vn.vanban.render.TemplateSet;
import vn.vanban.yaml.InvalidInputException;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.Problem;

@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Dựng tệp .docx đúng thể thức Nghị định 30 từ một kế hoạch YAML.",
        footer = {"", "Ví dụ:", "  vanban render examples/hai-duong-2023-phong-chong-mai-dam.yaml -o ke-hoach.docx"})
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.yaml", description = "Tệp kế hoạch YAML.")
    Path plan;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.docx",
            description = "Tệp .docx sẽ ghi (mặc định: cùng tên với tệp YAML, đuôi .docx).")
    Path output;

    @Option(names = {"-f", "--force"}, description = "Ghi đè tệp đã có.")
    boolean force;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Thư mục mẫu FreeMarker thay cho các mẫu có sẵn cùng tên (xem templates/).")
    Path templates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output != null ? output : defaultOutput(plan);
        if (!force && Files.exists(target)) {
            Console.report(err, List.of(Problem.ofFile(target.toString(),
                    "tệp đã có; dùng --force để ghi đè")));
            return ExitCode.BAD_INPUT;
        }
        try {
            PlanLoader.LoadedPlan loaded = PlanLoader.load(plan);
            Console.report(err, loaded.warnings());
            DocxRenderer.Rendered rendered = DocxRenderer.create(templates).render(loaded.plan());
            Console.warn(err, plan.toString(), rendered.warnings());
            AtomicOutput.write(target, rendered.docx(), force);
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        } catch (TemplateSet.TemplateFailure e) {
            if (!e.userTemplates()) {
                throw e;
            }
            Console.report(err, List.of(e.problem()));
            return ExitCode.BAD_INPUT;
        } catch (FileAlreadyExistsException e) {
            Console.report(err, List.of(Problem.ofFile(target.toString(), "tệp đã có; dùng --force để ghi đè")));
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            Console.report(err, List.of(Problem.ofFile(target.toString(), "không ghi được tệp: " + e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        out.println("Đã ghi " + target);
        return ExitCode.OK;
    }

    /** plan.yaml → plan.docx beside it. */
    static Path defaultOutput(Path plan) {
        String name = plan.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return plan.resolveSibling(stem + ".docx");
    }
}
