package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.serve.BrowserLauncher;
import vn.vanban.serve.Desk;
import vn.vanban.serve.DeskConfig;

/**
 * The clerk's desk in the browser. Its fields and signatures name no class of vn.vanban.serve:
 * picocli reads every command when vanban starts, and the web server's classes must load only
 * when this command runs.
 */
@Command(
        name = "serve",
        description = {
            "Mở trang làm việc trong trình duyệt: soạn, kiểm tra và in kế hoạch.",
            "Chạy một máy chủ web chỉ dành cho máy này (127.0.0.1) và mở trình duyệt ở trang của vanban: "
                + "soạn kế hoạch YAML có tô màu, gợi ý khóa và báo lỗi ngay khi gõ, xem trước trang in, tải "
                + ".docx và PDF, lập kế hoạch năm sau, kế hoạch cho cấp dưới, dựng cho mọi xã của một tỉnh, "
                + "kiểm tra thể thức một tệp .docx và nhập văn bản cũ. Trang chỉ mở và lưu tệp trong THƯ-MỤC."
        },
        footer = {"", "Ví dụ:", "  vanban serve", "  vanban serve examples --port 8080 --no-browser", "",
            "Dừng bằng Ctrl+C (hoặc đóng cửa sổ lệnh). Mã thoát: 0 đã dừng; 2 thư mục hoặc cổng không dùng được."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "THƯ-MỤC",
            description = "Thư mục chứa các kế hoạch mà trang được mở và lưu (mặc định: thư mục hiện tại).")
    Path folder = Path.of(".");

    @Option(names = "--port", paramLabel = "N",
            description = "Cổng trên 127.0.0.1 (mặc định: một cổng còn trống bất kỳ).")
    int port;

    @Option(names = "--no-browser", description = "Không tự mở trình duyệt, chỉ in địa chỉ của trang.")
    boolean noBrowser;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            Console.report(err, List.of(Problem.ofFile(folder.toString(),
                    Files.exists(folder) ? "là một tệp; cần thư mục chứa kế hoạch" : "không có thư mục này")));
            return ExitCode.BAD_INPUT;
        }
        if (port < 0 || port > 65535) {
            Console.report(err, List.of(Problem.ofFile("--port", "cổng " + port + " không dùng được; cần số từ 1 đến 65535")));
            return ExitCode.BAD_INPUT;
        }
        Desk desk;
        try {
            desk = Desk.start(DeskConfig.of(folder, port));
        } catch (BindException e) {
            Console.report(err, List.of(Problem.ofFile("--port", "cổng " + port + " đang bận (có thể vanban serve đang chạy"
                    + " ở một cửa sổ khác); chọn cổng khác, hoặc bỏ --port để vanban tự chọn")));
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            Console.report(err, List.of(Problem.ofFile(folder.toString(), "không mở được trang làm việc: " + e.getMessage())));
            return ExitCode.BAD_INPUT;
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(desk::close, "vanban-serve-stop"));
        out.println("vanban serve: trang làm việc ở địa chỉ");
        out.println("  " + desk.address());
        out.println("Thư mục làm việc: " + folder.toAbsolutePath().normalize());
        boolean opened = !noBrowser && BrowserLauncher.open(desk.address());
        out.println(opened ? "Đã mở trình duyệt; nếu chưa thấy trang, hãy chép địa chỉ trên vào trình duyệt."
                : "Hãy mở địa chỉ trên bằng trình duyệt (Chrome, Edge, Firefox, Cốc Cốc).");
        out.println("Để dừng: nhấn Ctrl+C hoặc đóng cửa sổ này.");
        out.flush();
        desk.join();
        return ExitCode.OK;
    }
}
