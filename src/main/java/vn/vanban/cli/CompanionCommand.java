package vn.vanban.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vanban.companion.Companion;
import vn.vanban.companion.CompanionDocument;
import vn.vanban.companion.CompanionKind;
import vn.vanban.companion.CompanionName;
import vn.vanban.companion.CompanionReport;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;
import vn.vanban.yaml.YamlTree;

@Command(
        name = "companion",
        resourceBundle = "vn.vanban.cli.messages.companion")
final class CompanionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN.yaml", description = "Kế hoạch YAML (không bị sửa).")
    Path plan;

    @Option(names = "--loai", required = true, paramLabel = "QĐ|BC|CV",
            description = "Văn bản cần soạn: QĐ quyết định ban hành kế hoạch, BC báo cáo kết quả thực hiện, CV công văn "
                    + "triển khai (viết hoa hay thường đều được, QD cũng được).")
    String kind;

    @CommandLine.Mixin
    YamlOutput yaml;

    @Override
    public Integer call() {
        try {
            CompanionKind companion = CompanionKind.parse(kind).orElseThrow(() -> new InvalidInputException(Problem.ofFile(
                    "--loai", CompanionKind.notAKind(kind))));
            YamlTree tree = YamlTree.read(plan);
            Path target = yaml.target(defaultOutput(plan, companion));
            yaml.checkTarget(target, List.of(plan));
            String schema = InstalledSchema.besideInput(tree.text(), plan, target, companion.schemaFile());
            CompanionDocument document;
            try {
                document = Companion.write(tree, companion, new Companion.Options(plan.getFileName().toString(), schema));
            } catch (IllegalStateException e) {
                // A valid plan must give a valid companion; if not, the fault is vanban's.
                return yaml.vanbanFault(target, "văn bản soạn ra", "tệp " + plan,
                        List.of(Problem.ofFile(target.toString(), e.getMessage())));
            }
            return yaml.publish(target, CompanionReport.format(document),
                    PlanLoader.load(target.toString(), document.text()).warnings(), document.text());
        } catch (InvalidInputException e) {
            return yaml.refuse(e);
        }
    }

    /** examples/hai-duong-2023-....yaml with BC → examples/hai-duong-2023-...-bao-cao.yaml. */
    static Path defaultOutput(Path plan, CompanionKind kind) {
        return plan.resolveSibling(CompanionName.of(plan.getFileName().toString(), kind));
    }
}
