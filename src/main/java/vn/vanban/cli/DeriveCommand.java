package vn.vanban.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import vn.vanban.yaml.BundledSchema;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

@Command(
        name = "derive",
        resourceBundle = "vn.vanban.cli.messages.derive")
final class DeriveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PARENT.yaml", description = "Kế hoạch cấp trên đã ban hành (có số); không bị sửa.")
    Path parent;

    @Option(names = {"-p", "--profile"}, required = true, paramLabel = "ORG.yaml",
            description = "Hồ sơ cơ quan cấp dưới (schema/co-quan.schema.json).")
    Path profile;

    @CommandLine.Mixin
    YamlOutput yaml;

    @Override
    public Integer call() {
        Path target = yaml.target(defaultOutput(parent, profile));
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
            yaml.checkTarget(target, List.of(parent, profile));
            DerivedPlan derived;
            try {
                derived = Derivation.derive(parentTree, loaded.profile(), new Derivation.Options(
                        parent.getFileName().toString(), profile.getFileName().toString(),
                        schemaReference(parentTree.text(), parent, profile, target)));
            } catch (IllegalStateException e) {
                // Two valid inputs must give a valid plan; if not, the fault is vanban's.
                return yaml.vanbanFault(target, "kế hoạch soạn ra", "hai tệp " + parent + " và " + profile,
                        List.of(Problem.ofFile(target.toString(), e.getMessage())));
            }
            List<Problem> warnings = new ArrayList<>(loaded.warnings());
            warnings.addAll(PlanLoader.load(target.toString(), derived.text()).warnings());
            return yaml.publish(target, DeriveReportFormat.format(derived.report()), warnings, derived.text());
        } catch (InvalidInputException e) {
            return yaml.refuse(e);
        }
    }

    /** examples/hai-duong-2023-....yaml with co-quan/cam-ngoc.yaml → examples/cam-ngoc-hai-duong-2023-....yaml. */
    static Path defaultOutput(Path parent, Path profile) {
        return parent.resolveSibling(DerivedName.of(parent.getFileName().toString(), profile.getFileName().toString()));
    }

    /**
     * The plan schema as the new file's modeline should name it: beside the schema the parent's
     * modeline names, or beside the profile's co-quan.schema.json, or else this vanban's own,
     * relative to where the new file goes; a URL stays as it is.
     */
    static String schemaReference(String parentText, Path parent, Path profile, Path target) {
        String planSchema = BundledSchema.PLAN_FILE_NAME;
        if (InstalledSchema.modeline(parentText) == null) {
            String profileText = textOrEmpty(profile);
            String named = InstalledSchema.modeline(profileText);
            if (named != null && named.endsWith(BundledSchema.PROFILE.fileName())) {
                return InstalledSchema.besideInput(profileText, profile, target, planSchema);
            }
        }
        return InstalledSchema.besideInput(parentText, parent, target, planSchema);
    }

    private static String textOrEmpty(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
