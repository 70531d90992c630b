package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.vanban.model.VietnameseNames;

/**
 * A command line picocli cannot parse, told in Vietnamese: picocli's own messages ("Unknown
 * option", "Did you mean", "Missing required parameter") are English, and its resource bundles
 * reach only the help text. One line says what is wrong and, where picocli has a guess, what was
 * meant; a second says where the help is. Exit status 2, as for any unusable input.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + message(ex));
        err.println("Xem hướng dẫn: " + name + " --help");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (ex instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            return "chỉ dùng một trong " + exclusiveOptions(ex.getCommandLine()) + ", không dùng cùng nhau";
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return "tùy chọn " + name(overwritten.getOverwritten()) + " chỉ được dùng một lần";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return "giá trị '" + ex.getValue() + "' không dùng được cho " + name(ex.getArgSpec()) + ": cần "
                    + expected(ex.getArgSpec());
        }
        return "dòng lệnh không dùng được" + (ex.getValue() == null ? "" : " ở '" + ex.getValue() + "'");
    }

    private static String unmatched(UnmatchedArgumentException ex) {
        List<String> args = ex.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        List<String> suggestions = ex.getSuggestions();
        if (ex.isUnknownOption()) {
            return "không có tùy chọn '" + first + "'"
                    + (suggestions.isEmpty() ? "" : "; có phải là " + String.join(" hoặc ", suggestions) + "?");
        }
        CommandLine command = ex.getCommandLine();
        if (!command.getSubcommands().isEmpty()) {
            String name = command.getCommandSpec().qualifiedName();
            return "không có lệnh '" + first + "'" + (suggestions.isEmpty() ? "; các lệnh: " + commands(command)
                    : "; có phải là " + suggestions.stream().map(s -> name + " " + s).collect(Collectors.joining(" hoặc ")) + "?");
        }
        return "thừa '" + first + "'" + (args.size() > 1 ? " (và " + (args.size() - 1) + " tham số sau)" : "")
                + ": lệnh này không nhận thêm tham số đó";
    }

    private static String missing(MissingParameterException ex) {
        List<ArgSpec> missing = ex.getMissing();
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (missing.isEmpty()) {
            return "thiếu tham số";
        }
        if (missing.size() > 1) {
            return "thiếu một trong " + missing.stream().map(UsageErrors::withLabel).collect(Collectors.joining(", "));
        }
        ArgSpec arg = missing.get(0);
        if (arg instanceof PositionalParamSpec) {
            String[] description = arg.description();
            return "thiếu " + arg.paramLabel() + (description.length == 0 ? "" : " (" + asClause(description[0]) + ")");
        }
        if (message.startsWith("Missing required option") || message.startsWith("Missing required argument")) {
            return "thiếu tùy chọn bắt buộc " + withLabel(arg);
        }
        return "thiếu giá trị sau " + name(arg) + " (" + arg.paramLabel() + ")";
    }

    /** "Tệp kế hoạch YAML." → "tệp kế hoạch YAML", to stand inside a sentence. */
    private static String asClause(String sentence) {
        String text = sentence.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return VietnameseNames.lowerFirst(text);
    }

    /** "--output", the longest name of an option; the label of a positional parameter. */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String withLabel(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.arity().max > 0
                ? option.longestName() + " " + option.paramLabel() : name(arg);
    }

    private static String expected(ArgSpec arg) {
        Class<?> type = arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "một số nguyên";
        }
        if (Path.class.isAssignableFrom(type)) {
            return "một đường dẫn tệp hợp lệ";
        }
        return arg.paramLabel();
    }

    private static String exclusiveOptions(CommandLine command) {
        List<String> names = new ArrayList<>();
        for (ArgGroupSpec group : command.getCommandSpec().argGroups()) {
            if (group.exclusive()) {
                group.options().forEach(o -> names.add(o.longestName()));
            }
        }
        return String.join(", ", names);
    }

    private static String commands(CommandLine command) {
        Collection<String> names = command.getSubcommands().keySet();
        return String.join(", ", names);
    }
}
