package vn.vanban.model;

/** One căn cứ: a sentence the clerk wrote in full, or a citation vanban writes out. */
public sealed interface LegalBasis {

    /** A legal basis written in full, its lead word ("Căn cứ", "Thực hiện") included. */
    record Written(String text) implements LegalBasis {
    }

    /**
     * A cited document, written out as "{lead} {kind} số {number} ngày {date} của {issuer} {subject}".
     *
     * @param lead "Căn cứ", "Thực hiện"; null for the default of its position
     */
    record Citation(String lead, CitedDocument document) implements LegalBasis {
    }
}
