package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.check.CheckReport;
import vn.vanban.check.CheckedFiles;
import vn.vanban.check.Checker;
import vn.vanban.check.Finding;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.io.ProgressBar;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

@Command(
        name = "check",
        description = {
            "Kiểm tra thể thức tệp .docx theo Nghị định 30/2020/NĐ-CP: một tệp, nhiều tệp hoặc cả thư mục.",
            "Khổ giấy, lề, phông chữ, từng thành phần thể thức (Quốc hiệu, Tiêu ngữ, tên cơ quan, số "
                + "ký hiệu, ngày tháng, tên loại, trích yếu, nội dung, chữ ký, nơi nhận) và số trang."
        },
        footer = {"", "Mã thoát: 0 không có lỗi (cảnh báo không tính, trừ khi có --strict); 1 có lỗi (ở một tệp",
            "trở lên, hoặc có tệp không đọc được khi kiểm tra nhiều tệp); 2 không đọc được tệp nào.", "", "Ví dụ:",
            "  vanban check ke-hoach.docx", "  vanban check --json ke-hoach.docx", "  vanban check van-ban-den/ --json"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DOC.docx|THƯ_MỤC",
            description = "Tệp .docx cần kiểm tra, hoặc thư mục: mọi tệp .docx trong đó.")
    List<Path> documents = new ArrayList<>();

    @CommandLine.Mixin
    ParallelOptions parallel;

    @Option(names = "--json", description = "In kết quả dạng JSON cho chương trình khác đọc.")
    boolean json;

    @Option(names = "--strict", description = "Cảnh báo cũng tính là phát hiện (mã thoát 1).")
    boolean strict;

    @Option(names = "--rules", description = "In danh sách các quy tắc (mã, mức, nguồn, nội dung) rồi thoát.")
    boolean listRules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listRules) {
            out.print(CheckReport.rules());
            out.flush();
            return ExitCode.OK;
        }
        if (documents.isEmpty()) {
            err.println("vanban check: thiếu tệp .docx cần kiểm tra (xem vanban check --help)");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        List<Path> files;
        ProgressBar.Mode mode;
        try {
            mode = parallel.mode();
            files = ManyFiles.expand(documents, Set.of(".docx"));
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        }
        if (documents.size() == 1 && files.size() == 1 && !Files.isDirectory(documents.get(0))) {
            return one(files.get(0), out, err);
        }
        ProgressBar bar = new ProgressBar(err, mode, "tệp", "tệp");
        CheckedFiles checked = new CheckedFiles(ManyFiles.run(files, parallel.jobs, CheckCommand::checked, bar));
        for (CheckedFiles.Checked file : checked.files()) {
            if (file.report() == null) {
                Console.report(err, List.of(Problem.ofFile(file.file(), file.unreadable())));
            } else if (!json) {
                out.print(file.report().text());
            }
        }
        out.print(json ? checked.json(strict) : checked.summary(strict));
        out.flush();
        if (checked.unreadable() == checked.files().size()) {
            return ExitCode.BAD_INPUT;
        }
        return checked.withFindings(strict) + checked.unreadable() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static CheckedFiles.Checked checked(Path file) {
        try {
            return new CheckedFiles.Checked(file.toString(), new CheckReport(file.toString(), Checker.check(file)), null);
        } catch (UnreadableDocumentException e) {
            return new CheckedFiles.Checked(file.toString(), null, e.getMessage());
        }
    }

    /** One file named: its report as it has always been printed, alone. */
    private int one(Path document, PrintWriter out, PrintWriter err) {
        String file = document.toString();
        List<Finding> findings;
        try {
            findings = Checker.check(document);
        } catch (UnreadableDocumentException e) {
            if (json) {
                out.print(CheckReport.jsonError(file, e.getMessage()));
                out.flush();
            }
            Console.report(err, List.of(Problem.ofFile(file, e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        CheckReport report = new CheckReport(file, findings);
        out.print(json ? report.json() : report.text());
        out.flush();
        return CheckedFiles.failed(report, strict) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
