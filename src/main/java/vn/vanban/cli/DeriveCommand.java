package vn.vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.derive.Derivation;
import vn.vanban.derive.DeriveReportFormat;
import vn.vanban.derive.DerivedName;
import vn.vanban.derive.DerivedPlan;
import vn.vanban.derive.ProfileLoader;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

@Command(
        name = "derive",
        resourceBundle = "vn.vanban.cli.messages.derive",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Soạn kế hoạch của cơ quan cấp dưới từ kế hoạch cấp trên.",
            "Dẫn kế hoạch gốc làm căn cứ, giữ các nhiệm vụ, đổi câu chữ cho cấp dưới, giao việc cho "
                + "đơn vị tương ứng, lấy người ký, nơi nhận, dòng Lưu từ hồ sơ cơ quan; số và ngày để "
                + "trống. In báo cáo mọi thay đổi và những chỗ cần rà soát."
        },
        footer = {"", "Ví dụ:",
            "  vanban derive examples/hai-duong-2023-phong-chong-mai-dam.yaml --profile examples/co-quan/cam-ngoc.yaml",
            "  (ghi examples/cam-ngoc-hai-duong-2023-phong-chong-mai-dam.yaml)"})
final class DeriveCommand implements Callable<Integer> {

    private static final Pattern MODELINE = Pattern.compile("(?m)^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PARENT.yaml", description = "Kế hoạch cấp trên đã ban hành (có số); không bị sửa.")
    Path parent;

    @Option(names = {"-p", "--profile"}, required = true, paramLabel = "ORG.yaml",
            description = "Hồ sơ cơ quan cấp dưới (schema/co-quan.schema.json).")
    Path profile;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Mixin
    DryRunOption dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output.orElse(defaultOutput(parent, profile));
        try {
            List<Problem> inputs = new ArrayList<>();
            YamlTree parentTree = null;
            ProfileLoader.Loaded loaded = null;
            try {
                parentTree = YamlTree.read(parent);
            } catch (InvalidInputException e) {
                inputs.addAll(e.problems());
            }
            try {
                loaded = ProfileLoader.load(profile);
            } catch (InvalidInputException e) {
                inputs.addAll(e.problems());
            }
            if (!inputs.isEmpty()) {
                throw new InvalidInputException(inputs);
            }
            YamlOutput.checkTarget(output, target, List.of(parent, profile), dryRun.dryRun);
            DerivedPlan derived;
            try {
                derived = Derivation.derive(parentTree, loaded.profile(), new Derivation.Options(
                        parent.getFileName().toString(), profile.getFileName().toString(),
                        schemaReference(parentTree.text(), parent, profile, target)));
            } catch (IllegalStateException e) {
                // Two valid inputs must give a valid plan; if not, the fault is vanban's.
                err.println(target + ": kế hoạch soạn ra không hợp lệ nên không ghi tệp nào; đây là lỗi của vanban,"
                        + " xin báo cho người phát triển kèm hai tệp " + parent + " và " + profile + " (" + e.getMessage() + ")");
                err.flush();
                return ExitCode.INTERNAL;
            }
            out.print(DeriveReportFormat.format(derived.report()));
            Console.report(err, loaded.warnings());
            Console.report(err, PlanLoader.load(target.toString(), derived.text()).warnings());
            return YamlOutput.write(out, target, derived.text(), dryRun.dryRun, output.force);
        } catch (InvalidInputException e) {
            Console.report(err, e.problems());
            return ExitCode.BAD_INPUT;
        } catch (IOException e) {
            return YamlOutput.failed(err, target, e);
        } finally {
            out.flush();
        }
    }

    /** examples/hai-duong-2023-....yaml with co-quan/cam-ngoc.yaml → examples/cam-ngoc-hai-duong-2023-....yaml. */
    static Path defaultOutput(Path parent, Path profile) {
        return parent.resolveSibling(DerivedName.of(parent.getFileName().toString(), profile.getFileName().toString()));
    }

    /**
     * The plan schema as the new file's modeline should name it: the parent's modeline, or the
     * profile's pointing at co-quan.schema.json (ke-hoach.schema.json is beside it), or this
     * vanban's own schema, made relative to where the new file goes; a URL stays as it is.
     */
    static String schemaReference(String parentText, Path parent, Path profile, Path target) {
        String reference = modeline(parentText);
        Path base = parent;
        if (reference == null) {
            try {
                String profileReference = modeline(Files.readString(profile, StandardCharsets.UTF_8));
                if (profileReference != null && profileReference.endsWith("co-quan.schema.json")) {
                    reference = profileReference.substring(0, profileReference.length() - "co-quan.schema.json".length())
                            + "ke-hoach.schema.json";
                    base = profile;
                }
            } catch (IOException e) {
                return null;
            }
        }
        if (reference == null) {
            return InstalledSchema.planSchemaFrom(target);
        }
        if (reference.contains("://")) {
            return reference;
        }
        return InstalledSchema.from(target, base.toAbsolutePath().getParent().resolve(reference));
    }

    private static String modeline(String text) {
        Matcher m = MODELINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
