package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.check.Checker;
import vn.vanban.check.Finding;
import vn.vanban.cli.CliRun;
import vn.vanban.companion.CompanionKind;
import vn.vanban.companion.CompanionName;
import vn.vanban.derive.ProfileLoader;
import vn.vanban.docx.BadFiles;
import vn.vanban.docx.TestDocx;
import vn.vanban.importer.PlanImporter;
import vn.vanban.pdf.OfficeForTests;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;

/**
 * The page's actions over HTTP, each against what the command line gives for the same input: the
 * page has no logic of its own to drift from it. The desk here has no LibreOffice, so the preview
 * and PDF tell the clerk so while the .docx still comes.
 */
class DeskActionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = Examples.CAM_NGOC + ".yaml";

    @TempDir
    static Path work;

    private static TestDesk desk;
    private static byte[] plan;

    @BeforeAll
    static void start() throws IOException {
        desk = TestDesk.start(work, DeskConfig.UPLOAD_LIMIT, OfficeForTests.nowhere());
        plan = Files.readAllBytes(desk.folder.resolve(PLAN));
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static JsonNode json(RawHttp.Reply reply) throws IOException {
        return JSON.readTree(reply.body());
    }

    @Test
    void theEditorsMessagesAreTheLoadersProblemsWithLineAndColumn() throws IOException {
        String text = new String(plan, StandardCharsets.UTF_8).replace("nam: 2023", "nam: 20233")
                .replace("quyen_han: KT", "quyen_han: PCT");
        List<Problem> expected;
        try {
            PlanLoader.load(PLAN, text);
            throw new AssertionError("the loader accepts the broken plan");
        } catch (InvalidInputException e) {
            expected = e.problems();
        }
        RawHttp.Reply reply = desk.post("/api/lint?ten=" + PLAN, text.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status());
        List<String> shown = new ArrayList<>();
        for (JsonNode p : json(reply).get("problems")) {
            shown.add(p.get("line").asInt() + ":" + p.get("column").asInt() + " " + p.get("message").asText());
        }
        assertEquals(expected.stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList(), shown);
        assertEquals(2, shown.size(), shown.toString());
    }

    @Test
    void theDocxIsTheRenderersAndThePreviewSaysLibreOfficeIsMissing() throws IOException {
        RawHttp.Reply docx = desk.post("/api/docx?ten=" + PLAN, plan);
        assertEquals(200, docx.status());
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), docx.body());
        assertTrue(docx.headers().get("content-disposition").contains("filename*=UTF-8''" + Examples.CAM_NGOC + ".docx"));

        JsonNode preview = json(desk.post("/api/preview?ten=" + PLAN, plan));
        assertEquals(0, preview.get("pages").size());
        assertTrue(preview.get("office").get(0).asText().startsWith("không tìm thấy LibreOffice"), preview.toString());

        RawHttp.Reply pdf = desk.post("/api/pdf?ten=" + PLAN, plan);
        assertEquals(503, pdf.status());
        assertTrue(json(pdf).get("error").asText().startsWith("không tìm thấy LibreOffice"), pdf.text());

        JsonNode info = json(desk.get("/api/desk"));
        assertTrue(info.get("office").get(0).asText().startsWith("không tìm thấy LibreOffice"), info.toString());
    }

    @Test
    void anInvalidPlanGetsItsProblemsNotADocument() throws IOException {
        RawHttp.Reply reply = desk.post("/api/docx?ten=" + PLAN, "nam: 2023\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, reply.status());
        assertTrue(json(reply).get("problems").size() > 0, reply.text());
    }

    @Test
    void aDroppedDocxIsCheckedAsVanbanCheckChecksIt() throws Exception {
        byte[] bad = TestDocx.edit(Examples.docx(Examples.CAM_NGOC), "word/document.xml", "w:left=\"1701\"", "w:left=\"1000\"");
        Path file = work.resolve("sai-le.docx");
        Files.write(file, bad);
        List<Finding> expected = Checker.check(file);
        JsonNode reply = json(desk.post("/api/check?ten=" + "C:%5CUsers%5Cvan-thu%5Csai-le.docx", bad));
        assertEquals("sai-le.docx", reply.get("file").asText(), "only the file's own name is kept");
        List<String> rules = new ArrayList<>();
        reply.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertEquals(expected.stream().map(f -> f.rule().id()).toList(), rules);
        assertEquals(TestDocx.read(bad).paragraphs().size(), reply.get("paragraphs").size());
    }

    @Test
    void uploadsPassTheSameGuardsAsCheckAndImport() throws IOException {
        byte[] bomb = BadFiles.zipBomb(Examples.docx(Examples.CAM_NGOC));
        RawHttp.Reply checked = desk.post("/api/check?ten=bom.docx", bomb);
        assertEquals(422, checked.status());
        assertTrue(json(checked).get("error").asText().contains("nghi là \"zip bomb\""), checked.text());
        RawHttp.Reply imported = desk.post("/api/import?ten=bom.docx", bomb);
        assertEquals(422, imported.status());
        assertTrue(json(imported).get("error").asText().contains("zip bomb"), imported.text());

        Path secret = Files.writeString(work.resolve("bi-mat.txt"), "MAT-KHAU-BI-MAT");
        byte[] entity = TestDocx.edit(TestDocx.edit(Examples.docx(Examples.CAM_NGOC), "word/document.xml", "<w:document ",
                "<!DOCTYPE w:document [<!ENTITY bi SYSTEM \"" + secret.toUri() + "\">]><w:document "), "word/document.xml",
                "KẾ HOẠCH", "&bi;");
        for (String action : List.of("/api/check?ten=xxe.docx", "/api/import?ten=xxe.docx")) {
            RawHttp.Reply reply = desk.post(action, entity);
            assertFalse(reply.text().contains("MAT-KHAU-BI-MAT"), action + ": " + reply.text());
        }
        RawHttp.Reply pdf = desk.post("/api/import?ten=cu.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(422, pdf.status());
        assertTrue(json(pdf).get("error").asText().startsWith("cu.pdf: đây là tệp PDF"), pdf.text());
    }

    @Test
    void anOldPlanIsImportedAsVanbanImportImportsIt() throws Exception {
        Path old = work.resolve("ke-hoach-cu.docx");
        Files.write(old, Examples.docx(Examples.HAI_DUONG));
        JsonNode reply = json(desk.post("/api/import?ten=ke-hoach-cu.docx", Files.readAllBytes(old)));
        assertEquals("ke-hoach-cu.yaml", reply.get("name").asText());
        Path saved = desk.folder.resolve("ke-hoach-cu.yaml");
        assertEquals(PlanImporter.importFile(old, InstalledSchema.planSchemaFrom(saved)).yaml(), reply.get("text").asText());
    }

    @Test
    void nextYearAndDeriveGiveTheCommandLinesText() throws IOException {
        JsonNode next = json(desk.post("/api/next-year?ten=" + PLAN, plan));
        String nextName = PLAN.replace("2023", "2024");
        assertEquals(nextName, next.get("name").asText());
        CliRun cli = CliRun.of("next-year", desk.folder.resolve(PLAN).toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(Files.readString(desk.folder.resolve(nextName)), next.get("text").asText());
        assertTrue(next.get("report").asText().startsWith("Kế hoạch năm 2024 từ " + PLAN), next.get("report").asText());

        String parent = Examples.HAI_DUONG + ".yaml";
        JsonNode derived = json(desk.post("/api/derive?ten=" + parent + "&ho_so=co-quan/cam-ngoc.yaml",
                Files.readAllBytes(desk.folder.resolve(parent))));
        String derivedName = "cam-ngoc-" + parent;
        assertEquals(derivedName, derived.get("name").asText());
        CliRun derive = CliRun.of("derive", desk.folder.resolve(parent).toString(), "--profile",
                desk.folder.resolve("co-quan/cam-ngoc.yaml").toString());
        assertEquals(0, derive.exitCode(), derive.err());
        assertEquals(Files.readString(desk.folder.resolve(derivedName)), derived.get("text").asText());

        RawHttp.Reply outside = desk.post("/api/derive?ten=" + parent + "&ho_so=../bi-mat.yaml", plan);
        assertEquals(403, outside.status());
    }

    @Test
    void aCompanionIsTheCommandLinesTextAndReport() throws IOException {
        String parent = Examples.HAI_DUONG + ".yaml";
        byte[] planText = Files.readAllBytes(desk.folder.resolve(parent));
        for (CompanionKind kind : CompanionKind.values()) {
            JsonNode reply = json(desk.post("/api/companion?ten=" + parent + "&loai=" + URLEncoder.encode(kind.key(),
                    StandardCharsets.UTF_8), planText));
            String name = CompanionName.of(parent, kind);
            assertEquals(name, reply.get("name").asText());
            CliRun cli = CliRun.of("companion", desk.folder.resolve(parent).toString(), "--loai", kind.key());
            assertEquals(0, cli.exitCode(), cli.err());
            Path written = desk.folder.resolve(name);
            assertEquals(Files.readString(written), reply.get("text").asText(), kind + ": the same text, the same modeline");
            assertEquals(cli.out().substring(0, cli.out().lastIndexOf("\n\nĐã ghi ") + 1), reply.get("report").asText());
            assertEquals(0, reply.get("problems").size());
            Files.delete(written);
        }
        RawHttp.Reply lower = desk.post("/api/companion?ten=" + parent + "&loai=qd", planText);
        assertEquals(200, lower.status(), "the kind is typed as on the command line");

        RawHttp.Reply unknown = desk.post("/api/companion?ten=" + parent + "&loai=TB", planText);
        assertEquals(400, unknown.status());
        assertEquals(CompanionKind.notAKind("TB"), json(unknown).get("error").asText());
        String decision = Examples.DECISION + ".yaml";
        RawHttp.Reply notPlan = desk.post("/api/companion?ten=" + decision + "&loai=BC",
                Files.readAllBytes(desk.folder.resolve(decision)));
        assertEquals(422, notPlan.status());
        JsonNode problem = json(notPlan).get("problems").get(0);
        assertEquals(6, problem.get("line").asInt());
        assertTrue(problem.get("message").asText().startsWith("tệp này là quyết định (loai: QĐ), không phải kế hoạch"),
                problem.toString());
    }

    @Test
    void theDeskTellsEachFileItsKindAndLintsAProfileAsAProfile() throws Exception {
        Map<String, String> kinds = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (JsonNode file : json(desk.get("/api/desk")).get("files")) {
            kinds.put(file.get("path").asText(), file.get("kind").asText());
            labels.put(file.get("path").asText(), file.get("label").asText());
        }
        assertEquals("KH", kinds.get(Examples.HAI_DUONG + ".yaml"));
        assertEquals("kế hoạch", labels.get(Examples.CAM_NGOC + ".yaml"));
        assertEquals("QĐ", kinds.get(Examples.DECISION + ".yaml"));
        assertEquals("quyết định", labels.get(Examples.DECISION + ".yaml"));
        assertEquals("báo cáo", labels.get(Examples.REPORT + ".yaml"));
        assertEquals("công văn", labels.get(Examples.LETTER + ".yaml"));
        assertEquals("ho-so", kinds.get("co-quan/cam-ngoc.yaml"));
        assertEquals("hồ sơ cơ quan", labels.get("co-quan/tue-tinh.yaml"));

        String profile = Files.readString(desk.folder.resolve("co-quan/cam-ngoc.yaml"));
        JsonNode clean = json(desk.post("/api/lint?ten=cam-ngoc.yaml", profile.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, clean.get("problems").size(), "a valid profile is not a broken plan: " + clean);
        String broken = profile.replace("quyen_han: KT", "quyen_han: PCT");
        assertTrue(broken.contains("PCT"));
        List<String> expected = new ArrayList<>();
        try {
            ProfileLoader.load("cam-ngoc.yaml", broken);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> expected.add(p.line() + ":" + p.column() + " " + p.message()));
        }
        List<String> shown = new ArrayList<>();
        json(desk.post("/api/lint?ten=cam-ngoc.yaml", broken.getBytes(StandardCharsets.UTF_8))).get("problems")
                .forEach(p -> shown.add(p.get("line").asInt() + ":" + p.get("column").asInt() + " " + p.get("message").asText()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown, "the profile loader's own messages");
    }

    @Test
    void aBatchRunsInTheBackgroundToItsZip() throws Exception {
        RawHttp.Reply started = desk.post("/api/batch?ten=" + PLAN + "&tinh=12", plan);
        assertEquals(200, started.status(), started.text());
        String id = json(started).get("id").asText();
        int total = json(started).get("total").asInt();
        JsonNode status = json(started);
        for (int i = 0; i < 600 && !status.get("finished").asBoolean(); i++) {
            Thread.sleep(100);
            status = json(desk.get("/api/batch?id=" + id));
        }
        assertTrue(status.get("finished").asBoolean(), status.toString());
        assertEquals(total, status.get("done").asInt());
        assertEquals(0, status.get("failed").asInt());
        // As the command line warns before a batch: the plan's signer is not the units'.
        assertEquals(1, status.get("warnings").size(), status.toString());
        assertTrue(status.get("warnings").get(0).asText().startsWith("họ tên người ký 'Phạm Văn Hành' là của văn bản này"),
                status.toString());
        RawHttp.Reply zip = desk.get("/api/batch/zip?id=" + id);
        assertEquals(200, zip.status());
        assertEquals("PK", new String(zip.body(), 0, 2, StandardCharsets.ISO_8859_1));
        RawHttp.Reply unknown = desk.post("/api/batch?ten=" + PLAN + "&tinh=Atlantis", plan);
        assertEquals(422, unknown.status());
        assertTrue(unknown.text().contains("Atlantis"), unknown.text());
    }
}
