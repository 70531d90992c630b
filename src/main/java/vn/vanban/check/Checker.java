package vn.vanban.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.vanban.docx.DocumentReader;
import vn.vanban.docx.DocxOpener;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.UnreadableDocumentException;

/**
 * Checks a .docx against Decree 30/2020/NĐ-CP: reads it, finds its components, and applies every
 * rule of {@link Rules}.
 */
public final class Checker {

    private Checker() {
    }

    /** The findings for a file; throws when the file cannot be read as a .docx. */
    public static List<Finding> check(Path file) throws UnreadableDocumentException {
        try (XWPFDocument document = DocxOpener.open(file)) {
            return check(document);
        } catch (IOException e) {
            throw new UnreadableDocumentException("không đọc được tệp: " + e.getMessage(), e);
        }
    }

    public static List<Finding> check(XWPFDocument document) {
        return check(DocumentReader.read(document));
    }

    static List<Finding> check(ReadDocument doc) {
        Findings findings = new Findings();
        Components components = Recognizer.recognize(doc);
        PageChecks.check(findings, doc);
        TextChecks.check(findings, doc);
        HeaderChecks.check(findings, doc, components);
        BodyChecks.check(findings, doc, components);
        TypeChecks.check(findings, components);
        ClosingChecks.check(findings, components);
        return findings.list();
    }
}
