package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.importer.ImportException;
import vn.vanban.importer.PlanImporter;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.InstalledSchema;

@Command(
        name = "import",
        resourceBundle = "vn.vanban.cli.messages.import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Nhập một kế hoạch có sẵn (tệp Word .docx hoặc tệp chữ .txt) thành tệp kế hoạch YAML.",
        footer = {"", "Ví dụ:", "  vanban import ke-hoach-2023.docx -o ke-hoach-2023.yaml",
            "  vanban import ke-hoach-tinh.txt --report xem-lai.txt", "",
            "Những đoạn không nhận ra được giữ nguyên thành đoạn văn và liệt kê trên stderr (số dòng/đoạn, vài chữ đầu).",
            "Mã thoát: 0 đã ghi (có thể kèm danh sách cần xem lại); 2 tệp không dùng được, không ghi gì."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOC", description = "Kế hoạch cần nhập: .docx, hoặc .txt (UTF-8).")
    Path document;

    @CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Ghi thêm danh sách những chỗ cần xem lại vào tệp này.")
    Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output.orElse(RenderCommand.withExtension(document, ".yaml"));
        // The document is read first: a PDF or a .doc is told as such even when the output exists.
        PlanImporter.Result result;
        try {
            result = PlanImporter.importFile(document, InstalledSchema.planSchemaFrom(target));
        } catch (ImportException e) {
            Console.report(err, List.of(Problem.ofFile(document.toString(), e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        List<Problem> refusals = output.refusals(List.of(document), report == null ? List.of(target) : List.of(target, report));
        if (!refusals.isEmpty()) {
            Console.report(err, refusals);
            return ExitCode.BAD_INPUT;
        }
        List<String> notes = result.report();
        Console.warn(err, document.toString(), notes);
        Problem failure = write(target, result.yaml());
        if (failure == null && report != null) {
            failure = write(report, reportText(notes));
        }
        if (failure != null) {
            Console.report(err, List.of(failure));
            return ExitCode.BAD_INPUT;
        }
        out.println("Đã ghi " + target + (notes.isEmpty() ? "" : " (" + notes.size() + " chỗ cần xem lại, liệt kê ở trên)"));
        if (report != null) {
            out.println("Đã ghi " + report);
        }
        return ExitCode.OK;
    }

    private String reportText(List<String> notes) {
        StringBuilder text = new StringBuilder("Nhập " + document + ": ");
        text.append(notes.isEmpty() ? "không có chỗ nào cần xem lại.\n" : notes.size() + " chỗ cần xem lại.\n");
        notes.forEach(n -> text.append(n).append('\n'));
        return text.toString();
    }

    private Problem write(Path file, String text) {
        return OutputFiles.write(file, text.getBytes(StandardCharsets.UTF_8), output.force);
    }
}
