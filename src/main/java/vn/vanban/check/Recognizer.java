package vn.vanban.check;

import vn.vanban.check.ClosingRecognizer.Closing;
import vn.vanban.check.HeaderRecognizer.Header;
import vn.vanban.check.TitleRecognizer.Title;
import java.util.List;
import vn.vanban.docx.ReadDocument;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.DocumentType;

/**
 * Finds the components of an administrative document in a .docx nobody here made: the header in
 * a table, in text boxes or in plain paragraphs laid out with tabs and manual line breaks; the
 * type name and subject; the body and its numbering; the closing block with Nơi nhận and the
 * signer. Components are found by their text (Quốc hiệu, "Số:", "ngày ... năm", "Nơi nhận"),
 * never by the styles a particular template happens to use.
 *
 * <p>This class finds where each zone stands, top to bottom; each zone is read by its own
 * recogniser: {@link HeaderRecognizer}, {@link TitleRecognizer}, {@link BodyRecognizer},
 * {@link ClosingRecognizer}, on the lines of {@link DocumentLines} and with the rules under text
 * that {@link RuleFinder} finds.
 */
final class Recognizer {

    private Recognizer() {
    }

    static Components recognize(ReadDocument doc) {
        DocumentLines lines = new DocumentLines(doc);
        RuleFinder rules = new RuleFinder(lines);
        HeaderRecognizer headers = new HeaderRecognizer(lines, rules);
        TitleRecognizer titles = new TitleRecognizer(lines, rules);

        int typeIndex = titles.typeNameIndex(headers.nationalTitleIndex());
        int headerEnd = headers.headerEnd(typeIndex);
        Header header = headers.header(headerEnd);
        Title title = titles.title(typeIndex, headerEnd);
        Closing closing = new ClosingRecognizer(lines).closing(title.end());
        DocumentType type = TypeRecognizer.type(title.type(), header.number(), header.letterSubject(),
                firstContent(lines.paras(), title.end(), closing.start()));
        return new Components(type, header, title.typeName(), title.typeAbbreviation(), title.subject(), title.subjectRule(),
                BodyRecognizer.body(lines.paras(), title.end(), closing.start(), type),
                BodyRecognizer.tables(lines.paras(), title.end(), closing.start()), closing.label(), closing.recipients(),
                closing.titles(), closing.name());
    }

    /** The first paragraph in paras[from, to) that prints something, or null. */
    private static Para firstContent(List<Para> paras, int from, int to) {
        for (int i = from; i < to && i < paras.size(); i++) {
            if (!DocumentLines.blankOrRule(paras.get(i))) {
                return paras.get(i);
            }
        }
        return null;
    }
}
