package vn.vanban.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The vanban command: one subcommand per job a clerk has. Its help options, option order and help
 * width are every subcommand's too (scope INHERIT), so that a subcommand's annotation says only
 * what is its own.
 */
@Command(
        name = "vanban",
        scope = CommandLine.ScopeType.INHERIT,
        resourceBundle = "vn.vanban.cli.messages.vanban",
        mixinStandardHelpOptions = true,
        versionProvider = Vanban.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Soạn kế hoạch (văn bản hành chính) đúng thể thức Nghị định 30/2020/NĐ-CP:",
            "mô tả kế hoạch bằng YAML, vanban dựng tệp .docx (và PDF, ảnh trang qua LibreOffice)."
        },
        subcommands = {RenderCommand.class, PreviewCommand.class, NextYearCommand.class, CheckCommand.class,
            DeriveCommand.class, CompanionCommand.class, ImportCommand.class, BatchCommand.class, UnitsCommand.class,
            ServeCommand.class, CompletionCommand.class, HelpCommand.class},
        footer = {"", "Mã thoát: 0 thành công; 1 có phát hiện (check) hoặc có đơn vị lỗi (batch);",
            "2 đầu vào không dùng được; 3 lỗi của vanban; 4 chưa tạo được PDF hoặc ảnh trang",
            "(thiếu LibreOffice hoặc LibreOffice lỗi), phần còn lại đã ghi."})
public final class Vanban implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Java 17 writes System.out in the platform charset; clerks' messages are Vietnamese.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs a command line with the given streams and returns its exit code; used by tests too. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Vanban());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            err.println("vanban: lỗi nội bộ: " + exception);
            if (System.getenv("VANBAN_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("(chạy lại với VANBAN_DEBUG=1 để xem chi tiết và báo lỗi cho người phát triển)");
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // The input limits keep every command well inside a small heap; a JVM given less still
            // gets a sentence, not a stack trace and exit status 1, which would mean "findings".
            err.println("vanban: không đủ bộ nhớ để làm xong (Java được dùng tối đa "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); hãy chạy lại với nhiều bộ nhớ hơn,"
                    + " ví dụ: java -Xmx1g -jar vanban.jar ...");
            code = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Vanban.class.getPackage().getImplementationVersion();
            return new String[] {"vanban " + (version == null ? "(bản phát triển)" : version)};
        }
    }
}
