package vn.vanban.render;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.model.Article;
import vn.vanban.model.Authority;
import vn.vanban.model.Plan;
import vn.vanban.model.Presentation;
import vn.vanban.model.Signer;
import vn.vanban.nd30.Component;
import vn.vanban.render.BodyParagraph.Kind;

/**
 * Mẫu 1.2–1.3, a Quyết định: the authority that decides, the legal bases one to a line, "QUYẾT
 * ĐỊNH:", then "Điều 1.", "Điều 2.", ... each with its text running on and its clauses and points
 * beneath; "./." after the last.
 */
final class DecisionBody implements FormBody {

    @Override
    public List<BodyParagraph> write(Plan plan, BodyWriter writer) {
        List<BodyParagraph> body = new ArrayList<>();
        body.add(new BodyParagraph(Kind.AUTHORITY, null, null, BodyWriter.upper(authority(plan, writer))));
        writer.legalBasesAndIntroduction(plan.legalBases(), List.of(), Presentation.LegalBasisLayout.LINES, body);
        body.add(new BodyParagraph(Kind.DECIDES, null, null, Component.DECIDES.fixedText));
        List<Article> articles = plan.articles();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            String label = "Điều " + (i + 1) + ".";
            body.add(new BodyParagraph(Kind.ARTICLE, label, null, writer.expand(article.text())));
            writer.content(article.blocks(), body);
        }
        BodyWriter.endWithFullStop(body);
        return body;
    }

    /**
     * Who decides (Mẫu 1.2, ghi chú 6): the collective body when the signer signs on its behalf
     * (TM.), otherwise the head's title and the body ("Chủ tịch Ủy ban nhân dân xã ..."), unless
     * the document names it.
     */
    static String authority(Plan plan, BodyWriter writer) {
        if (plan.authority() != null) {
            return writer.expand(plan.authority());
        }
        String body = plan.issuer().fullNameInText();
        Signer signer = plan.signer();
        if (signer.onBehalfOf() != null) {
            return body;
        }
        String head = signer.authority() != null && signer.authority() != Authority.TM ? signer.principalTitle()
                : signer.title();
        return head == null ? body : writer.expand(head) + " " + body;
    }
}
