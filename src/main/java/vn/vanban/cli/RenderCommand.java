package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vanban.problem.Problem;

@Command(
        name = "render",
        resourceBundle = "vn.vanban.cli.messages.render",
        description = "Dựng tệp .docx đúng thể thức Nghị định 30 từ một kế hoạch YAML; với --pdf, thêm tệp PDF.",
        footer = {"", "Ví dụ:", "  vanban render examples/hai-duong-2023-phong-chong-mai-dam.yaml -o ke-hoach.docx",
            "  vanban render ke-hoach.yaml --pdf", "",
            "Mã thoát: 0 đã ghi; 2 đầu vào không dùng được, không ghi gì;",
            "4 đã ghi .docx nhưng chưa tạo được PDF (thiếu LibreOffice hoặc LibreOffice lỗi)."})
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--pdf",
            description = "Ghi thêm OUT.pdf bên cạnh OUT.docx, chuyển bằng LibreOffice (cần cài LibreOffice).")
    boolean pdf;

    @CommandLine.Mixin
    PlanInput input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output.orElse(withExtension(input.plan, ".docx"));
        Path pdfTarget = pdf ? withExtension(target, ".pdf") : null;
        if (target.equals(pdfTarget)) {
            Console.report(err, List.of(Problem.ofFile(target.toString(),
                    "tệp .docx không được có đuôi .pdf khi dùng --pdf (tệp PDF sẽ trùng tên)")));
            return ExitCode.BAD_INPUT;
        }
        // Both targets are checked before anything is written, so a refusal leaves no half of the pair behind.
        List<Problem> refusals = output.refusals(input.files(), pdf ? List.of(target, pdfTarget) : List.of(target));
        if (!refusals.isEmpty()) {
            Console.report(err, refusals);
            return ExitCode.BAD_INPUT;
        }
        byte[] docx = input.docx(err);
        if (docx == null) {
            return ExitCode.BAD_INPUT;
        }
        Problem failure = OutputFiles.write(target, docx, output.force);
        if (failure != null) {
            Console.report(err, List.of(failure));
            return ExitCode.BAD_INPUT;
        }
        out.println("Đã ghi " + target);
        if (!pdf) {
            return ExitCode.OK;
        }
        out.flush();
        byte[] bytes = OfficeConsole.pdf(docx, pdfTarget.toString(), "PDF (tệp .docx vẫn được ghi)", err);
        if (bytes == null) {
            return ExitCode.NO_PDF;
        }
        failure = OutputFiles.write(pdfTarget, bytes, output.force);
        if (failure != null) {
            Console.report(err, List.of(failure));
            return ExitCode.NO_PDF;
        }
        out.println("Đã ghi " + pdfTarget);
        return ExitCode.OK;
    }

    /** plan.yaml → plan.docx, ke-hoach.docx → ke-hoach.pdf: the same name beside it, another extension. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + extension);
    }
}
