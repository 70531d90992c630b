package vn.vanban.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * `vanban help [LỆNH]`, in place of picocli's own help command: a resource bundle reaches that
 * one's descriptions but not its parameter label (COMMAND) or its error ("Unknown subcommand").
 */
@Command(name = "help", helpCommand = true, description = "In hướng dẫn của một lệnh (vanban help render).")
final class HelpCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "LỆNH", arity = "0..1", description = "Lệnh cần xem hướng dẫn; không có: hướng dẫn chung.")
    String command;

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        CommandLine target = command == null ? parent : parent.getSubcommands().get(command);
        if (target == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": không có lệnh '" + command + "'; các lệnh: "
                    + String.join(", ", parent.getSubcommands().keySet()));
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        target.usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
