package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.vanban.batch.BatchRun;
import vn.vanban.batch.BatchUnit;
import vn.vanban.batch.BatchUnits;
import vn.vanban.batch.ConsoleProgress;
import vn.vanban.batch.DirectorySink;
import vn.vanban.batch.DocumentSink;
import vn.vanban.batch.OutputFile;
import vn.vanban.batch.Summary;
import vn.vanban.batch.TypedPlaces;
import vn.vanban.batch.UnitFileNames;
import vn.vanban.batch.UnitOutput;
import vn.vanban.batch.UnitPlans;
import vn.vanban.batch.ZipSink;
import vn.vanban.io.ProgressBar;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.render.DocxRenderer;
import vn.vanban.render.TemplateSet;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

@Command(
        name = "batch",
        resourceBundle = "vn.vanban.cli.messages.batch",
        description = "Dựng một văn bản cho mỗi xã, phường, đặc khu: kế hoạch, quyết định, báo cáo do từng đơn vị ban hành "
                + "(tên cơ quan, địa danh, người ký, số văn bản và biến riêng của đơn vị); công văn gửi đến từng đơn vị "
                + "(\"Kính gửi: Ủy ban nhân dân <đơn vị>\").",
        footer = {"", "Ví dụ:",
            "  vanban batch ke-hoach.yaml --province Huế -o ke-hoach-hue/",
            "  vanban batch ke-hoach.yaml --units don-vi.csv -o ke-hoach.zip --zip",
            "  vanban batch cong-van.yaml --province \"Hải Phòng\" -o cong-van/",
            "", "Mã thoát: 0 mọi đơn vị xong; 1 có đơn vị lỗi (các đơn vị khác vẫn được ghi);",
            "2 đầu vào không dùng được, chưa ghi gì; 3 lỗi của vanban."})
final class BatchCommand implements Callable<Integer> {

    private static final String DOCX = ".docx";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    PlanInput input;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Units units;

    static final class Units {
        @Option(names = "--province", paramLabel = "TÊN|MÃ",
                description = "Mọi xã, phường, đặc khu của một tỉnh, thành phố theo danh mục (ví dụ: \"Hà Nội\", ha-noi, 01).")
        String province;

        @Option(names = "--units", paramLabel = "UNITS.csv|UNITS.yaml",
                description = "Tệp đơn vị: mỗi dòng một đơn vị với mã và giá trị riêng (xem README).")
        Path file;
    }

    /** -o is required here; picocli cannot make a mixin's option required, so checkOptions does. */
    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    ParallelOptions parallel;

    @Option(names = "--zip", description = "Ghi một tệp .zip (tên ở -o) thay cho thư mục.")
    boolean zip;

    @Option(names = "--dvhc", paramLabel = "NĂM",
            description = "Danh mục đơn vị hành chính: 2025 (từ 1/7/2025, mặc định) hoặc 2024 (trước sáp nhập).")
    String edition = UnitList.CURRENT;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar.Mode mode;
        try {
            mode = parallel.mode();
            checkOptions();
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        }
        UnitList list = UnitList.of(edition);
        UnitPlans plans;
        List<BatchUnit> batch;
        DocxRenderer renderer;
        DocumentSink sink;
        try {
            YamlTree tree = YamlTree.read(input.plan);
            PlanLoader.LoadedPlan loaded = PlanLoader.load(tree);
            Console.report(err, loaded.warnings());
            plans = new UnitPlans(loaded.plan(), input.plan.toString());
            batch = units.province != null ? BatchUnits.ofProvince(list, units.province)
                    : BatchUnits.read(units.file, list, loaded.plan().variables().keySet());
            Console.report(err, TypedPlaces.find(tree, loaded.plan(), batch, plans.sentToUnits()));
            Console.warn(err, input.plan.toString(), plans.warnings(batch));
            checkFiles(batch);
            renderer = DocxRenderer.create(input.templates).forBatch();
            sink = openSink();
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        }
        BatchRun.Job job = unit -> {
            DocxRenderer.Rendered rendered = renderer.render(plans.planFor(unit));
            // A per-document step (PDF) adds its file to this list.
            return new UnitOutput(List.of(new OutputFile(unit.fileStem() + DOCX, rendered.docx())), rendered.warnings());
        };
        Summary summary;
        try {
            summary = BatchRun.run(batch, job, sink, parallel.jobs, new ConsoleProgress(err, mode));
        } catch (TemplateSet.TemplateFailure e) {
            if (!e.userTemplates()) {
                throw e;
            }
            Console.report(err, List.of(e.problem()));
            return ExitCode.BAD_INPUT;
        }
        printSummary(out, summary, sink);
        return summary.failed() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void checkOptions() throws InvalidInputException {
        if (output.path == null) {
            throw new InvalidInputException(Problem.ofFile("-o", "thiếu -o DIR: thư mục ghi các tệp .docx (với --zip: tên tệp .zip)"));
        }
        if (!UnitList.EDITIONS.contains(edition)) {
            throw new InvalidInputException(Problem.ofFile("--dvhc", "'" + edition + "' không có; các danh mục: "
                    + String.join(", ", UnitList.EDITIONS)));
        }
    }

