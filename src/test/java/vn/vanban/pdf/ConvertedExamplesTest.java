package vn.vanban.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.TextSimilarity;
import vn.vanban.model.Presentation;
import vn.vanban.nd30.Component;

/**
 * Every example rendered, converted by a real LibreOffice and read back: the PDF is what a clerk
 * prints and signs, so the layout Decree 30 asks for is checked where it finally shows. Reading
 * uses PDFBox for positions and poppler (pdftotext, pdffonts) for text and fonts.
 */
class ConvertedExamplesTest {

    private static final double POINTS_PER_MM = 72 / 25.4;

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyPageIsA4(String name) {
        PdfGeometry pdf = PdfGeometry.read(OfficeForTests.pdf(name));
        assertTrue(pdf.pages().size() >= 2, name + ": the examples are longer than one page");
        for (PdfGeometry.Page page : pdf.pages()) {
            assertEquals(595.3, page.width(), 0.5, name + " page " + page.number() + " width");
            assertEquals(841.9, page.height(), 0.5, name + " page " + page.number() + " height");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theTextIsTheDocumentsText(String name) {
        String document = Examples.text(Examples.docx(name));
        String pdf = OfficeForTests.poppler("pdftotext", OfficeForTests.pdf(name), "-enc", "UTF-8");
        TextSimilarity.assertSimilar(name + " (pdftotext)", document, pdf, 0.99);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void pageNumbersFromPageTwoCentredInTheTopMargin(String name) {
        Presentation.Margins margins = Examples.plan(name).presentation().margins();
        PdfGeometry pdf = PdfGeometry.read(OfficeForTests.pdf(name));
        double topMargin = margins.top() * POINTS_PER_MM;
        for (PdfGeometry.Page page : pdf.pages()) {
            List<PdfGeometry.Line> inMargin = page.lines().stream().filter(l -> l.baseline() < topMargin).toList();
            if (page.number() == 1) {
                assertEquals(List.of(), inMargin.stream().map(PdfGeometry.Line::text).toList(),
                        name + ": page 1 has nothing in its top margin (no page number)");
                continue;
            }
            assertEquals(List.of(String.valueOf(page.number())), inMargin.stream().map(PdfGeometry.Line::text).toList(),
                    name + " page " + page.number() + ": the page number alone in the top margin");
            PdfGeometry.Span number = inMargin.get(0).find(String.valueOf(page.number())).orElseThrow();
            assertEquals(textCentre(page, margins), number.centre(), 1.0,
                    name + " page " + page.number() + ": page number centred between the margins");
            assertEquals(Examples.plan(name).presentation().bodySize(), number.glyphs().get(0).fontSize(), 0.1);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theNationalTitleIsOneLineInTheRightColumn(String name) {
        Presentation.Margins margins = Examples.plan(name).presentation().margins();
        PdfGeometry.Page first = PdfGeometry.read(OfficeForTests.pdf(name)).page(1);
        PdfGeometry.Span title = first.lineWith(Component.NATIONAL_TITLE.fixedText)
                .flatMap(l -> l.find(Component.NATIONAL_TITLE.fixedText))
                .orElseThrow(() -> new AssertionError(name + ": no line of page 1 holds the whole Quốc hiệu: " + texts(first)));
        double textWidth = first.width() - (margins.left() + margins.right()) * POINTS_PER_MM;
        double rightColumnStart = margins.left() * POINTS_PER_MM + 0.4 * textWidth;
        assertTrue(title.left() > rightColumnStart - 0.5, name + ": Quốc hiệu starts in the right column");
        assertTrue(title.right() < first.width() - margins.right() * POINTS_PER_MM + 0.5, name + ": Quốc hiệu ends inside the margin");
        PdfGeometry.Span motto = first.lineWith(Component.MOTTO.fixedText).flatMap(l -> l.find(Component.MOTTO.fixedText)).orElseThrow();
        assertEquals(title.centre(), motto.centre(), 1.0, name + ": the motto is centred under the Quốc hiệu");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void recipientsAndSignerStartOnTheSameLine(String name) throws IOException {
        Closing closing = closing(name);
        PdfGeometry pdf = PdfGeometry.read(OfficeForTests.pdf(name));
        PdfGeometry.Page page = null;
        for (PdfGeometry.Page candidate : pdf.pages()) {
            if (candidate.lineWith(Component.RECIPIENTS_LABEL.fixedText).isPresent()) {
                page = candidate;
            }
        }
        assertTrue(page != null, name + ": \"Nơi nhận:\" is in the PDF");
        PdfGeometry.Page found = page;
        PdfGeometry.Span recipients = found.lineWith(Component.RECIPIENTS_LABEL.fixedText).flatMap(l -> l.find(Component.RECIPIENTS_LABEL.fixedText)).orElseThrow();
        PdfGeometry.Span signer = found.lineWith(closing.signerFirstLine())
                .flatMap(l -> l.find(closing.signerFirstLine()))
                .orElseThrow(() -> new AssertionError(name + ": the signer block's first line \"" + closing.signerFirstLine()
                        + "\" is not on the page of \"Nơi nhận:\" (" + found.number() + "): " + texts(found)));
        assertEquals(recipients.top(), signer.top(), 2.0, name + ": \"Nơi nhận:\" and \"" + closing.signerFirstLine()
                + "\" start on the same line (tops of their text)");
        Presentation.Margins margins = Examples.plan(name).presentation().margins();
        assertEquals(margins.left() * POINTS_PER_MM, recipients.left(), 1.0, name + ": \"Nơi nhận:\" at the left margin");
        double textWidth = found.width() - (margins.left() + margins.right()) * POINTS_PER_MM;
        double rightColumnCentre = margins.left() * POINTS_PER_MM + 0.4 * textWidth + 0.3 * textWidth;
        assertEquals(rightColumnCentre, signer.centre(), 1.0, name + ": the signer block is centred in the right column");
        PdfGeometry.Span signerName = found.lineWith(closing.signerName()).flatMap(l -> l.find(closing.signerName()))
                .orElseThrow(() -> new AssertionError(name + ": the signer's name is on the same page as the closing"));
        assertTrue(signerName.baseline() - signer.baseline() > 60, name + ": room for the signature above the name");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void rulesAreDrawnJustUnderIssuerMottoAndSubject(String name) throws IOException {
        Header header = header(name);
        PdfGeometry pdf = PdfGeometry.read(OfficeForTests.pdf(name));
        PdfGeometry.Page first = pdf.page(1);
        List<PdfGeometry.Rule> rules = distinct(first.rules());
        assertEquals(3, rules.size(), () -> name + ": page 1 draws three rules (issuing body, motto, subject), no table"
                + " borders: " + rules);

        List<PdfGeometry.Span> issuer = spans(first, header.issuerLines(), name);
        PdfGeometry.Span lastIssuerLine = issuer.get(issuer.size() - 1);
        double widestIssuerLine = issuer.stream().mapToDouble(PdfGeometry.Span::width).max().orElseThrow();
        PdfGeometry.Rule issuerRule = ruleUnder(rules, lastIssuerLine, name + " issuing body");
        assertShare(issuerRule.width() / widestIssuerLine, name + " issuing body rule");

        PdfGeometry.Span motto = spans(first, List.of(Component.MOTTO.fixedText), name).get(0);
        PdfGeometry.Rule mottoRule = ruleUnder(rules, motto, name + " motto");
        assertEquals(motto.left(), mottoRule.left(), 1.0, name + ": the motto's rule starts where the motto starts");
        assertEquals(motto.right(), mottoRule.right(), 1.0, name + ": the motto's rule ends where the motto ends");

        List<PdfGeometry.Span> subject = spans(first, header.subjectLines(first), name);
        double widestSubjectLine = subject.stream().mapToDouble(PdfGeometry.Span::width).max().orElseThrow();
        PdfGeometry.Rule subjectRule = ruleUnder(rules, subject.get(subject.size() - 1), name + " subject");
        assertShare(subjectRule.width() / widestSubjectLine, name + " subject rule");

        for (PdfGeometry.Page page : pdf.pages().subList(1, pdf.pages().size())) {
            assertEquals(List.of(), page.rules(), name + " page " + page.number() + ": no rule after page 1 (borderless closing table)");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void fontsAreTimesNewRomanOrItsMetricTwinEmbedded(String name) {
        String fonts = OfficeForTests.poppler("pdffonts", OfficeForTests.pdf(name));
        List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertFalse(rows.isEmpty(), fonts);
        Pattern row = Pattern.compile("^(?:[A-Z]{6}\\+)?(\\S+)\\s+.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");
        for (String line : rows) {
            Matcher m = row.matcher(line);
            assertTrue(m.matches(), () -> "pdffonts row not understood: " + line);
            assertTrue(m.group(1).matches("(TimesNewRoman|Times-?New-?Roman|LiberationSerif)(PS)?(MT)?(-?(Bold|Italic|BoldItalic|Regular))*"),
                    () -> name + ": font " + m.group(1) + " is neither Times New Roman nor Liberation Serif:\n" + fonts);
            assertEquals("yes", m.group(2), () -> name + ": font not embedded: " + line);
        }
    }

    /** One soffice run for several documents (what batch does) gives each document the PDF it gets alone. */
    @Test
    void convertingTogetherGivesTheSamePagesAsOneByOne() throws Exception {
        List<String> names = Examples.names();
        List<byte[]> documents = names.stream().map(Examples::docx).toList();
        List<PdfConverter.Outcome> outcomes;
        try (PdfConverter converter = PdfConverter.create(OfficeForTests.soffice(), PdfConverter.Limits.DEFAULT)) {
            outcomes = converter.convertAll(documents);
        }
        assertEquals(names.size(), outcomes.size());
        for (int i = 0; i < names.size(); i++) {
            PdfConverter.Outcome outcome = outcomes.get(i);
            assertTrue(outcome.ok(), () -> String.valueOf(outcome.failure()));
            assertEquals(pageTexts(OfficeForTests.pdf(names.get(i))), pageTexts(outcome.pdf()), names.get(i));
        }
    }

    private static List<String> pageTexts(byte[] pdf) {
        return PdfGeometry.read(pdf).pages().stream()
                .map(p -> p.lines().stream().map(PdfGeometry.Line::text).collect(Collectors.joining("\n")))
                .toList();
    }

    private static double textCentre(PdfGeometry.Page page, Presentation.Margins margins) {
        double left = margins.left() * POINTS_PER_MM;
        double right = page.width() - margins.right() * POINTS_PER_MM;
        return (left + right) / 2;
    }

    /** The decree's range for the short rules: a third to a half of the line above. */
    private static void assertShare(double share, String what) {
        assertTrue(share >= 1.0 / 3 - 0.01 && share <= 0.5 + 0.01,
                () -> String.format("%s is %.2f of its line; the decree asks for 1/3 to 1/2", what, share));
    }

    /**
     * The rule drawn under a line of text: below its descenders, closer than the next line would
     * be, centred under it.
     */
    private static PdfGeometry.Rule ruleUnder(List<PdfGeometry.Rule> rules, PdfGeometry.Span text, String what) {
        double size = text.glyphs().get(0).fontSize();
        Optional<PdfGeometry.Rule> rule = rules.stream()
                .filter(r -> r.y() - text.baseline() > 0.22 * size && r.y() - text.baseline() < 0.75 * size)
                .filter(r -> Math.abs(r.centre() - text.centre()) < 1.0)
                .findFirst();
        return rule.orElseThrow(() -> new AssertionError(String.format(
                "%s: no rule just under the text (baseline %.1f, centre %.1f, %.0f pt); rules: %s",
                what, text.baseline(), text.centre(), size, rules)));
    }

    /** LibreOffice may paint a border twice; one line on paper is one rule. */
    private static List<PdfGeometry.Rule> distinct(List<PdfGeometry.Rule> rules) {
        List<PdfGeometry.Rule> distinct = new ArrayList<>();
        for (PdfGeometry.Rule rule : rules) {
            boolean seen = distinct.stream().anyMatch(d -> Math.abs(d.y() - rule.y()) < 0.5
                    && Math.abs(d.left() - rule.left()) < 0.5 && Math.abs(d.right() - rule.right()) < 0.5);
            if (!seen) {
                distinct.add(rule);
            }
        }
        return distinct;
    }

    private static List<PdfGeometry.Span> spans(PdfGeometry.Page page, List<String> texts, String name) {
        List<PdfGeometry.Span> spans = new ArrayList<>();
        for (String text : texts) {
            spans.add(page.lineWith(text).flatMap(l -> l.find(text))
                    .orElseThrow(() -> new AssertionError(name + ": \"" + text + "\" is not one line of page 1: " + texts(page))));
        }
        return spans;
    }

    private static List<String> texts(PdfGeometry.Page page) {
        return page.lines().stream().limit(12).map(PdfGeometry.Line::text).toList();
    }

    /** What the header of the .docx says: the lines of the issuing body and the subject. */
    private record Header(List<String> issuerLines, String subject) {

        /** The subject as LibreOffice broke it into lines on the page. */
        List<String> subjectLines(PdfGeometry.Page page) {
            List<String> lines = new ArrayList<>();
            String rest = subject;
            for (PdfGeometry.Line line : page.lines()) {
                String text = line.text().strip();
                if (!text.isEmpty() && rest.startsWith(text)) {
                    lines.add(text);
                    rest = rest.substring(text.length()).strip();
                    if (rest.isEmpty()) {
                        return lines;
                    }
                }
            }
            throw new AssertionError("the subject \"" + subject + "\" is not found line by line on page 1: " + texts(page));
        }
    }

    private record Closing(String signerFirstLine, String signerName) {
    }

    private static Header header(String name) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Examples.docx(name)))) {
            XWPFTableCell left = document.getTables().get(0).getRow(0).getCell(0);
            List<String> issuer = left.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            String subject = document.getParagraphs().stream().filter(p -> "TrichYeu".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).findFirst().orElseThrow();
            return new Header(issuer, subject);
        }
    }

    private static Closing closing(String name) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Examples.docx(name)))) {
            XWPFTableCell right = document.getTables().get(1).getRow(0).getCell(1);
            List<String> lines = right.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
            return new Closing(lines.get(0), lines.get(lines.size() - 1));
        }
    }
}
