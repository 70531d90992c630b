package vn.vanban.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An administrative document as the clerk wrote it: a Kế hoạch, or one of the documents around it
 * (Quyết định, Báo cáo, Công văn). Its kind says which parts it has: a plan and a report have parts
 * I., II., ...; a decision has the authority line and articles; an official letter has addressees,
 * top-level blocks and a drafting unit in its symbol. Text still carries its ${variables}; they are
 * expanded when the document is laid out, so that one parsed document serves every commune of a batch.
 *
 * @param number the registered number, or null for a draft not yet registered
 * @param date the date of issue, or null for a draft
 * @param addressees those named after "Kính gửi" (ô 9a), in order; empty for none
 * @param authority a decision's authority line (the head's title or the collective body), or null to
 *     take it from the signer and the issuing body
 * @param blocks content before the parts, or a letter's whole body between introduction and closing
 * @param articles a decision's articles, Điều 1., Điều 2., ...
 * @param draftingUnit the drafting unit's abbreviation, which a Công văn's symbol carries (UBND-VX)
 * @param variables the plan's own variables (YAML "bien"), beside the built-in ones
 */
public record Plan(
        DocumentKind kind,
        Issuer issuer,
        Integer number,
        LocalDate date,
        int year,
        String subject,
        List<String> addressees,
        String authority,
        List<LegalBasis> legalBases,
        List<String> introduction,
        List<Block> blocks,
        List<Part> parts,
        List<Article> articles,
        List<String> closing,
        Signer signer,
        List<String> recipients,
        List<String> archive,
        String draftingUnit,
        Map<String, String> variables,
        Presentation presentation) {

    public Plan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(presentation, "presentation");
        addressees = List.copyOf(addressees);
        legalBases = List.copyOf(legalBases);
        introduction = List.copyOf(introduction);
        blocks = List.copyOf(blocks);
        parts = List.copyOf(parts);
        articles = List.copyOf(articles);
        closing = List.copyOf(closing);
        recipients = List.copyOf(recipients);
        archive = List.copyOf(archive);
        variables = Map.copyOf(variables);
    }

    /** A Kế hoạch or another document of Mẫu 1.4 with parts: no addressees, authority, articles or drafting unit. */
    public static Plan withParts(DocumentKind kind, Issuer issuer, Integer number, LocalDate date, int year,
            String subject, List<LegalBasis> legalBases, List<String> introduction, List<Part> parts,
            List<String> closing, Signer signer, List<String> recipients, List<String> archive,
            Map<String, String> variables, Presentation presentation) {
        return new Plan(kind, issuer, number, date, year, subject, List.of(), null, legalBases, introduction, List.of(),
                parts, List.of(), closing, signer, recipients, archive, null, variables, presentation);
    }

    /**
     * Whether a document of year {@code year} may be dated in {@code issuedYear}: that year, or the
     * one before (a plan for 2024 is often issued in December 2023); otherwise the date or the year is
     * likely a slip, worth a warning.
     */
    public static boolean issueYearFits(int issuedYear, int year) {
        return issuedYear == year || issuedYear == year - 1;
    }

    /**
     * The symbol after the slash: type abbreviation and issuing body abbreviation (KH-UBND); for a
     * Công văn, which has no type abbreviation, the body's and the drafting unit's (UBND-VX).
     */
    public String symbol() {
        if (kind.abbreviation() == null) {
            return issuer.abbreviation() + (draftingUnit == null ? "" : "-" + draftingUnit);
        }
        return kind.abbreviation() + "-" + issuer.abbreviation();
    }

    /**
     * The plan as one unit of a batch issues it or receives it: its own issuing body, addressees,
     * signer, number, date and variables, in one copy rather than six (batch makes thousands).
     */
    public Plan withUnitValues(Issuer newIssuer, List<String> newAddressees, Signer newSigner, Integer newNumber,
            LocalDate newDate, Map<String, String> newVariables) {
        return new Plan(kind, newIssuer, newNumber, newDate, year, subject, newAddressees, authority, legalBases,
                introduction, blocks, parts, articles, closing, newSigner, recipients, archive, draftingUnit, newVariables,
                presentation);
    }

    public Plan withIssuer(Issuer newIssuer) {
        return new Plan(kind, newIssuer, number, date, year, subject, addressees, authority, legalBases, introduction,
                blocks, parts, articles, closing, signer, recipients, archive, draftingUnit, variables, presentation);
    }

    public Plan withNumber(Integer newNumber) {
        return new Plan(kind, issuer, newNumber, date, year, subject, addressees, authority, legalBases, introduction,
                blocks, parts, articles, closing, signer, recipients, archive, draftingUnit, variables, presentation);
    }

    public Plan withDate(LocalDate newDate) {
        return new Plan(kind, issuer, number, newDate, year, subject, addressees, authority, legalBases, introduction,
                blocks, parts, articles, closing, signer, recipients, archive, draftingUnit, variables, presentation);
    }

    public Plan withSigner(Signer newSigner) {
        return new Plan(kind, issuer, number, date, year, subject, addressees, authority, legalBases, introduction,
                blocks, parts, articles, closing, newSigner, recipients, archive, draftingUnit, variables, presentation);
    }

    public Plan withPresentation(Presentation newPresentation) {
        return new Plan(kind, issuer, number, date, year, subject, addressees, authority, legalBases, introduction,
                blocks, parts, articles, closing, signer, recipients, archive, draftingUnit, variables, newPresentation);
    }

    public Plan withVariables(Map<String, String> newVariables) {
        return new Plan(kind, issuer, number, date, year, subject, addressees, authority, legalBases, introduction,
                blocks, parts, articles, closing, signer, recipients, archive, draftingUnit, newVariables, presentation);
    }
}
