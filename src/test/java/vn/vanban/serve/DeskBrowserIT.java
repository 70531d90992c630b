package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.vanban.Examples;
import vn.vanban.check.CheckReport;
import vn.vanban.check.Checker;
import vn.vanban.check.Finding;
import vn.vanban.cli.CliRun;
import vn.vanban.companion.CompanionKind;
import vn.vanban.companion.CompanionName;
import vn.vanban.docx.TestDocx;
import vn.vanban.importer.PlanImporter;
import vn.vanban.pdf.OfficeForTests;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;
import vn.vanban.yaml.InstalledSchema;
import vn.vanban.yaml.PlanLoader;

/**
 * The page in a real browser, as a clerk uses it: open it, load an example, make a typo and see
 * the message at its line, fix it, see the preview change, download the .docx (the same bytes as
 * vanban render), drop a bad .docx and see the findings, run a small batch to 100 %, open the
 * report of a plan (the same text as vanban companion), complete a decision's keys from its schema. The steps run
 * in order on one page; the screenshots they take go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBrowserIT {

    private static final String PLAN = Examples.CAM_NGOC + ".yaml";
    private static final Duration SHORT = Duration.ofSeconds(30);
    /** LibreOffice converts a page preview in a few seconds here; a loaded CI machine gets ample time. */
    private static final Duration OFFICE = Duration.ofSeconds(180);

    @TempDir
    static Path work;

    private static TestDesk desk;
    private static Browser browser;

    @BeforeAll
    static void start() {
        OfficeForTests.soffice();
        desk = TestDesk.start(work);
        browser = Browser.start(work);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (desk != null) {
            desk.close();
        }
    }

    /**
     * Records every text the status line shows from now on: a message may be replaced at once by
     * the next (the loader's verdict follows "opened" or "saved"), and the test must not race the page.
     */
    private static void recordStatus() {
        browser.script("window.statusTexts = []; new MutationObserver(records => records.forEach(r =>"
                + " r.addedNodes.forEach(n => window.statusTexts.push(n.textContent))))"
                + ".observe(document.getElementById('status'), {childList: true});");
    }

    /** Waits until the status line has shown a text that starts with the given one since {@link #recordStatus()}. */
    private static void awaitStatusShown(String what, String start) {
        browser.await(what, SHORT, d -> ((List<?>) browser.script("return window.statusTexts;")).stream()
                .anyMatch(t -> t.toString().startsWith(start)));
    }

    private static String editorText() {
        return (String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue();");
    }

    private static int line(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + start);
    }

    /** Puts the cursor at the end of a line (0-based) and types there with real key presses. */
    private static void typeAtEndOf(int line, CharSequence... keys) {
        browser.script("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus();"
                + " cm.setCursor({line: arguments[0], ch: cm.getLine(arguments[0]).length});", line);
        browser.driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Types at the end of the editor's last line and gives the completions the page offers. */
    private static List<String> hintsAfterTypingAtTheEnd(String typed) {
        typeAtEndOf(editorText().split("\n", -1).length - 1, typed);
        browser.await("the suggestions", SHORT, d -> !d.findElements(By.cssSelector(".CodeMirror-hint")).isEmpty());
        return browser.driver.findElements(By.cssSelector(".CodeMirror-hint")).stream().map(WebElement::getText).toList();
    }

    private static List<String> problemLines() {
        return browser.driver.findElements(By.cssSelector("#problems li")).stream().map(WebElement::getText).toList();
    }

    private static int previewRevision() {
        return Integer.parseInt(browser.driver.findElement(By.id("preview-pages")).getAttribute("data-revision"));
    }

    private static String firstPage() {
        return browser.driver.findElement(By.cssSelector("#preview-pages img")).getAttribute("src");
    }

    /** What the file list says a file is. */
    private static String kindShown(String path) {
        return browser.driver.findElement(By.cssSelector("#file-list button[data-path='" + path + "'] .kind")).getText();
    }

    private static void open(String path) throws IOException {
        browser.driver.findElement(By.cssSelector("#file-list button[data-path='" + path + "']")).click();
        String file = Files.readString(desk.folder.resolve(path));
        browser.await(path + " in the editor", SHORT, d -> file.equals(editorText()));
    }

    private static void tab(String id) {
        browser.driver.findElement(By.id(id)).click();
    }

    private static Path awaitDownload(String name) {
        Path file = browser.downloads.resolve(name);
        browser.await("download of " + name, SHORT, d -> Files.isRegularFile(file)
                && !Files.exists(browser.downloads.resolve(name + ".crdownload")));
        return file;
    }

    @Test
    @Order(1)
    void thePageOpensFromThePrintedAddressAndListsTheFolderWithEachFilesKind() {
        browser.driver.get(desk.address().toString());
        List<String> documents = new ArrayList<>(Examples.documents().stream().map(n -> n + ".yaml").toList());
        documents.addAll(List.of("co-quan/cam-ngoc.yaml", "co-quan/tue-tinh.yaml"));
        documents.sort(null);
        browser.await("the documents of the folder", SHORT,
                d -> d.findElements(By.cssSelector("#file-list button")).size() == documents.size());
        assertEquals(desk.desk.origin() + "/", browser.driver.getCurrentUrl(), "the token leaves the address bar");
        assertEquals("vanban — bàn làm việc của văn thư", browser.driver.getTitle());
        List<String> plans = browser.driver.findElements(By.cssSelector("#file-list button")).stream()
                .map(b -> b.getAttribute("data-path")).toList();
        assertEquals(documents, plans);
        assertEquals("kế hoạch", kindShown(PLAN));
        assertEquals("quyết định", kindShown(Examples.DECISION + ".yaml"));
        assertEquals("báo cáo", kindShown(Examples.REPORT + ".yaml"));
        assertEquals("công văn", kindShown(Examples.LETTER + ".yaml"));
        assertEquals("hồ sơ cơ quan — co-quan/", kindShown("co-quan/cam-ngoc.yaml"));
        List<String> profiles = new Select(browser.driver.findElement(By.id("profile"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("co-quan/cam-ngoc.yaml", "co-quan/tue-tinh.yaml"), profiles);
    }

    @Test
    @Order(2)
    void anExampleLoadsIntoTheEditorAndItsPagesArePreviewed() throws IOException {
        browser.driver.findElement(By.cssSelector("#file-list button[data-path='" + PLAN + "']")).click();
        String file = Files.readString(desk.folder.resolve(PLAN));
        browser.await("the plan in the editor", SHORT, d -> file.equals(editorText()));
        browser.await("the loader's verdict", SHORT, d -> d.findElement(By.id("status")).getText().startsWith("Kế hoạch hợp lệ"));
        browser.await("the preview", OFFICE, d -> previewRevision() >= 1);
        int pages = browser.driver.findElements(By.cssSelector("#preview-pages img")).size();
        assertEquals(OfficeForTests.poppler("pdfinfo", OfficeForTests.pdf(Examples.CAM_NGOC)).lines()
                .filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""), Integer.toString(pages));
        assertTrue(browser.driver.findElement(By.id("preview-state")).getText().startsWith(pages + " trang"));
        browser.screenshot("1-soan-ke-hoach");
    }

    @Test
    @Order(3)
    void aTypoIsToldAtItsLineWithTheLoadersOwnMessage() throws InvalidInputException {
        int year = line(editorText(), "nam: 2023");
        typeAtEndOf(year, "3");
        String typo = editorText();
        assertTrue(typo.contains("\nnam: 20233\n"), "the typo is in the editor");
        Problem expected = loaderErrors(typo).get(0);
        assertEquals(year + 1, expected.line());
        browser.await("the message under the editor", SHORT, d -> problemLines().size() == 1);
        assertEquals("Dòng " + expected.line() + ", cột " + expected.column() + ": " + expected.message(), problemLines().get(0));
        Object markedLines = browser.script("const cm = document.querySelector('.CodeMirror').CodeMirror; const lines = [];"
                + " for (let i = 0; i < cm.lineCount(); i++) { const info = cm.lineInfo(i);"
                + " if (info.gutterMarkers && info.gutterMarkers['CodeMirror-lint-markers']) lines.push(i); } return lines;");
        assertEquals(List.of((long) year), markedLines, "the lint marker stands at the typo's line only");
        assertEquals("20233", browser.driver.findElement(By.cssSelector(".CodeMirror-lint-mark-error")).getText());
        Object widgetLines = browser.script("const cm = document.querySelector('.CodeMirror').CodeMirror; const lines = [];"
                + " for (let i = 0; i < cm.lineCount(); i++) { const info = cm.lineInfo(i);"
                + " if (info.widgets && info.widgets.length) lines.push(i); } return lines;");
        assertEquals(List.of((long) year), widgetLines, "the message stands under the typo's line");
        assertEquals(expected.message() + " (dòng " + expected.line() + ", cột " + expected.column() + ")",
                browser.driver.findElement(By.cssSelector(".inline-message")).getText());
        assertTrue(browser.driver.findElement(By.id("status")).getText().startsWith("1 lỗi"));
        browser.screenshot("2-loi-khi-go");
    }

    private static List<Problem> loaderErrors(String text) {
        try {
            PlanLoader.load(PLAN, text);
            throw new AssertionError("the loader accepts the typo");
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    @Test
    @Order(4)
    void fixingTheTypoClearsTheMessage() throws IOException {
        int year = line(editorText(), "nam: 20233");
        typeAtEndOf(year, Keys.BACK_SPACE);
        assertEquals(Files.readString(desk.folder.resolve(PLAN)), editorText());
        browser.await("no message left", SHORT, d -> problemLines().isEmpty()
                && d.findElement(By.id("status")).getText().startsWith("Kế hoạch hợp lệ"));
        assertTrue(browser.driver.findElements(By.cssSelector(".CodeMirror-lint-mark-error")).isEmpty());
        assertTrue(browser.driver.findElements(By.cssSelector(".inline-message")).isEmpty());
    }

    @Test
    @Order(5)
    void anEditChangesThePreview() {
        int before = previewRevision();
        String firstPageBefore = firstPage();
        int subject = line(editorText(), "trich_yeu:");
        typeAtEndOf(subject, " và ma túy");
        assertTrue(editorText().contains("năm ${nam} và ma túy\n"));
        browser.await("a new preview", OFFICE, d -> previewRevision() > before);
        assertNotEquals(firstPageBefore, firstPage(), "the first page shows the new subject line");
        browser.screenshot("3-xem-truoc-sau-khi-sua");
    }

    @Test
    @Order(6)
    void theDownloadedDocxIsTheCommandLinesBytes() throws IOException {
        browser.driver.findElement(By.id("download-docx")).click();
        Path downloaded = awaitDownload(Examples.CAM_NGOC + ".docx");
        Path yaml = Files.createDirectories(work.resolve("dong-lenh")).resolve(PLAN);
        Files.writeString(yaml, editorText());
        Path rendered = yaml.resolveSibling(Examples.CAM_NGOC + ".docx");
        CliRun run = CliRun.of("render", yaml.toString(), "-o", rendered.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(rendered), Files.readAllBytes(downloaded));
    }

    @Test
    @Order(7)
    void keysAreCompletedFromTheSchema() {
        String saved = editorText();
        List<String> offered = hintsAfterTypingAtTheEnd("tr");
        assertEquals(1, offered.size(), offered.toString());
        assertTrue(offered.get(0).startsWith("trinh_bay"), "trich_yeu is written already: " + offered);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER, "  co_chu_q");
        browser.await("the suggestions inside trinh_bay", SHORT,
                d -> d.findElements(By.cssSelector(".CodeMirror-hint")).stream().map(WebElement::getText)
                        .anyMatch(t -> t.startsWith("co_chu_quoc_hieu")));
        browser.screenshot("4-goi-y-khoa");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", saved);
        browser.await("the plan valid again", SHORT, d -> problemLines().isEmpty()
                && d.findElement(By.id("status")).getText().startsWith("Kế hoạch hợp lệ"));
    }

    @Test
    @Order(8)
    void aBadDocxDroppedOnThePageShowsItsFindingsAndTheParagraph() throws Exception {
        tab("tab-kiem-tra");
        byte[] bad = TestDocx.edit(TestDocx.edit(Examples.docx(Examples.CAM_NGOC), "word/document.xml",
                "w:left=\"1701\"", "w:left=\"1000\""), "word/document.xml", "Độc lập - Tự do - Hạnh phúc",
                "Độc lập – Tự do – Hạnh phúc");
        Path file = work.resolve("van-ban-sai.docx");
        Files.write(file, bad);
        List<Finding> expected = Checker.check(file);
        assertTrue(expected.size() >= 2, expected.toString());
        browser.script("const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + " const data = new DataTransfer(); data.items.add(new File([bytes], arguments[1]));"
                + " const zone = document.getElementById('check-drop');"
                + " for (const type of ['dragenter', 'dragover', 'drop'])"
                + "   zone.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));",
                Base64.getEncoder().encodeToString(bad), "van-ban-sai.docx");
        browser.await("the findings", SHORT, d -> d.findElements(By.cssSelector("#findings tr.finding")).size() == expected.size());
        String report = new CheckReport("van-ban-sai.docx", expected).text();
        String[] lines = report.strip().split("\n");
        assertEquals(lines[lines.length - 1], browser.driver.findElement(By.id("check-summary")).getText());
        List<String> rules = browser.driver.findElements(By.cssSelector("#findings .rule")).stream().map(WebElement::getText).toList();
        assertEquals(expected.stream().map(f -> f.rule().id()).toList(), rules);
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#findings tr.finding"));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(rows.get(i).getText().contains(expected.get(i).message()), rows.get(i).getText());
            assertTrue(rows.get(i).getText().contains(expected.get(i).rule().source()), rows.get(i).getText());
        }
        int withParagraph = 0;
        while (expected.get(withParagraph).paragraphs().isEmpty()) {
            withParagraph++;
        }
        Finding motto = expected.get(withParagraph);
        rows.get(withParagraph).click();
        WebElement highlighted = browser.driver.findElement(By.cssSelector("#check-text p.selected"));
        assertEquals("doan-" + motto.paragraph(), highlighted.getAttribute("id"));
        assertTrue(highlighted.getText().contains(motto.excerpt()), highlighted.getText());
        browser.screenshot("5-kiem-tra-van-ban");
    }

    @Test
    @Order(9)
    void aSmallBatchReachesOneHundredPercentAndItsZipHoldsEveryCommune() throws IOException {
        tab("tab-hang-loat");
        UnitList list = UnitList.current();
        AdministrativeUnit smallest = list.provinces().stream()
                .min(Comparator.comparingInt((AdministrativeUnit p) -> list.communes(p).size())).orElseThrow();
        int communes = list.communes(smallest).size();
        new Select(browser.driver.findElement(By.id("province"))).selectByValue(smallest.code());
        browser.driver.findElement(By.id("batch-start")).click();
        browser.await("the batch to finish", Duration.ofSeconds(120),
                d -> d.findElement(By.id("batch-label")).getText().endsWith("— xong"));
        assertEquals(communes + "/" + communes + " đơn vị (100 %) — xong", browser.driver.findElement(By.id("batch-label")).getText());
        assertEquals("100", browser.driver.findElement(By.id("batch-progress")).getAttribute("value"));
        List<WebElement> warnings = browser.driver.findElements(By.cssSelector("#batch-failures li.warning"));
        assertEquals(1, warnings.size(), "the batch-wide warning, as the command line prints it");
        assertTrue(warnings.get(0).getText().startsWith("Lưu ý: họ tên người ký 'Phạm Văn Hành'"), warnings.get(0).getText());
        browser.screenshot("6-dung-cho-moi-xa");
        WebElement link = browser.driver.findElement(By.id("batch-zip"));
        String zipName = link.getText().substring("Tải ".length());
        link.click();
        Path zip = awaitDownload(zipName);
        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry e; (e = entriesIn.getNextEntry()) != null; ) {
                entries.add(e.getName());
            }
        }
        assertEquals(communes, entries.size(), entries.toString());
        assertTrue(entries.stream().allMatch(n -> n.endsWith(".docx")), entries.toString());
    }

    @Test
    @Order(10)
    void anOldPlanImportedOpensAsYamlInTheEditor() throws Exception {
        tab("tab-nhap");
        Path old = work.resolve("ke-hoach-cu.docx");
        Files.write(old, Examples.docx(Examples.HAI_DUONG));
        String expected = PlanImporter.importFile(old, InstalledSchema.planSchemaFrom(desk.folder.resolve("ke-hoach-cu.yaml")))
                .yaml();
        browser.script("window.confirm = () => true;");
        browser.driver.findElement(By.id("import-file")).sendKeys(old.toString());
        browser.await("the imported plan in the editor", SHORT, d -> expected.equals(editorText()));
        assertTrue(browser.driver.findElement(By.id("panel-soan")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("plan-name")).getText().startsWith("ke-hoach-cu.yaml"));
        browser.await("the imported plan checked", SHORT,
                d -> d.findElement(By.id("status")).getText().startsWith("Kế hoạch hợp lệ"));
    }

    @Test
    @Order(11)
    void nextYearOpensTheNewPlanWithItsReport() throws IOException {
        browser.driver.findElement(By.cssSelector("#file-list button[data-path='" + PLAN + "']")).click();
        browser.script("window.confirm = () => true;");
        String file = Files.readString(desk.folder.resolve(PLAN));
        browser.await("the plan in the editor", SHORT, d -> file.equals(editorText()));
        browser.driver.findElement(By.id("next-year")).click();
        browser.await("the next year's plan", SHORT, d -> editorText().contains("\nnam: 2024"));
        assertTrue(browser.driver.findElement(By.id("plan-name")).getText().startsWith(Examples.CAM_NGOC.replace("2023", "2024")));
        assertTrue(browser.driver.findElement(By.id("report")).getText().startsWith("Kế hoạch năm 2024 từ " + PLAN));
        assertFalse(Files.exists(desk.folder.resolve(PLAN.replace("2023", "2024"))), "nothing is written before Lưu");
    }

    @Test
    @Order(12)
    void theCompanionOfThePlanOpensAsTheCommandLineWritesItAndNothingIsWritten() throws IOException {
        String parent = Examples.HAI_DUONG + ".yaml";
        browser.script("window.confirm = () => true;");
        open(parent);
        assertTrue(browser.driver.findElement(By.id("companion")).isEnabled());
        new Select(browser.driver.findElement(By.id("companion-kind"))).selectByValue("BC");
        recordStatus();
        browser.driver.findElement(By.id("companion")).click();
        String name = CompanionName.of(parent, CompanionKind.REPORT);
        Path cli = Files.createDirectories(work.resolve("dong-lenh")).resolve(name);
        CliRun run = CliRun.of("companion", desk.folder.resolve(parent).toString(), "--loai", "BC", "-o", cli.toString(), "-f");
        assertEquals(0, run.exitCode(), run.err());
        String expected = Files.readString(cli);
        browser.await("the report in the editor", SHORT, d -> expected.equals(editorText()));
        assertEquals(name + " — chưa lưu vào thư mục", browser.driver.findElement(By.id("plan-name")).getText());
        assertTrue(browser.driver.findElement(By.id("report")).getText().startsWith("Báo cáo kết quả thực hiện kế hoạch từ " + parent),
                browser.driver.findElement(By.id("report")).getText());
        browser.await("the loader's verdict on the report", SHORT,
                d -> d.findElement(By.id("status")).getText().equals("Báo cáo hợp lệ."));
        awaitStatusShown("the new document announced", "Văn bản mới " + name + " đã mở");
        assertFalse(browser.driver.findElement(By.id("companion")).isEnabled(), "a report has no companion of its own");
        // The plan's own preview may still be on its way; the report's three pages come after it.
        browser.await("the report's three pages", OFFICE, d -> d.findElements(By.cssSelector("#preview-pages img")).size() == 3
                && d.findElement(By.id("preview-state")).getText().startsWith("3 trang"));
        browser.screenshot("7-van-ban-di-kem");
        assertFalse(Files.exists(desk.folder.resolve(name)), "nothing is written before Lưu");
    }

    @Test
    @Order(13)
    void aDecisionsKeysAreCompletedFromTheDecisionSchema() throws IOException {
        String decision = Examples.DECISION + ".yaml";
        open(decision);
        browser.await("the loader's verdict", SHORT, d -> d.findElement(By.id("status")).getText().equals("Quyết định hợp lệ."));
        String saved = editorText();
        List<String> offered = hintsAfterTypingAtTheEnd("th");
        assertEquals(1, offered.size(), offered.toString());
        assertTrue(offered.get(0).startsWith("tham_quyen"), "a key only a decision has: " + offered);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", saved);
        // Inside co_quan the keys come from the plan schema, which the decision's schema refers to.
        int place = line(saved, "  dia_danh:");
        browser.script("const cm = document.querySelector('.CodeMirror').CodeMirror; cm.focus();"
                + " cm.replaceRange('\\n  ', {line: arguments[0], ch: cm.getLine(arguments[0]).length});"
                + " cm.setCursor({line: arguments[0] + 1, ch: 2});", place);
        browser.driver.switchTo().activeElement().sendKeys("dia_b");
        browser.await("the suggestions inside co_quan", SHORT,
                d -> d.findElements(By.cssSelector(".CodeMirror-hint")).stream().map(WebElement::getText)
                        .anyMatch(t -> t.startsWith("dia_ban")));
        browser.screenshot("8-goi-y-khoa-quyet-dinh");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", saved);
        browser.await("the decision valid again", SHORT, d -> d.findElement(By.id("status")).getText().equals("Quyết định hợp lệ."));
    }

    @Test
    @Order(14)
    void aPlanUploadedFromTheComputerIsSavedIntoTheFolder() throws IOException {
        Path elsewhere = Files.createDirectories(work.resolve("may-tinh")).resolve("ke-hoach-moi.yaml");
        String text = Files.readString(desk.folder.resolve(Examples.HAI_DUONG + ".yaml"));
        Files.writeString(elsewhere, text);
        browser.script("window.confirm = () => true; window.prompt = (message, proposed) => 'co-quan/' + proposed;");
        browser.driver.findElement(By.id("open-upload")).sendKeys(elsewhere.toString());
        browser.await("the uploaded plan in the editor", SHORT, d -> text.equals(editorText()));
        assertEquals("ke-hoach-moi.yaml — chưa lưu vào thư mục", browser.driver.findElement(By.id("plan-name")).getText());
        recordStatus();
        browser.driver.findElement(By.id("save")).click();
        awaitStatusShown("the plan saved", "Đã lưu co-quan/ke-hoach-moi.yaml.");
        assertEquals(text, Files.readString(desk.folder.resolve("co-quan/ke-hoach-moi.yaml")));
        browser.await("the plan listed", SHORT,
                d -> !d.findElements(By.cssSelector("#file-list button[data-path='co-quan/ke-hoach-moi.yaml']")).isEmpty());
    }
}
