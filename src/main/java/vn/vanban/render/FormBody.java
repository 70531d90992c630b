package vn.vanban.render;

import java.util.List;
import vn.vanban.model.Plan;
import vn.vanban.nd30.Form;

/**
 * The body of a document of one form of Phụ lục III, its paragraphs in the form's order. The
 * header, the title, "Kính gửi" and the closing are laid out alike for every form
 * ({@link PlanLayout}); a new form is one more implementation here, one template folder, one
 * schema and one entry of {@link Form}.
 */
interface FormBody {

    List<BodyParagraph> write(Plan plan, BodyWriter writer);

    static FormBody of(Form form) {
        return switch (form) {
            case TYPED -> new TypedBody();
            case DECISION -> new DecisionBody();
            case LETTER -> new LetterBody();
        };
    }
}
