package vn.vanban.importer;

import static vn.vanban.importer.ImportedText.dateOf;
import static vn.vanban.importer.ImportedText.text;
import static vn.vanban.text.PlainText.withoutEndPunctuation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.CitedDocument;
import vn.vanban.model.LegalBasis;
import vn.vanban.nd30.BasisLead;
import vn.vanban.render.LegalBasisText;

/**
 * The paragraphs between the subject and part I: the legal bases ("Căn cứ ...", "Thực hiện ..."),
 * each a citation where vanban would write it back word for word, and the introduction after them.
 */
final class PreambleRecognizer {

    private static final Pattern LEAD = Pattern.compile("^(" + String.join("|", BasisLead.ALL) + ")\\b.*");
    private static final Pattern CITATION = Pattern.compile("^(?:(?<lead>Căn cứ|Thực hiện)\\s+)?(?<kind>\\p{L}[\\p{L} ]{1,30}?)"
            + "\\s+số\\s+(?<number>\\S+)\\s+ngày\\s+(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})\\s+của\\s+(?<issuer>.+?)"
            + "(?:\\s+(?<subject>(?:về|ban hành|quy định|hướng dẫn|triển khai|phê duyệt)\\s.*))?$");

    private PreambleRecognizer() {
    }

    /** Whether a paragraph opens as a legal basis does ("Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị"). */
    static boolean startsLegalBasis(String text) {
        return LEAD.matcher(text).matches();
    }

    /** The bases and introduction, and whether they were written as one paragraph (bases, then "..., X như sau:"). */
    record Preamble(List<LegalBasis> bases, List<String> introduction, boolean paragraphLayout) {
    }

    static Preamble preamble(List<SourceParagraph> lines) {
        List<LegalBasis> bases = new ArrayList<>();
        List<String> introduction = new ArrayList<>();
        boolean paragraphLayout = false;
        for (SourceParagraph line : lines) {
            String text = line.text();
            if (!LEAD.matcher(text).matches() || !introduction.isEmpty()) {
                introduction.add(text(text));
                continue;
            }
            int split = text.endsWith(":") && bases.isEmpty() ? introductionStart(text) : -1;
            if (split < 0) {
                bases.add(legalBasis(text, false));
                continue;
            }
            // "Thực hiện ...; ..., Ủy ban nhân dân tỉnh ... như sau:": bases and introduction in one paragraph.
            paragraphLayout = true;
            String[] pieces = text.substring(0, split).split(";\\s+");
            for (int i = 0; i < pieces.length; i++) {
                bases.add(legalBasis(pieces[i], i > 0));
            }
            introduction.add(text(text.substring(split + 2)));
        }
        return new Preamble(bases, introduction, paragraphLayout);
    }

    /** Where ", <Body> ... như sau:" starts: the last comma followed by a capital letter. */
    private static int introductionStart(String text) {
        for (int i = text.lastIndexOf(", "); i > 0; i = text.lastIndexOf(", ", i - 1)) {
            String rest = text.substring(i + 2);
            if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) && !rest.contains("; ")) {
                return i;
            }
        }
        return -1;
    }

    /** A citation when vanban would write exactly these words back, the sentence as written otherwise. */
    private static LegalBasis legalBasis(String raw, boolean continuing) {
        String text = text(withoutEndPunctuation(raw));
        Matcher m = CITATION.matcher(text);
        if (m.matches() && !m.group("issuer").contains(" số ")) {
            LocalDate date = dateOf(m.group("d"), m.group("m"), m.group("y"));
            String lead = m.group("lead");
            if (lead != null && lead.equals("Căn cứ") && !continuing) {
                lead = null;
            }
            if (date != null) {
                LegalBasis.Citation citation = new LegalBasis.Citation(lead, new CitedDocument(m.group("kind"),
                        m.group("number"), date, m.group("issuer"), m.group("subject")));
                if (LegalBasisText.of(citation, continuing).equals(text)) {
                    return citation;
                }
            }
        }
        return new LegalBasis.Written(text);
    }
}
