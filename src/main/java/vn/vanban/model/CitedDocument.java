package vn.vanban.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Another document cited in full on first mention (Phụ lục I, mục II.6): type, number and
 * symbol, date, issuing body and subject.
 *
 * @param kind the type as written in the sentence, e.g. "Kế hoạch", "công văn"
 * @param number number and symbol, e.g. "416/KH-UBND"
 * @param date date of issue, or null when the citation gives none
 * @param issuer the issuing body as written in the sentence, or null
 * @param subject the subject as written in the sentence (usually "về ..."), or null
 */
public record CitedDocument(String kind, String number, LocalDate date, String issuer, String subject) {

    public CitedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
    }
}
