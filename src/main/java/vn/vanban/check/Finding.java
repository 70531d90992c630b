package vn.vanban.check;

import java.util.List;

/**
 * Something in the document that breaks a rule, and where.
 *
 * @param paragraphs the paragraphs concerned, first one first; empty for the document as a whole
 *     (page set-up, headers, a component not found)
 * @param excerpt the first words of the first paragraph concerned, or "" for the document as a whole
 * @param message what is wrong and what it should be, in Vietnamese; with the corrected text
 *     ("sửa thành: ...") when there is one
 * @param correction the text of the line as it should be written ("Số: 05/KH-UBND", "- Sở Y tế
 *     (b/c);"), or null where the decree's rule does not give one (a size, a missing component)
 */
public record Finding(Rule rule, List<Integer> paragraphs, String excerpt, String message, String correction) {

    public Finding {
        paragraphs = List.copyOf(paragraphs);
    }

    public Finding(Rule rule, List<Integer> paragraphs, String excerpt, String message) {
        this(rule, paragraphs, excerpt, message, null);
    }

    /** The first paragraph concerned, or 0 for the document as a whole. */
    public int paragraph() {
        return paragraphs.isEmpty() ? 0 : paragraphs.get(0);
    }
}
