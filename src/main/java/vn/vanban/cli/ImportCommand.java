package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.importer.PlanImporter;
import vn.vanban.io.ProgressBar;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.InstalledSchema;

@Command(
        name = "import",
        resourceBundle = "vn.vanban.cli.messages.import",
        description = "Nhập kế hoạch có sẵn (tệp Word .docx hoặc tệp chữ .txt) thành tệp kế hoạch YAML: một tệp, nhiều tệp hoặc cả thư mục.",
        footer = {"", "Ví dụ:", "  vanban import ke-hoach-2023.docx -o ke-hoach-2023.yaml",
            "  vanban import ke-hoach-tinh.txt --report xem-lai.txt", "  vanban import ke-hoach-cu/ -o yaml/", "",
            "Những đoạn không nhận ra được giữ nguyên thành đoạn văn và liệt kê trên stderr (số dòng/đoạn, vài chữ đầu).",
            "Nhiều tệp: mỗi tệp ghi một tệp YAML cùng tên, bên cạnh nó hoặc trong thư mục -o.",
            "Mã thoát: 0 đã ghi (có thể kèm danh sách cần xem lại); 1 có tệp không nhập được (các tệp khác đã ghi);",
            "2 tệp không dùng được, không ghi gì."})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DOC|THƯ_MỤC",
            description = "Kế hoạch cần nhập: .docx, hoặc .txt (UTF-8); hoặc thư mục: mọi tệp .docx và .txt trong đó.")
    List<Path> documents = new ArrayList<>();

    @CommandLine.Mixin
    ParallelOptions parallel;

    @CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Ghi thêm danh sách những chỗ cần xem lại vào tệp này.")
    Path report;

    /** One file's import: its YAML and notes, or why it could not be imported. */
    private record Imported(Path document, Path target, PlanImporter.Result result, String failure) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (documents.size() == 1 && !Files.isDirectory(documents.get(0))) {
            return one(documents.get(0), out, err);
        }
        List<Path> files;
        ProgressBar.Mode mode;
        try {
            mode = parallel.mode();
            files = ManyFiles.expand(documents, Set.of(".docx", ".txt"));
            if (report != null) {
                throw new InvalidInputException(Problem.ofFile("--report", "chỉ dùng khi nhập một tệp; nhiều tệp thì "
                        + "những chỗ cần xem lại được liệt kê trên stderr"));
            }
            if (output.path != null && Files.exists(output.path) && !Files.isDirectory(output.path)) {
                throw new InvalidInputException(Problem.ofFile(output.path.toString(),
                        "nhập nhiều tệp thì -o là một thư mục, không phải một tệp"));
            }
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        }
        Map<Path, Path> targetOf = new LinkedHashMap<>();
        for (Path file : files) {
            targetOf.put(file, output.path == null ? RenderCommand.withExtension(file, ".yaml")
                    : output.path.resolve(RenderCommand.withExtension(file.getFileName(), ".yaml")));
        }
        List<Path> targets = List.copyOf(targetOf.values());
        List<Problem> refusals = output.refusals(files, targets);
        if (!refusals.isEmpty()) {
            Console.report(err, refusals);
            return ExitCode.BAD_INPUT;
        }
        List<Imported> imported = ManyFiles.run(files, parallel.jobs, file -> {
            Path target = targetOf.get(file);
            try {
                return new Imported(file, target, PlanImporter.importFile(file, InstalledSchema.planSchemaFrom(target)), null);
            } catch (UnreadableDocumentException e) {
                return new Imported(file, target, null, e.getMessage());
            }
        }, new ProgressBar(err, mode, "tệp", "tệp"));
        int written = 0;
        for (Imported one : imported) {
            Problem failure = one.failure() == null ? null : Problem.ofFile(one.document().toString(), one.failure());
            if (failure == null) {
                Console.warn(err, one.document().toString(), one.result().report());
                failure = createParent(one.target());
            }
            if (failure == null) {
                failure = write(one.target(), one.result().yaml());
            }
            if (failure != null) {
                Console.report(err, List.of(failure));
                continue;
            }
            written++;
            int notes = one.result().report().size();
            out.println("Đã ghi " + one.target() + (notes == 0 ? "" : " (" + notes + " chỗ cần xem lại)"));
        }
        out.println("Đã nhập " + written + "/" + files.size() + " tệp" + (written < files.size()
                ? "; " + (files.size() - written) + " tệp không nhập được (xem ở trên)." : "."));
        out.flush();
        return written == files.size() ? ExitCode.OK : written == 0 ? ExitCode.BAD_INPUT : ExitCode.FINDINGS;
    }

    private static Problem createParent(Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return null;
        } catch (IOException e) {
            return OutputFiles.failure(target, e);
        }
    }

    /** One file named: imported as it has always been, with --report and -o naming files. */
    private int one(Path document, PrintWriter out, PrintWriter err) {
        Path target = output.orElse(RenderCommand.withExtension(document, ".yaml"));
        // The document is read first: a PDF or a .doc is told as such even when the output exists.
        PlanImporter.Result result;
        try {
            result = PlanImporter.importFile(document, InstalledSchema.planSchemaFrom(target));
        } catch (UnreadableDocumentException e) {
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
            failure = write(report, reportText(document, notes));
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

    private String reportText(Path document, List<String> notes) {
        StringBuilder text = new StringBuilder("Nhập " + document + ": ");
        text.append(notes.isEmpty() ? "không có chỗ nào cần xem lại.\n" : notes.size() + " chỗ cần xem lại.\n");
        notes.forEach(n -> text.append(n).append('\n'));
        return text.toString();
    }

    private Problem write(Path file, String text) {
        return OutputFiles.write(file, text.getBytes(StandardCharsets.UTF_8), output.force);
    }
}
