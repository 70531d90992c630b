package vn.vanban.check;

import vn.vanban.check.ClosingRecognizer.Closing;
import vn.vanban.check.HeaderRecognizer.Header;
import vn.vanban.check.TitleRecognizer.Title;
import vn.vanban.docx.ReadDocument;

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
        return new Components(header.parentLines(), header.issuerLines(), header.issuerRule(), header.nationalTitle(),
                header.motto(), header.mottoRule(), header.number(), header.placeDate(), header.letterSubject(),
                title.typeName(), title.typeAbbreviation(), title.subject(), title.subjectRule(),
                BodyRecognizer.body(lines.paras(), title.end(), closing.start()), closing.label(), closing.recipients(),
                closing.titles(), closing.name());
    }
}
