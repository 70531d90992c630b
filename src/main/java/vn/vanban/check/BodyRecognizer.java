package vn.vanban.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Components.BodyPara;
import vn.vanban.check.Components.BodyTable;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.Place;
import vn.vanban.nd30.DocumentType;
import vn.vanban.nd30.Label;

/**
 * The body between the title and the closing block: its paragraphs with what each is
 * ({@link BodyClassifier}), and where an item's title ends.
 */
final class BodyRecognizer {

    private BodyRecognizer() {
    }

    /**
     * The body in paras[from, to), blank paragraphs, typed rules and table cells left out (a table's
     * text is not running text: it has no first-line indent, no justified lines).
     *
     * @param type the document's type, or null when unknown: a Quyết định opens with its authority line
     */
    static List<BodyPara> body(List<Para> paras, int from, int to, DocumentType type) {
        List<Para> content = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Para p = paras.get(i);
            if (!DocumentLines.blankOrRule(p) && !p.place().inTable()) {
                content.add(p);
            }
        }
        BodyClassifier classifier = new BodyClassifier(type == null ? null : type.form());
        List<BodyKind> kinds = new ArrayList<>();
        for (Para p : content) {
            kinds.add(classifier.next(p));
        }
        List<BodyPara> body = new ArrayList<>();
        for (int i = 0; i < content.size(); i++) {
            Para p = content.get(i);
            BodyKind kind = kinds.get(i);
            if (kind == BodyKind.ITEM) {
                int titleEnd = itemTitleEnd(p, i + 1 < content.size() ? content.get(i + 1) : null,
                        i + 1 < kinds.size() ? kinds.get(i + 1) : null);
                body.add(new BodyPara(p, kind, titleEnd > 0, titleEnd));
            } else {
                body.add(new BodyPara(p, kind, false, 0));
            }
        }
        return body;
    }

    /** The tables in paras[from, to), in order. */
    static List<BodyTable> tables(List<Para> paras, int from, int to) {
        Map<Integer, BodyTable> tables = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Place place = paras.get(i).place();
            if (!place.inTable()) {
                continue;
            }
            BodyTable found = tables.get(place.table());
            Para first = found == null ? paras.get(i) : found.first();
            int rows = Math.max(found == null ? 0 : found.rows(), place.row() + 1);
            boolean header = (found != null && found.headerRow()) || (place.row() == 0 && place.repeatedRow());
            tables.put(place.table(), new BodyTable(first, rows, header));
        }
        return List.copyOf(tables.values());
    }

    /**
     * An item with a title: the title is the whole paragraph when content follows under it, or the
     * words before a colon ("1. Mục đích: Tiếp tục ..."). An item that ends with a colon introduces
     * points and has no title.
     */
    private static int itemTitleEnd(Para item, Para next, BodyKind nextKind) {
        String text = item.text();
        String stripped = text.strip();
        if (stripped.endsWith(":")) {
            return 0;
        }
        int colon = stripped.indexOf(": ");
        if (colon > 0 && stripped.substring(0, colon).split("\\s+").length <= 12) {
            return text.indexOf(": ") + 1;
        }
        boolean hasChildren = next != null && nextKind != BodyKind.SECTION && nextKind != BodyKind.PART
                && !(nextKind == BodyKind.ITEM && Label.of(next.text()).depth() <= Label.of(text).depth());
        // A whole paragraph ending a sentence is a clause that runs on, not a title (a letter's
        // "3. Định kỳ báo cáo ... tỉnh." before its closing paragraph).
        boolean sentence = stripped.endsWith(".") || stripped.endsWith(";");
        if (hasChildren && !sentence && stripped.split("\\s+").length <= 40) {
            return text.length();
        }
        return 0;
    }
}
