package vn.vanban.check;

import java.util.List;

/**
 * Something in the document that breaks a rule, and where.
 *
 * @param paragraphs the paragraphs concerned, first one first; empty for the document as a whole
 *     (page set-up, headers, a component not found)
 * @param excerpt the first words of the first paragraph concerned, or "" for the document as a whole
 * @param message what is wrong and what it should be, in Vietnamese
 */
public record Finding(Rule rule, List<Integer> paragraphs, String excerpt, String message) {

    public Finding {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The first paragraph concerned, or 0 for the document as a whole. */
    public int paragraph() {
        return paragraphs.isEmpty() ? 0 : paragraphs.get(0);
    }
}
