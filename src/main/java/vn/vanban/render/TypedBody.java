package vn.vanban.render;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.nd30.Numbering;
import vn.vanban.render.BodyParagraph.Kind;

/**
 * Mẫu 1.4, a document with a type name (Kế hoạch, Báo cáo, ...): legal bases and introduction,
 * parts I., II., ... with their content, the closing paragraph, "./.".
 */
final class TypedBody implements FormBody {

    @Override
    public List<BodyParagraph> write(Plan plan, BodyWriter writer) {
        List<BodyParagraph> body = new ArrayList<>();
        writer.legalBasesAndIntroduction(plan.legalBases(), plan.introduction(), plan.presentation().legalBasisLayout(),
                body);
        writer.content(plan.blocks(), body);
        List<Part> parts = plan.parts();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            body.add(new BodyParagraph(Kind.PART, Numbering.roman(i + 1) + ".",
                    BodyWriter.upper(writer.expand(part.title())), null));
            writer.content(part.blocks(), body);
        }
        writer.paragraphs(plan.closing(), body);
        BodyWriter.endWithFullStop(body);
        return body;
    }
}
