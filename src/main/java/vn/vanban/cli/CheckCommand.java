package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.check.CheckReport;
import vn.vanban.check.Checker;
import vn.vanban.check.Finding;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.problem.Problem;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Kiểm tra thể thức một tệp .docx theo Nghị định 30/2020/NĐ-CP.",
            "Khổ giấy, lề, phông chữ, từng thành phần thể thức (Quốc hiệu, Tiêu ngữ, tên cơ quan, số "
                + "ký hiệu, ngày tháng, tên loại, trích yếu, nội dung, chữ ký, nơi nhận) và số trang."
        },
        footer = {"", "Mã thoát: 0 không có lỗi (cảnh báo không tính, trừ khi có --strict); 1 có lỗi;",
            "2 không đọc được tệp.", "", "Ví dụ:", "  vanban check ke-hoach.docx", "  vanban check --json ke-hoach.docx"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DOC.docx", description = "Tệp .docx cần kiểm tra.")
    Path document;

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
        if (document == null) {
            err.println("vanban check: thiếu tệp .docx cần kiểm tra (xem vanban check --help)");
            err.flush();
            return ExitCode.BAD_INPUT;
        }
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
        boolean failed = report.errors() > 0 || (strict && report.warnings() > 0);
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
