package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vanban.io.AtomicOutput;
import vn.vanban.pdf.PageImages;
import vn.vanban.problem.Problem;

/**
 * A quick look at a plan as a real office suite lays it out: the .docx is converted by
 * LibreOffice and every page is written as a PNG. A command of its own rather than a render
 * option: it writes a folder of pictures, not a document, and has options of its own (--dpi).
 */
@Command(
        name = "preview",
        resourceBundle = "vn.vanban.cli.messages.preview",
        description = {
            "Xem nhanh kế hoạch: mỗi trang thành một ảnh PNG.",
            "Dựng kế hoạch, chuyển sang PDF bằng LibreOffice và ghi mỗi trang thành một ảnh PNG "
                + "(trang-1.png, trang-2.png, ...). Không ghi tệp .docx nào."
        },
        footer = {"", "Ví dụ:", "  vanban preview ke-hoach.yaml -o xem-truoc --dpi 120", "",
            "Mã thoát: 0 đã ghi ảnh; 2 đầu vào không dùng được, không ghi gì;",
            "4 chưa tạo được ảnh (thiếu LibreOffice hoặc LibreOffice lỗi), không ghi gì."})
final class PreviewCommand implements Callable<Integer> {

    static final int DEFAULT_DPI = 96;
    private static final Pattern PAGE_FILE = Pattern.compile("trang-\\d+\\.png");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--dpi", paramLabel = "N",
            description = "Độ phân giải, số điểm ảnh mỗi inch, từ " + PageImages.MIN_DPI + " đến " + PageImages.MAX_DPI
                    + " (mặc định " + DEFAULT_DPI + ": trang A4 rộng 794 điểm ảnh).")
    int dpi = DEFAULT_DPI;

    @CommandLine.Mixin
    PlanInput input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dpi < PageImages.MIN_DPI || dpi > PageImages.MAX_DPI) {
            Console.report(err, List.of(Problem.ofFile("--dpi", String.format("giá trị %d không dùng được; phải từ %d đến %d",
                    dpi, PageImages.MIN_DPI, PageImages.MAX_DPI))));
            return ExitCode.BAD_INPUT;
        }
        Path directory = output.orElse(defaultDirectory(input.plan));
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            Console.report(err, List.of(Problem.ofFile(directory.toString(), "đã có một tệp tên này; cần một thư mục")));
            return ExitCode.BAD_INPUT;
        }
        List<Problem> clashes = new ArrayList<>(OutputOptions.clashes(input.files(), List.of(directory)));
        clashes.addAll(OutputOptions.clashesInFolder(input.files(), directory,
                name -> PAGE_FILE.matcher(name.toLowerCase(Locale.ROOT)).matches()));
        if (!clashes.isEmpty()) {
            Console.report(err, clashes);
            return ExitCode.BAD_INPUT;
        }
        List<Path> previous = pageFiles(directory);
        if (!output.force && !previous.isEmpty()) {
            Console.report(err, List.of(Problem.ofFile(directory.toString(),
                    "thư mục đã có ảnh trang (" + previous.get(0).getFileName() + ", ...); dùng --force để ghi đè")));
            return ExitCode.BAD_INPUT;
        }
        byte[] docx = input.docx(err);
        if (docx == null) {
            return ExitCode.BAD_INPUT;
        }
        byte[] pdf = OfficeConsole.pdf(docx, directory.toString(), "ảnh trang", err);
        if (pdf == null) {
            return ExitCode.NO_PDF;
        }
        List<Path> written = new ArrayList<>();
        try {
            List<byte[]> pages = PageImages.png(pdf, dpi);
            int digits = String.valueOf(pages.size()).length();
            for (int i = 0; i < pages.size(); i++) {
                Path page = directory.resolve(String.format("trang-%0" + digits + "d.png", i + 1));
                AtomicOutput.write(page, pages.get(i), true);
                written.add(page);
            }
            // Pages left from a longer version of the plan would pass for pages of this one.
            for (Path stale : previous) {
                if (!written.contains(stale)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            // A partial set of pages would read as the whole document.
            for (Path page : written) {
                try {
                    Files.deleteIfExists(page);
                } catch (IOException ignored) {
                    // The message below already tells the clerk the folder is not usable.
                }
            }
            Console.report(err, List.of(Problem.ofFile(directory.toString(), "không ghi được ảnh trang: " + e.getMessage())));
            return ExitCode.BAD_INPUT;
        }
        for (Path page : written) {
            out.println("Đã ghi " + page);
        }
        return ExitCode.OK;
    }

    /** The page images of an earlier preview in the folder (trang-N.png). */
    private static List<Path> pageFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> PAGE_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** ke-hoach.yaml → ke-hoach-xem-truoc/ beside it. */
    static Path defaultDirectory(Path plan) {
        Path docx = RenderCommand.withExtension(plan, "");
        return docx.resolveSibling(docx.getFileName() + "-xem-truoc");
    }
}
