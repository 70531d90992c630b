package vn.vanban.check;

import java.nio.file.Path;
import java.util.List;
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
        return check(DocumentReader.read(DocxOpener.open(file)));
    }

    /** The findings for a document already read (the desk shows its paragraphs beside them). */
    public static List<Finding> check(ReadDocument doc) {
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
