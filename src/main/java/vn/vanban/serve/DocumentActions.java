package vn.vanban.serve;

import java.nio.file.Path;
import java.util.List;
import vn.vanban.check.Checker;
import vn.vanban.check.Finding;
import vn.vanban.check.Severity;
import vn.vanban.docx.DocumentReader;
import vn.vanban.docx.DocxOpener;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.importer.PlanImporter;
import vn.vanban.yaml.InstalledSchema;

/** Documents the clerk drops on the page: "Kiểm tra văn bản" (vanban check) and "Nhập văn bản cũ" (vanban import). */
final class DocumentActions {

    private final Uploads uploads;
    private final PlanFolder folder;

    DocumentActions(Uploads uploads, PlanFolder folder) {
        this.uploads = uploads;
        this.folder = folder;
    }

    /** One finding as the page lists it: the rule, its place in the decree, the paragraphs concerned. */
    record FindingReply(String rule, String source, boolean error, String severity, List<Integer> paragraphs,
            String excerpt, String message) {
        static FindingReply of(Finding f) {
            return new FindingReply(f.rule().id(), f.rule().source(), f.rule().severity() == Severity.ERROR,
                    f.rule().severity().vietnamese(), f.paragraphs(), f.excerpt(), f.message());
        }
    }

    /** A paragraph of the checked document, numbered as the findings number it. */
    record ParagraphReply(int number, String text) {
    }

    record CheckReply(String file, List<FindingReply> findings, long errors, long warnings, List<ParagraphReply> paragraphs) {
    }

    void check(Exchange exchange) throws Exception {
        Path file = uploads.store(exchange.requiredQuery("ten", "tên tệp"), exchange.body());
        try {
            ReadDocument read = DocumentReader.read(DocxOpener.open(file));
            List<FindingReply> findings = Checker.check(read).stream().map(FindingReply::of).toList();
            long errors = findings.stream().filter(FindingReply::error).count();
            exchange.json(200, new CheckReply(file.getFileName().toString(), findings, errors, findings.size() - errors,
                    read.paragraphs().stream().map(p -> new ParagraphReply(p.number(), p.text())).toList()));
        } catch (UnreadableDocumentException e) {
            throw new HttpFailure(422, file.getFileName() + ": " + e.getMessage());
        } finally {
            uploads.discard(file);
        }
    }

    void importPlan(Exchange exchange) throws Exception {
        Path file = uploads.store(exchange.requiredQuery("ten", "tên tệp"), exchange.body());
        try {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String yamlName = (dot > 0 ? name.substring(0, dot) : name) + ".yaml";
            // The page saves the YAML into the chosen folder: its modeline names the schema from there.
            PlanImporter.Result result = PlanImporter.importFile(file, InstalledSchema.planSchemaFrom(folder.root().resolve(yamlName)));
            exchange.json(200, new Replies.NewPlan(yamlName, result.yaml(),
                    String.join("\n", result.report()), List.of()));
        } catch (UnreadableDocumentException e) {
            throw new HttpFailure(422, file.getFileName() + ": " + e.getMessage());
        } finally {
            uploads.discard(file);
        }
    }
}
