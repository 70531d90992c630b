package vn.vanban.serve;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.vanban.pdf.ConversionException;
import vn.vanban.pdf.OfficeMissingException;
import vn.vanban.pdf.PageImages;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.render.DocxRenderer;
import vn.vanban.yaml.PlanLoader;

/** What the page makes of the plan in the editor: the .docx (the same bytes as vanban render), its PDF, and page pictures. */
final class PlanOutputs {

    /** The preview's resolution: an A4 page 662 pixels wide, sharp enough at the width of the page's column. */
    static final int PREVIEW_DPI = 80;

    private final DocxRenderer renderer;
    private final PdfWorker office;

    /** The pictures of the pages, or why there are none (LibreOffice missing or failing), and the renderer's warnings. */
    record Preview(List<String> pages, List<String> warnings, List<String> office) {
    }

    PlanOutputs(DocxRenderer renderer, PdfWorker office) {
        this.renderer = renderer;
        this.office = office;
    }

    private Made make(PlanText plan) throws InvalidInputException {
        PlanLoader.LoadedPlan loaded = plan.load();
        DocxRenderer.Rendered rendered = renderer.render(loaded.plan());
        return new Made(rendered.docx(), rendered.warnings());
    }

    private record Made(byte[] docx, List<String> warnings) {
    }

    void docx(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        exchange.download("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                plan.sibling(".docx"), make(plan).docx());
    }

    void pdf(Exchange exchange) throws Exception {
        PlanText plan = PlanText.from(exchange);
        byte[] docx = make(plan).docx();
        try {
            exchange.download("application/pdf", plan.sibling(".pdf"), office.pdf(docx));
        } catch (OfficeMissingException e) {
            throw new HttpFailure(503, String.join("\n", e.lines()));
        } catch (ConversionException e) {
            throw new HttpFailure(503, "chưa tạo được PDF: " + e.getMessage());
        }
    }

    void preview(Exchange exchange) throws Exception {
        Made made = make(PlanText.from(exchange));
        List<String> pages = new ArrayList<>();
        List<String> officeLines = List.of();
        try {
            for (byte[] png : PageImages.png(office.pdf(made.docx()), PREVIEW_DPI)) {
                pages.add("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
            }
        } catch (OfficeMissingException e) {
            officeLines = e.lines();
        } catch (ConversionException e) {
            officeLines = List.of("chưa tạo được ảnh trang: " + e.getMessage());
        }
        exchange.json(200, new Preview(pages, made.warnings(), officeLines));
    }
}
