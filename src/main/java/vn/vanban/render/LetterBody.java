package vn.vanban.render;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.model.Plan;

/**
 * Mẫu 1.5, a Công văn: the introduction, the content without parts (numbered items, points,
 * dashes, paragraphs), the closing paragraph, "./.".
 */
final class LetterBody implements FormBody {

    @Override
    public List<BodyParagraph> write(Plan plan, BodyWriter writer) {
        List<BodyParagraph> body = new ArrayList<>();
        writer.paragraphs(plan.introduction(), body);
        writer.content(plan.blocks(), body);
        writer.paragraphs(plan.closing(), body);
        BodyWriter.endWithFullStop(body);
        return body;
    }
}
