package vn.vanban.check;

import java.util.regex.Pattern;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.BasisLead;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Form;
import vn.vanban.nd30.Label;

/**
 * What each paragraph of the body is, read in order from the first: legal bases and addressees
 * open the body; then part headings and their titles, sections (I.), articles (Điều 1.), items
 * (1., 1.1.), points (a)), dashes, and plain paragraphs. The labels a clerk types (I., 1.1., a), -)
 * are read by {@link Label}, as the importer reads them. A new kind of body paragraph gets its test
 * in {@link #next}, in the place its precedence calls for.
 */
final class BodyClassifier {

    private static final Pattern PART = Pattern.compile("(?U)^(PHẦN|CHƯƠNG|MỤC|TIỂU MỤC)\\s+([IVXLC]+|\\d+|THỨ\\s+\\S+)\\.?$");
    private static final Pattern ARTICLE = Pattern.compile("(?U)^Điều\\s+\\d+.*", Pattern.DOTALL);
    /** "Căn cứ ...": a legal basis wherever it stands among the opening paragraphs. */
    private static final Pattern BASIS = Pattern.compile("(?U)^" + VietnameseText.key(BasisLead.DEFAULT) + "\\b.*");
    /** "Thực hiện ...", "Theo đề nghị ...": a legal basis among bases or set as one, else the opening paragraph. */
    private static final Pattern BASIS_IN_PLACE = Pattern.compile("(?U)^(" + String.join("|", BasisLead.ALL.stream()
            .filter(lead -> !lead.equals(BasisLead.DEFAULT)).map(VietnameseText::key).toList()) + ")\\b.*");
    /** "KÍNH GỬI", the words of ô 9a as the rule book writes them, without the colon. */
    private static final String ADDRESSEE_WORDS = VietnameseText.key(Component.ADDRESSEE.fixedText.replace(":", ""));
    /** The words legal bases and addressees open with. */
    private static final Pattern OPENING = Pattern.compile("(?U)^(" + String.join("|", BasisLead.ALL.stream()
            .map(VietnameseText::key).toList()) + "|" + ADDRESSEE_WORDS + ")\\b.*");
    /** "QUYẾT ĐỊNH:", the colon sometimes forgotten. */
    private static final Pattern DECIDES = Pattern.compile("(?U)^" + VietnameseText.key(Component.DECIDES.fixedText)
            .replace(":", "") + "\\s*:?$");

    /** The form of the document, or null when its type is unknown. */
    private final Form form;

    /** Still among the legal bases (and addressees) that open the body. */
    private boolean bases = true;
    /** After "Kính gửi:", whose addressees follow one per line. */
    private boolean addressees = false;
    private BodyKind previous;

    BodyClassifier(Form form) {
        this.form = form;
    }

    /** The kind of the next paragraph of the body (blank paragraphs and typed rules left out). */
    BodyKind next(Para para) {
        String text = para.text().strip();
        String key = VietnameseText.key(text);
        Label.Kind label = labelKind(text);
        BodyKind kind;
        if (DECIDES.matcher(key).matches()) {
            kind = BodyKind.DECIDES;
        } else if (previous == null && form != null && form.bodyComponents().contains(Component.AUTHORITY)
                && label == null && !OPENING.matcher(key).matches()) {
            // The authority that decides stands first, over the legal bases; it is found where it
            // stands, whatever its case, so that a wrong case is a finding rather than a miss.
            kind = BodyKind.AUTHORITY;
        } else if (key.startsWith(ADDRESSEE_WORDS)) {
            kind = BodyKind.ADDRESSEE;
            addressees = !text.endsWith(".") && text.endsWith(":");
        } else if (addressees && Label.isDashEntry(text)) {
            kind = BodyKind.ADDRESSEE;
            addressees = !text.endsWith(".");
        } else if (bases && !text.endsWith(":") && (BASIS.matcher(key).matches()
                || (BASIS_IN_PLACE.matcher(key).matches()
                        && (previous == BodyKind.BASIS || DocumentLines.mostlyItalic(para))))) {
            // "Căn cứ ..." is a legal basis; "Thực hiện ..." is one among legal bases or when set
            // as one (italic), and otherwise the opening paragraph of a plan, in body text.
            kind = BodyKind.BASIS;
        } else if (PART.matcher(key).matches()) {
            kind = BodyKind.PART;
        } else if (previous == BodyKind.PART) {
            kind = BodyKind.PART_TITLE;
        } else if (label == Label.Kind.SECTION) {
            kind = BodyKind.SECTION;
        } else if (ARTICLE.matcher(text).matches()) {
            kind = BodyKind.ARTICLE;
        } else if (label == Label.Kind.ITEM) {
            kind = BodyKind.ITEM;
        } else if (label == Label.Kind.POINT) {
            kind = BodyKind.POINT;
        } else if (label == Label.Kind.DASH || label == Label.Kind.PLUS) {
            kind = BodyKind.DASH;
        } else {
            kind = BodyKind.PARAGRAPH;
        }
        if (kind != BodyKind.BASIS && kind != BodyKind.ADDRESSEE && kind != BodyKind.AUTHORITY) {
            bases = false;
        }
        previous = kind;
        return kind;
    }

    /** A paragraph that opens ô 9a: "Kính gửi:" and what follows it. */
    static boolean opensAddressees(Para para) {
        return VietnameseText.key(para.text().strip()).startsWith(ADDRESSEE_WORDS);
    }

    /** A paragraph that opens the body: a legal basis, an address, a numbered heading. */
    static boolean opensBody(Para p) {
        String text = p.text().strip();
        String key = VietnameseText.key(text);
        Label.Kind label = labelKind(text);
        return OPENING.matcher(key).matches() || label == Label.Kind.SECTION
                || label == Label.Kind.ITEM || PART.matcher(key).matches();
    }

    private static Label.Kind labelKind(String text) {
        Label label = Label.of(text);
        return label == null ? null : label.kind();
    }
}
