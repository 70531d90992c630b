package vn.vanban.check;

import java.util.List;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.RuleMark;
import vn.vanban.nd30.DocumentType;

/**
 * The components of an administrative document found in a .docx; a component not found is null
 * (or an empty list), and the checks report it as not found.
 *
 * @param type the type the document was recognised as ({@link TypeRecognizer}), or null when unknown
 * @param header the header's components, as {@link HeaderRecognizer} found them
 * @param typeAbbreviation the Phụ lục III abbreviation of the type name found, or null
 * @param body the paragraphs between the subject and the closing block, classified; table cells
 *     are not among them
 * @param tables the tables between the subject and the closing block
 */
record Components(
        DocumentType type,
        HeaderRecognizer.Header header,
        Line typeName,
        String typeAbbreviation,
        List<Line> subject,
        FoundRule subjectRule,
        List<BodyPara> body,
        List<BodyTable> tables,
        Line recipientsLabel,
        List<Line> recipients,
        List<Line> signerTitles,
        Line signerName) {

    Components {
        subject = List.copyOf(subject);
        body = List.copyOf(body);
        tables = List.copyOf(tables);
        recipients = List.copyOf(recipients);
        signerTitles = List.copyOf(signerTitles);
    }

    /** A drawn rule and the paragraph that carries it. */
    record FoundRule(RuleMark mark, Para para) {
        /** Its centre in twips from the left margin, or null when not known. */
        Integer absoluteCenter() {
            return mark.center() == null ? null : para.columnLeft() + mark.center();
        }
    }

    /** What a body paragraph is. */
    enum BodyKind {
        /** A legal basis ("Căn cứ ...;"). */
        BASIS,
        /** "Kính gửi:" and its addressees (ô 9a). */
        ADDRESSEE,
        /** A Quyết định's authority line over its legal bases ("ỦY BAN NHÂN DÂN TỈNH ..."). */
        AUTHORITY,
        /** "QUYẾT ĐỊNH:" between a Quyết định's legal bases and its articles. */
        DECIDES,
        /** "Phần I", "Chương I", "Mục 1" on its own line. */
        PART,
        /** The title under PART. */
        PART_TITLE,
        /** "I. MỤC ĐÍCH, YÊU CẦU" in documents without articles. */
        SECTION,
        /** "Điều 1. ...". */
        ARTICLE,
        /** "1. ..." (a khoản), also "1.1. ...". */
        ITEM,
        /** "a) ..." (an điểm). */
        POINT,
        /** "- ..." or "+ ...". */
        DASH,
        PARAGRAPH
    }

    /**
     * A body paragraph.
     *
     * @param titled for an ITEM: it has a title (printed bold), as its own line or before a colon
     * @param titleEnd where its title ends in the paragraph's text
     */
    record BodyPara(Para para, BodyKind kind, boolean titled, int titleEnd) {
    }

    /**
     * A table of the body (a report's targets).
     *
     * @param first the paragraph of its first cell, where a finding points
     * @param headerRow its first row is marked to repeat at the top of every page (w:tblHeader)
     */
    record BodyTable(Para first, int rows, boolean headerRow) {
    }
}
