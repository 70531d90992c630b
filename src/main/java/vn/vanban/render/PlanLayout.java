package vn.vanban.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.model.Assignment;
import vn.vanban.model.Authority;
import vn.vanban.model.Block;
import vn.vanban.model.Entry;
import vn.vanban.model.Item;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.Part;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.Presentation;
import vn.vanban.model.Signer;
import vn.vanban.model.UnitDuty;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Numbering;
import vn.vanban.nd30.Page;
import vn.vanban.nd30.Size;
import vn.vanban.nd30.Underline;
import vn.vanban.render.BodyParagraph.Kind;
import vn.vanban.render.FontMetrics.Style;

/**
 * Lays a plan out as Decree 30 requires: expands variables, sets case, writes numbering labels
 * and dates, measures the rules and checks that the header lines fit their columns. Every size,
 * fixed text and share comes from the rule book ({@code vn.vanban.nd30}).
 */
public final class PlanLayout {

    private static final String NATIONAL_TITLE = Component.NATIONAL_TITLE.fixedText();
    private static final String MOTTO = Component.MOTTO.fixedText();

    private PlanLayout() {
    }

    /** The view and any warning about text that will not fit where the decree puts it. */
    public record Result(DocumentView view, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    public static Result layout(Plan plan) {
        return new PlanLayout.Builder(plan).build();
    }

    static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    private static final class Builder {
        private final Plan plan;
        private final PlanVariables variables;
        private final Presentation style;
        private final List<String> warnings = new ArrayList<>();

        Builder(Plan plan) {
            this.plan = plan;
            this.variables = PlanVariables.of(plan);
            this.style = plan.presentation();
        }

        Result build() {
            DocumentView.Page page = page();
            int left = (int) Math.round(page.textWidth() * Page.LEFT_COLUMN_SHARE);
            int right = page.textWidth() - left;
            DocumentView view = new DocumentView(
                    page,
                    styles(),
                    header(left, right),
                    title(page.textWidth()),
                    body(),
                    closing(left, right),
                    core());
            return new Result(view, warnings);
        }

        private DocumentView.Page page() {
            Presentation.Margins m = style.margins();
            int left = Page.mmToTwips(m.left());
            int right = Page.mmToTwips(m.right());
            return new DocumentView.Page(Page.A4_WIDTH_TWIPS, Page.A4_HEIGHT_TWIPS, Page.mmToTwips(m.top()),
                    Page.mmToTwips(m.bottom()), left, right, Page.HEADER_DISTANCE_TWIPS,
                    Page.A4_WIDTH_TWIPS - left - right);
        }

        /** Each component's letters as its Word style sets them, read from the rule book. */
        private DocumentView.Styles styles() {
            Map<String, DocumentView.TextFormat> formats = new LinkedHashMap<>();
            for (Component component : Component.values()) {
                Size size = component.size();
                int halfPoints = size == null || size.followsBody() ? 0 : halfPoints(size(component));
                formats.put(component.name(), new DocumentView.TextFormat(
                        Boolean.TRUE.equals(component.bold()), Boolean.TRUE.equals(component.italic()), halfPoints));
            }
            return new DocumentView.Styles(
                    Page.FONT,
                    Page.COLOR,
                    halfPoints(style.bodySize()),
                    Page.cmToTwips(style.firstLineIndent()),
                    (int) Math.round(style.paragraphSpacing() * 20),
                    (int) Math.round(style.lineSpacing() * 240),
                    formats);
        }

        /** A component's size in points with this plan's choices. */
        private double size(Component component) {
            return component.size().value(style::value);
        }

        private DocumentView.Header header(int left, int right) {
            List<String> parentLines = issuerColumn(plan.issuer().parentLines(), Component.PARENT, Style.REGULAR, left,
                    "tên cơ quan chủ quản", new ArrayList<>());
            List<Integer> issuerWidths = new ArrayList<>();
            List<String> issuerLines = issuerColumn(plan.issuer().nameLines(), Component.ISSUER, Style.BOLD, left,
                    "tên cơ quan ban hành", issuerWidths);
            fits(NATIONAL_TITLE, Style.BOLD, size(Component.NATIONAL_TITLE), right, "Quốc hiệu");
            int mottoWidth = fits(MOTTO, Style.BOLD, size(Component.MOTTO), right, "Tiêu ngữ");

            String number = plan.number() == null ? VietnameseDates.BLANK + "  " : Numbering.documentNumber(plan.number());
            String numberLine = "Số: " + number + "/" + plan.symbol();
            fits(numberLine, Style.REGULAR, size(Component.NUMBER), left, "số, ký hiệu");

            String placeDate = plan.issuer().placeName() + ", " + VietnameseDates.longForm(plan.date(), plan.year());
            double dateSize = size(Component.DATE);
            double smallestDateSize = Component.DATE.size().allowed().min();
            while (dateSize > smallestDateSize && FontMetrics.widthTwips(placeDate, Style.ITALIC, dateSize) > room(right)) {
                dateSize -= 0.5;
            }
            fits(placeDate, Style.ITALIC, dateSize, right, "địa danh và ngày tháng");

            return new DocumentView.Header(left, right, parentLines, issuerLines,
                    rule(left, IssuerBlock.ruleLength(issuerWidths, Underline.ISSUER.drawnShare())), numberLine,
                    NATIONAL_TITLE, MOTTO, rule(right, Math.round(mottoWidth * Underline.MOTTO.drawnShare())), placeDate,
                    halfPoints(dateSize));
        }

        /** Lines of ô 2 in capitals, each broken where it does not fit the column; their widths go to widths. */
        private List<String> issuerColumn(List<String> lines, Component component, Style fontStyle, int left, String what,
                List<Integer> widths) {
            List<String> printed = new ArrayList<>();
            for (String line : lines) {
                for (String part : IssuerBlock.fitted(upper(line), fontStyle, size(component), room(left))) {
                    widths.add(fits(part, fontStyle, size(component), left, what));
                    printed.add(part);
                }
            }
            return printed;
        }

        /**
         * The width a line may take in a column: LibreOffice wraps a line that its metrics say is
         * 0.3 mm narrower than the column ("Thành phố Hồ Chí Minh, ngày 25 tháng 12 năm 2025"), so
         * a line must leave 1 % of the column free.
         */
        private static int room(int columnWidth) {
            return columnWidth - columnWidth / 100;
        }

        /** The width of a line that must stay on one line, with a warning when it cannot. */
        private int fits(String line, Style fontStyle, double size, int columnWidth, String what) {
            int width = FontMetrics.widthTwips(line, fontStyle, size);
            if (width > columnWidth) {
                warnings.add(String.format("%s \"%s\" rộng %.0f mm, quá cột %.0f mm nên sẽ xuống dòng",
                        what, line, width * 25.4 / 1440, columnWidth * 25.4 / 1440));
            } else if (width > room(columnWidth)) {
                warnings.add(String.format(VietnameseNames.VIETNAMESE, "%s \"%s\" rộng %.1f mm, sát mép cột %.1f mm nên có thể"
                        + " xuống dòng", what, line, width * 25.4 / 1440, columnWidth * 25.4 / 1440));
            }
            return width;
        }

        private DocumentView.Title title(int textWidth) {
            String subject = expand(plan.subject());
            int subjectWidth = Math.min(FontMetrics.widthTwips(subject, Style.BOLD, size(Component.SUBJECT)), textWidth);
            return new DocumentView.Title(upper(plan.kind().displayName()), subject,
                    rule(textWidth, Math.round(subjectWidth * Underline.SUBJECT.drawnShare())));
        }

        private static DocumentView.Rule rule(int columnWidth, long length) {
            int clamped = (int) Math.min(length, columnWidth);
            return new DocumentView.Rule((columnWidth - clamped) / 2, clamped);
        }

        private List<BodyParagraph> body() {
            List<BodyParagraph> body = new ArrayList<>();
            legalBasesAndIntroduction(body);
            List<Part> parts = plan.parts();
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
                body.add(new BodyParagraph(Kind.PART, Numbering.roman(i + 1) + ".", upper(expand(part.title())), null));
                blocks(part.blocks(), "", body);
            }
            for (String paragraph : plan.closing()) {
                body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, expand(paragraph)));
            }
            endWithFullStop(body);
            return body;
        }

        private void legalBasesAndIntroduction(List<BodyParagraph> body) {
            List<String> bases = new ArrayList<>();
            boolean paragraph = style.legalBasisLayout() == Presentation.LegalBasisLayout.PARAGRAPH;
            for (LegalBasis basis : plan.legalBases()) {
                bases.add(withoutEndPunctuation(expand(LegalBasisText.of(basis, paragraph && !bases.isEmpty()))));
            }
            List<String> introduction = plan.introduction().stream().map(this::expand).toList();
            if (paragraph && !bases.isEmpty()) {
                String joined = String.join("; ", bases);
                if (introduction.isEmpty()) {
                    body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, joined + "."));
                } else {
                    body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, joined + ", " + introduction.get(0)));
                    introduction.subList(1, introduction.size()).forEach(
                            p -> body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, p)));
                }
                return;
            }
            // Phụ lục I, mục II.6.a: ";" after each legal basis, "." after the last, whatever follows.
            for (int i = 0; i < bases.size(); i++) {
                String end = i == bases.size() - 1 ? "." : ";";
                body.add(new BodyParagraph(Kind.LEGAL_BASIS, null, null, bases.get(i) + end));
            }
            introduction.forEach(p -> body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, p)));
        }

        private void blocks(List<Block> blocks, String parentLabel, List<BodyParagraph> body) {
            for (Block block : blocks) {
                if (block instanceof Block.Paragraphs paragraphs) {
                    paragraphs.paragraphs().forEach(p -> body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, expand(p))));
                } else if (block instanceof Block.Items items) {
                    items(items.items(), parentLabel, body);
                } else if (block instanceof Block.Points points) {
                    for (int i = 0; i < points.entries().size(); i++) {
                        Entry entry = points.entries().get(i);
                        body.add(new BodyParagraph(Kind.POINT, Numbering.letter(i + 1) + ")", null, expand(entry.text())));
                        dashes(entry.children(), 0, body);
                    }
                } else if (block instanceof Block.Dashes dashes) {
                    dashes(dashes.entries(), 0, body);
                } else if (block instanceof Block.Duties duties) {
                    for (int i = 0; i < duties.duties().size(); i++) {
                        UnitDuty duty = duties.duties().get(i);
                        String label = parentLabel + (i + 1) + ".";
                        String unit = (duty.request() ? "Đề nghị " : "") + expand(duty.unit());
                        body.add(item(label, unit, expand(duty.text())));
                        blocks(duty.blocks(), label, body);
                    }
                }
            }
        }

        private void items(List<Item> items, String parentLabel, List<BodyParagraph> body) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                String label = parentLabel + (i + 1) + ".";
                body.add(item(label, expand(item.title()), expand(item.text())));
                blocks(item.blocks(), label, body);
                assignment(item.assignment(), body);
            }
        }

        /** A numbered paragraph; a title followed by text ends with a colon: "1. Mục đích: Tiếp tục ...". */
        private static BodyParagraph item(String label, String title, String text) {
            if (title == null) {
                return new BodyParagraph(Kind.ITEM_TEXT, label, null, text);
            }
            if (text == null) {
                return new BodyParagraph(Kind.ITEM, label, title, null);
            }
            String runOn = title.strip();
            while (runOn.endsWith(":") || runOn.endsWith(".") || runOn.endsWith(";")) {
                runOn = runOn.substring(0, runOn.length() - 1).stripTrailing();
            }
            return new BodyParagraph(Kind.ITEM, label, runOn + ":", text);
        }

        private void assignment(Assignment assignment, List<BodyParagraph> body) {
            if (assignment == null) {
                return;
            }
            List<String> lines = new ArrayList<>();
            if (assignment.lead() != null) {
                lines.add("Đơn vị chủ trì: " + expand(assignment.lead()));
            }
            if (!assignment.partners().isEmpty()) {
                lines.add("Đơn vị phối hợp: " + String.join(", ", assignment.partners().stream().map(this::expand).toList()));
            }
            if (assignment.timeframe() != null) {
                lines.add("Thời gian thực hiện: " + expand(assignment.timeframe()));
            }
            for (int i = 0; i < lines.size(); i++) {
                body.add(new BodyParagraph(Kind.DASH, "-", null, lines.get(i) + (i == lines.size() - 1 ? "." : ";")));
            }
        }

        private void dashes(List<Entry> entries, int depth, List<BodyParagraph> body) {
            for (Entry entry : entries) {
                body.add(new BodyParagraph(Kind.DASH, depth == 0 ? "-" : "+", null, expand(entry.text())));
                dashes(entry.children(), depth + 1, body);
            }
        }

        /** The samples of Phụ lục III end the body with "./." ({@link Page#BODY_END}). */
        private static void endWithFullStop(List<BodyParagraph> body) {
            for (int i = body.size() - 1; i >= 0; i--) {
                BodyParagraph last = body.get(i);
                if (last.text() != null) {
                    String text = last.text();
                    if (!text.endsWith(Page.BODY_END)) {
                        body.set(i, last.withText(withoutEndPunctuation(text) + Page.BODY_END));
                    }
                    return;
                }
            }
        }

        private DocumentView.Closing closing(int left, int right) {
            List<String> recipients = plan.recipients().stream()
                    .map(r -> "- " + withoutEndPunctuation(stripDash(expand(r))) + ";")
                    .toList();
            List<String> archive = plan.archive().stream().map(a -> withoutEndPunctuation(expand(a))).toList();
            return new DocumentView.Closing(left, right, Component.RECIPIENTS_LABEL.fixedText(), recipients,
                    "- Lưu: " + String.join(", ", archive) + ".", signerLines(plan.signer()),
                    expand(plan.signer().name()));
        }

        private List<String> signerLines(Signer signer) {
            List<String> lines = new ArrayList<>();
            if (signer.onBehalfOf() != null) {
                lines.add("TM. " + upper(expand(signer.onBehalfOf())));
            }
            Authority authority = signer.authority();
            if (authority != null && authority != Authority.TM) {
                lines.add(authority.name() + ". " + upper(expand(signer.principalTitle())));
            }
            if (authority != Authority.Q && signer.title() != null) {
                lines.add(upper(expand(signer.title())));
            }
            return lines;
        }

        private DocumentView.Core core() {
            String created = plan.date() == null ? null : plan.date() + "T00:00:00Z";
            return new DocumentView.Core(plan.kind().displayName() + " " + VietnameseNames.lowerFirst(expand(plan.subject())),
                    plan.issuer().fullNameInText(), created);
        }

        private String expand(String text) {
            return variables.expand(text);
        }

        private static String upper(String text) {
            return Normalizer.normalize(VietnameseNames.upper(text), Normalizer.Form.NFC);
        }

        private static String stripDash(String text) {
            return text.startsWith("-") ? text.substring(1).strip() : text;
        }

        private static String withoutEndPunctuation(String text) {
            String t = text.strip();
            while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
                t = t.substring(0, t.length() - 1).stripTrailing();
            }
            return t;
        }
    }
}