    /**
     * Before anything is written: no two units' files are one, and no file of the batch is one it
     * reads (the plan, the units file, a template).
     */
    private void checkFiles(List<BatchUnit> batch) throws InvalidInputException {
        List<Path> inputs = new ArrayList<>(input.files());
        inputs.add(units.file);
        List<Problem> problems = new ArrayList<>(UnitFileNames.collisions(batch, DOCX));
        problems.addAll(OutputOptions.clashes(inputs, List.of(output.path)));
        if (!zip && problems.isEmpty()) {
            problems.addAll(OutputOptions.clashesInFolder(inputs, output.path,
                    batch.stream().map(unit -> unit.fileStem() + DOCX).toList()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private DocumentSink openSink() throws InvalidInputException {
        try {
            return zip ? ZipSink.open(output.path, output.force) : DirectorySink.open(output.path, output.force);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(Problem.ofFile(output.path.toString(), Files.isDirectory(output.path)
                    ? "là thư mục; với --zip, -o là tên tệp .zip" : OutputFiles.EXISTS));
        } catch (NotDirectoryException e) {
            throw new InvalidInputException(Problem.ofFile(output.path.toString(), "đã có một tệp cùng tên; -o cần một thư mục"
                    + " (hoặc dùng --zip để ghi một tệp .zip)"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.ofFile(output.path.toString(), "không tạo được nơi ghi: " + e));
        }
    }

    private static void printSummary(PrintWriter out, Summary s, DocumentSink sink) {
        out.printf(VietnameseNames.VIETNAMESE, "Đơn vị:     %d%n", s.units());
        if (sink instanceof ZipSink zipSink) {
            String archive = zipSink.outcome() == null ? "không ghi (không có văn bản nào)"
                    : switch (zipSink.outcome()) {
                        case NEW -> "đã ghi " + zipSink.target();
                        case REPLACED -> "đã ghi đè " + zipSink.target();
                        case UNCHANGED -> zipSink.target() + " không đổi";
                    };
            out.printf(VietnameseNames.VIETNAMESE, "Văn bản:    %d trong tệp nén; %s%n", s.written(), archive);
        } else {
            out.printf(VietnameseNames.VIETNAMESE, "Đã ghi:     %d văn bản (%d mới, %d ghi đè) vào %s%n", s.written(),
                    s.created(), s.replaced(), ((DirectorySink) sink).directory());
            out.printf(VietnameseNames.VIETNAMESE, "Không đổi:  %d%n", s.unchanged());
        }
        out.printf(VietnameseNames.VIETNAMESE, "Lỗi:        %d%n", s.failed());
        out.printf(VietnameseNames.VIETNAMESE, "Thời gian:  %.2f giây (%.0f văn bản/giây)%n", s.seconds(), s.filesPerSecond());
        out.flush();
    }
}
