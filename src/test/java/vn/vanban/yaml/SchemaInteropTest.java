package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.companion.Companion;
import vn.vanban.companion.CompanionKind;
import vn.vanban.companion.CompanionName;
import vn.vanban.problem.InvalidInputException;

/**
 * The shipped schemas work in a JSON Schema tool that is not ours: ajv (ajv-cli, draft 2020-12,
 * strict mode) resolves the profile schema's reference to the plan schema through their $ids and
 * validates both plan examples, the documents around a plan (the examples, and what vanban companion
 * writes from both plans) and both profiles, as vanban reads them (YAML 1.2: a date stays a
 * string). .ci/run installs ajv-cli and names it in VANBAN_AJV; without it this test fails, unless
 * VANBAN_SKIP_AJV=1 says to skip it.
 */
class SchemaInteropTest {

    private static final Path PLAN_SCHEMA = Path.of("schema/ke-hoach.schema.json");
    private static final Path PROFILE_SCHEMA = Path.of("schema/co-quan.schema.json");
    private static final Path KEYWORDS = Path.of("src/test/resources/ajv/editor-keywords.js");

    @TempDir
    Path temp;

    @Test
    void ajvValidatesThePlanExamples() throws Exception {
        for (Path plan : List.of(Path.of("examples/cam-ngoc-2023-phong-chong-mai-dam.yaml"),
                Path.of("examples/hai-duong-2023-phong-chong-mai-dam.yaml"))) {
            Result result = ajv(PLAN_SCHEMA, null, asJson(plan));
            assertEquals(0, result.exit(), plan + ":\n" + result.output());
        }
    }

    @Test
    void ajvValidatesTheDecisionTheLetterAndTheReportWithTheirSchemas() throws Exception {
        Map<Path, Path> schemaOf = Map.of(
                Path.of("examples/hai-duong-2023-quyet-dinh-ban-hanh-ke-hoach.yaml"), Path.of("schema/quyet-dinh.schema.json"),
                Path.of("examples/hai-duong-2023-cong-van-trien-khai.yaml"), Path.of("schema/cong-van.schema.json"),
                Path.of("examples/hai-duong-2023-bao-cao-ket-qua.yaml"), PLAN_SCHEMA);
        for (Map.Entry<Path, Path> example : schemaOf.entrySet()) {
            Result result = ajv(example.getValue(), PLAN_SCHEMA, asJson(example.getKey()));
            assertEquals(0, result.exit(), example.getKey() + ":\n" + result.output());
        }
    }

    @Test
    void ajvValidatesTheCompanionsOfBothPlansWithTheirSchemas() throws Exception {
        for (String example : List.of(Examples.CAM_NGOC, Examples.HAI_DUONG)) {
            for (CompanionKind kind : CompanionKind.values()) {
                String text = Companion.write(YamlTree.read(Examples.yaml(example)), kind,
                        new Companion.Options(example + ".yaml", null)).text();
                Path yaml = temp.resolve(CompanionName.of(example + ".yaml", kind));
                Files.writeString(yaml, text, StandardCharsets.UTF_8);
                Result result = ajv(Path.of("schema", kind.schemaFile()), PLAN_SCHEMA, asJson(yaml));
                assertEquals(0, result.exit(), yaml.getFileName() + ":\n" + result.output());
            }
        }
    }

    @Test
    void ajvResolvesTheProfileSchemasReferenceAndValidatesTheProfiles() throws Exception {
        for (Path profile : List.of(Path.of("examples/co-quan/cam-ngoc.yaml"), Path.of("examples/co-quan/tue-tinh.yaml"))) {
            Result result = ajv(PROFILE_SCHEMA, PLAN_SCHEMA, asJson(profile));
            assertEquals(0, result.exit(), profile + ":\n" + result.output());
        }
    }

    @Test
    void ajvRejectsWhatVanbanRejects() throws Exception {
        String text = Files.readString(Path.of("examples/cam-ngoc-2023-phong-chong-mai-dam.yaml"));
        assertTrue(text.contains("quyen_han: KT"));
        Path bad = temp.resolve("sai.yaml");
        Files.writeString(bad, text.replace("quyen_han: KT", "quyen_han: PCT"));
        Result result = ajv(PLAN_SCHEMA, null, asJson(bad));
        assertNotEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("quyen_han"), result.output());
    }

    private Path asJson(Path yaml) throws IOException, InvalidInputException {
        Path json = temp.resolve(yaml.getFileName().toString().replace(".yaml", ".json"));
        Files.writeString(json, YamlTree.read(yaml).root().toString(), StandardCharsets.UTF_8);
        return json;
    }

    private record Result(int exit, String output) {
    }

    private static Result ajv(Path schema, Path referenced, Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(executable(), "validate", "--spec=draft2020", "--strict=true",
                "--allow-union-types", "--errors=text", "-c", KEYWORDS.toAbsolutePath().toString(),
                "-s", schema.toAbsolutePath().toString()));
        if (referenced != null && !referenced.equals(schema)) {
            command.addAll(List.of("-r", referenced.toAbsolutePath().toString()));
        }
        command.addAll(List.of("-d", data.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ajv did not finish: " + command);
        }
        return new Result(process.exitValue(), output);
    }

    private static String executable() {
        String configured = System.getenv("VANBAN_AJV");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "ajv"))) {
                return Path.of(dir, "ajv").toString();
            }
        }
        Assumptions.assumeFalse("1".equals(System.getenv("VANBAN_SKIP_AJV")), "VANBAN_SKIP_AJV=1: ajv not run");
        return fail("ajv-cli is needed to check the schemas in a second tool: npm install -g ajv-cli@5 "
                + "(or set VANBAN_AJV to its path; .ci/run does this), or VANBAN_SKIP_AJV=1 to skip");
    }
}
