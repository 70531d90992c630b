package vn.vanban.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the templates print, already decided: text with variables expanded and case set,
 * numbering labels, dates, sizes in half-points and lengths in twips. Templates only choose
 * WordprocessingML for it.
 *
 * @param title the type name and subject (ô 5a), or null for a Công văn, whose subject stands in the header
 * @param addressees "Kính gửi" (ô 9a), or null for a document sent to nobody in particular
 */
public record DocumentView(
        Page page,
        Styles styles,
        Header header,
        Title title,
        Addressees addressees,
        List<BodyParagraph> body,
        Closing closing,
        Core core) {

    public DocumentView {
        body = List.copyOf(body);
    }

    /** A4 portrait; lengths in twips. */
    public record Page(int width, int height, int marginTop, int marginBottom, int marginLeft,
            int marginRight, int headerDistance, int textWidth) {
    }

    /**
     * What the styles part sets: the font, the body's size and spacing, and each component's
     * letters. Sizes in half-points, spacing in twips.
     *
     * @param line line spacing in 240ths of a line (240 = single)
     * @param components each component's letters, by the rule book's name (ISSUER, MOTTO, ...)
     */
    public record Styles(String font, String color, int body, int firstLineIndent, int spacingAfter, int line,
            Map<String, TextFormat> components) {

        public Styles {
            components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        }
    }

    /** A component's letters; size 0 where it takes the size of the body text. */
    public record TextFormat(boolean bold, boolean italic, int size) {
    }

    /** A rule under a line of text: a bordered paragraph of its own, centred by equal indents. */
    public record Rule(int indent, int length) {
    }

    /**
     * The two-column header table: ô 2 and 3 on the left, ô 1 and 4 on the right.
     *
     * @param letterSubject a Công văn's "V/v ..." under the number (ô 5b), or null
     */
    public record Header(
            int leftWidth,
            int rightWidth,
            List<String> parentLines,
            List<String> issuerLines,
            Rule issuerRule,
            String numberLine,
            String nationalTitle,
            String motto,
            Rule mottoRule,
            String placeDate,
            int placeDateSize,
            String letterSubject) {

        public Header {
            parentLines = List.copyOf(parentLines);
            issuerLines = List.copyOf(issuerLines);
        }
    }

    /**
     * Ô 9a, "Kính gửi:": one addressee on the label's line, centred; several on lines of their own,
     * their dashes standing under the label's colon.
     *
     * @param single the whole line "Kính gửi: ..." when there is one addressee, else null
     * @param lines "- ...;" per addressee when there are several, the last ending with "."
     * @param labelIndent the left indent of "Kính gửi:" in twips
     * @param linesIndent the left indent of the dashes in twips
     * @param hanging how far a wrapped line of an addressee stands right of its dash
     */
    public record Addressees(String label, String single, List<String> lines, int labelIndent, int linesIndent,
            int hanging) {

        public Addressees {
            lines = List.copyOf(lines);
        }
    }

    /** ô 5a: the type name in capitals, the subject, the rule under it. */
    public record Title(String kindName, String subject, Rule subjectRule) {
    }

    /** The closing table: Nơi nhận on the left (ô 9b), the signer on the right (ô 7). */
    public record Closing(
            int leftWidth,
            int rightWidth,
            String recipientsLabel,
            List<String> recipients,
            String archive,
            List<String> signerLines,
            String signerName) {

        public Closing {
            recipients = List.copyOf(recipients);
            signerLines = List.copyOf(signerLines);
        }
    }

    /** docProps/core.xml; created is W3CDTF or null for a draft without date. */
    public record Core(String title, String creator, String created) {
    }
}
