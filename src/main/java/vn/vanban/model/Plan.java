package vn.vanban.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An administrative plan as the clerk wrote it. Text still carries its ${variables}; they are
 * expanded when the plan is laid out, so that one parsed plan serves every commune of a batch.
 *
 * @param number the registered number, or null for a draft not yet registered
 * @param date the date of issue, or null for a draft
 * @param variables the plan's own variables (YAML "bien"), beside the built-in ones
 */
public record Plan(
        DocumentKind kind,
        Issuer issuer,
        Integer number,
        LocalDate date,
        int year,
        String subject,
        List<LegalBasis> legalBases,
        List<String> introduction,
        List<Part> parts,
        List<String> closing,
        Signer signer,
        List<String> recipients,
        List<String> archive,
        Map<String, String> variables,
        Presentation presentation) {

    public Plan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(presentation, "presentation");
        legalBases = List.copyOf(legalBases);
        introduction = List.copyOf(introduction);
        parts = List.copyOf(parts);
        closing = List.copyOf(closing);
        recipients = List.copyOf(recipients);
        archive = List.copyOf(archive);
        variables = Map.copyOf(variables);
    }

    /** The symbol after the slash: type abbreviation and issuing body abbreviation, e.g. KH-UBND. */
    public String symbol() {
        return kind.abbreviation() + "-" + issuer.abbreviation();
    }

    public Plan withIssuer(Issuer newIssuer) {
        return new Plan(kind, newIssuer, number, date, year, subject, legalBases, introduction, parts,
                closing, signer, recipients, archive, variables, presentation);
    }

    public Plan withNumber(Integer newNumber) {
        return new Plan(kind, issuer, newNumber, date, year, subject, legalBases, introduction, parts,
                closing, signer, recipients, archive, variables, presentation);
    }

    public Plan withSigner(Signer newSigner) {
        return new Plan(kind, issuer, number, date, year, subject, legalBases, introduction, parts,
                closing, newSigner, recipients, archive, variables, presentation);
    }

    public Plan withPresentation(Presentation newPresentation) {
        return new Plan(kind, issuer, number, date, year, subject, legalBases, introduction, parts,
                closing, signer, recipients, archive, variables, newPresentation);
    }

    public Plan withVariables(Map<String, String> newVariables) {
        return new Plan(kind, issuer, number, date, year, subject, legalBases, introduction, parts,
                closing, signer, recipients, archive, newVariables, presentation);
    }
}
