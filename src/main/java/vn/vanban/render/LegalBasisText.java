package vn.vanban.render;

import vn.vanban.model.CitedDocument;
import vn.vanban.model.LegalBasis;
import vn.vanban.nd30.BasisLead;

/**
 * The words of a legal basis as vanban prints them, before variables are expanded and the end
 * punctuation is set. The importer uses the same words to tell whether a sentence it read can be
 * kept as a structured citation.
 */
public final class LegalBasisText {

    private LegalBasisText() {
    }

    /**
     * A citation written out in full, as a first citation must be (Phụ lục I, mục II.6):
     * "Căn cứ Kế hoạch số 416/KH-UBND ngày 17/02/2023 của Ủy ban nhân dân tỉnh Hải Dương về ...".
     *
     * @param continuing a basis after the first in one paragraph, which has no lead word of its own by default
     */
    public static String of(LegalBasis basis, boolean continuing) {
        if (basis instanceof LegalBasis.Written written) {
            return written.text();
        }
        LegalBasis.Citation citation = (LegalBasis.Citation) basis;
        CitedDocument doc = citation.document();
        String lead = citation.lead() != null ? citation.lead() : continuing ? "" : BasisLead.DEFAULT;
        StringBuilder text = new StringBuilder(lead);
        if (!lead.isEmpty()) {
            text.append(' ');
        }
        text.append(doc.kind()).append(" số ").append(doc.number());
        if (doc.date() != null) {
            text.append(" ngày ").append(VietnameseDates.shortForm(doc.date()));
        }
        if (doc.issuer() != null) {
            text.append(" của ").append(doc.issuer());
        }
        if (doc.subject() != null) {
            text.append(' ').append(doc.subject());
        }
        return text.toString();
    }
}
