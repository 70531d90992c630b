package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.model.Issuer;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * Reads a plan YAML file: syntax, then the JSON Schema, then the domain rules, then the model.
 * Every error found is reported at once; warnings travel with the plan.
 */
public final class PlanLoader {

    private PlanLoader() {
    }

    /** A plan and what format review would remark on, though nothing stops rendering. */
    public record LoadedPlan(Plan plan, List<Problem> warnings) {
        public LoadedPlan {
            warnings = List.copyOf(warnings);
        }
    }

    public static LoadedPlan load(Path file) throws InvalidInputException {
        return load(YamlTree.read(file));
    }

    public static LoadedPlan load(String source, String text) throws InvalidInputException {
        return load(YamlTree.parse(source, text));
    }

    public static LoadedPlan load(YamlTree tree) throws InvalidInputException {
        List<Problem> problems = validate(tree);
        refuseErrors(problems);
        return new LoadedPlan(PlanReader.read(tree.root()), problems);
    }

    /**
     * A plan vanban wrote itself (an import's YAML): its rules and its model, not its schema. The
     * validator is a fifth of an import's time to load, and what the writer writes is checked
     * against the schema wherever assertions are on: in every test that imports a document.
     */
    public static LoadedPlan loadWritten(String source, String text) throws InvalidInputException {
        YamlTree tree = YamlTree.parse(source, text);
        List<Problem> problems = rules(tree);
        refuseErrors(problems);
        assert PlanSchema.validate(tree).stream().noneMatch(Problem::isError)
                : source + " breaks the plan schema: " + PlanSchema.validate(tree);
        return new LoadedPlan(PlanReader.read(tree.root()), problems);
    }

    /** Every error among the problems found, at once; warnings pass. */
    private static void refuseErrors(List<Problem> problems) throws InvalidInputException {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The plan's rules beyond its schema (dates on the calendar, a complete signer block, declared
     * variables, habits of format review), on any tree written with a plan's keys: an organisation
     * profile's nguoi_ky, noi_nhan and luu go into plans and are checked the same way.
     */
    public static List<Problem> rules(YamlTree tree) {
        List<Problem> problems = new ArrayList<>(PlanRules.check(tree));
        problems.sort(Problem.BY_POSITION);
        return problems;
    }

    /** The issuing body written as a plan's co_quan, from a tree that has passed the schema. */
    public static Issuer issuer(JsonNode coQuan) {
        return PlanReader.issuer(coQuan);
    }

    /** Every problem with the tree, errors and warnings, in file order. */
    public static List<Problem> validate(YamlTree tree) {
        List<Problem> problems = new ArrayList<>(PlanSchema.validate(tree));
        for (Problem p : PlanRules.check(tree)) {
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        problems.sort(Problem.BY_POSITION);
        return problems;
    }
}
