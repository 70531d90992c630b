package vn.vanban.check;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Components.BodyPara;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.nd30.Label;

/**
 * The body between the title and the closing block: its paragraphs with what each is
 * ({@link BodyClassifier}), and where an item's title ends.
 */
final class BodyRecognizer {

    private BodyRecognizer() {
    }

    /** The body in paras[from, to), blank paragraphs and typed rules left out. */
    static List<BodyPara> body(List<Para> paras, int from, int to) {
        List<Para> content = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Para p = paras.get(i);
            if (!DocumentLines.blankOrRule(p)) {
                content.add(p);
            }
        }
        BodyClassifier classifier = new BodyClassifier();
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
        if (hasChildren && stripped.split("\\s+").length <= 40) {
            return text.length();
        }
        return 0;
    }
}
