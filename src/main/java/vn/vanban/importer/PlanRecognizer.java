package vn.vanban.importer;

import static vn.vanban.importer.ImportedText.caseOf;
import static vn.vanban.importer.ImportedText.fold;
import static vn.vanban.importer.ImportedText.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.importer.ClosingRecognizer.Closing;
import vn.vanban.importer.HeaderRecognizer.Header;
import vn.vanban.importer.PreambleRecognizer.Preamble;
import vn.vanban.model.DocumentKind;
import vn.vanban.model.Issuer;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.Presentation;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Label;

/**
 * Recognises a plan in a document's paragraphs, top to bottom as a clerk reads it: header (issuing
 * body, number, place and date), type name and subject, legal bases and introduction, the parts
 * with their numbered items, points and dashes, the closing paragraph, recipients, the Lưu line and
 * the signature. What it cannot place is kept as a plain paragraph near where it stood and noted.
 *
 * <p>This class finds where each component stands (the type name, part I, the closing) and the
 * subject; each component is read by its own recogniser: {@link HeaderRecognizer},
 * {@link PreambleRecognizer}, {@link BodyRecognizer}, {@link ClosingRecognizer}.
 */
final class PlanRecognizer {

    private static final List<String> CLOSING_OPENINGS = List.of(
            "TREN DAY", "YEU CAU", "TRONG QUA TRINH", "DE NGHI CAC", "NHAN DUOC", "GIAO ");

    private final Source source;
    private final List<SourceParagraph> paragraphs;
    private final List<ImportNote> notes = new ArrayList<>();

    private PlanRecognizer(Source source) {
        this.source = source;
        this.paragraphs = source.paragraphs();
    }

    static Imported recognize(Source source) throws UnreadableDocumentException {
        return new PlanRecognizer(source).recognize();
    }

    // ------------------------------------------------------------------ the document, top to bottom

    private Imported recognize() throws UnreadableDocumentException {
        int title = titleIndex();
        CompanionRefusal.refuse(title < 0 ? null : kindOf(paragraphs.get(title).text()),
                title < 0 ? null : paragraphs.get(title), paragraphs, source.kind());
        int firstPart = firstPartIndex(Math.max(title, 0));
        if (title < 0) {
            throw new UnreadableDocumentException(firstPart < 0
                    ? "không phải một kế hoạch: không thấy tên loại văn bản (KẾ HOẠCH) ở đầu, cũng không thấy các phần I., II., ..."
                    : "không thấy tên loại văn bản (dòng KẾ HOẠCH in hoa trước trích yếu)");
        }
        if (firstPart < 0) {
            throw new UnreadableDocumentException("không thấy phần nội dung nào đánh số La Mã (I., II., ...) sau trích yếu");
        }
        HeaderRecognizer headers = new HeaderRecognizer(notes);
        Header header = headers.header(paragraphs.subList(0, title));
        DocumentKind kind = kindOf(paragraphs.get(title).text());
        int index = title + 1;
        StringBuilder subject = new StringBuilder(titleRest(paragraphs.get(title).text(), kind));
        while (index < firstPart && subjectContinues(paragraphs.get(index), subject.length() == 0)) {
            subject.append(subject.length() == 0 ? "" : " ").append(paragraphs.get(index).text());
            index++;
        }
        if (subject.length() == 0) {
            throw new UnreadableDocumentException("không thấy trích yếu nội dung sau dòng " + VietnameseNames.upper(kind.displayName()));
        }
        String subjectText = caseOf(subject.toString());

        Preamble preamble = PreambleRecognizer.preamble(paragraphs.subList(index, firstPart));
        List<String> introduction = new ArrayList<>(header.extra());
        introduction.addAll(preamble.introduction());

        int closingZone = closingZoneIndex(firstPart);
        List<SourceParagraph> body = paragraphs.subList(firstPart, closingZone);
        int closingStart = closingStart(body);
        List<Part> parts = new BodyRecognizer(notes).parts(body.subList(0, closingStart));
        List<String> closing = new ArrayList<>(body.subList(closingStart, body.size()).stream()
                .map(p -> text(p.text())).toList());
        Closing end = new ClosingRecognizer(notes).closing(paragraphs.subList(closingZone, paragraphs.size()), closing);

        int year = headers.year(header, subjectText);
        Issuer issuer = headers.issuer(header);
        Presentation presentation = preamble.paragraphLayout()
                ? Presentation.DEFAULT.withLegalBasisLayout(Presentation.LegalBasisLayout.PARAGRAPH)
                : Presentation.DEFAULT;
        Plan plan = Plan.withParts(kind, issuer, header.number(), header.date(), year, text(subjectText),
                preamble.bases(), introduction, parts, closing, end.signer(), end.recipients(), end.archive(),
                Map.of(), presentation);
        return new Imported(plan, notes);
    }

    private int titleIndex() {
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            if (Label.isSection(text) && !TextSource.upperCase(text.substring(0, Math.min(text.length(), 3)))) {
                return -1;
            }
            if (kindOf(text) != null) {
                return i;
            }
        }
        return -1;
    }

    private int firstPartIndex(int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            Label marker = Label.of(paragraphs.get(i).text());
            if (marker != null && marker.kind() == Label.Kind.SECTION) {
                return i;
            }
        }
        return -1;
    }

    /** "KẾ HOẠCH", or "KẾ HOẠCH PHÒNG, CHỐNG ..." with the subject on the same line. */
    private static DocumentKind kindOf(String text) {
        String upper = VietnameseNames.upper(text.strip());
        for (DocumentKind kind : DocumentKind.values()) {
            String name = VietnameseNames.upper(kind.displayName());
            if (upper.equals(name) || upper.startsWith(name + " ") && TextSource.upperCase(text)) {
                return kind;
            }
        }
        return null;
    }

    private static String titleRest(String text, DocumentKind kind) {
        return text.strip().substring(kind.displayName().length()).strip();
    }

    private static boolean subjectContinues(SourceParagraph p, boolean first) {
        String text = p.text();
        if (PreambleRecognizer.startsLegalBasis(text) || Label.isSection(text)) {
            return false;
        }
        if (first) {
            return true;
        }
        return Boolean.TRUE.equals(p.bold()) || p.bold() == null && TextSource.upperCase(text) && !p.boundary();
    }

    /** Where the body ends: "Nơi nhận" or the signer's authority line, whichever comes first. */
    private int closingZoneIndex(int firstPart) {
        for (int i = firstPart + 1; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            if (ClosingRecognizer.startsClosing(text)) {
                return i;
            }
        }
        return paragraphs.size();
    }

    /** The closing paragraphs at the end of the body: "Trên đây là ...", or the one ending with "./.". */
    private static int closingStart(List<SourceParagraph> body) {
        int start = body.size();
        for (int i = body.size() - 1; i > 0; i--) {
            String text = body.get(i).text();
            boolean plain = Label.of(text) == null;
            boolean opening = CLOSING_OPENINGS.stream().anyMatch(o -> fold(text).startsWith(o));
            if (plain && (opening || i == body.size() - 1 && text.endsWith("/."))) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }
}
