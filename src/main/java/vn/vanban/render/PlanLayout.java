package vn.vanban.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.model.Authority;
import vn.vanban.model.Plan;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.Presentation;
import vn.vanban.model.Signer;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.ArchiveLine;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Form;
import vn.vanban.nd30.Numbering;
import vn.vanban.nd30.Page;
import vn.vanban.nd30.Size;
import vn.vanban.nd30.Underline;
import vn.vanban.render.FontMetrics.Style;

/**
 * Lays a document out as Decree 30 requires: expands variables, sets case, writes numbering labels
 * and dates, measures the rules and checks that the header lines fit their columns. The header,
 * the title, "Kính gửi" and the closing are laid out here for every kind of document; the body in
 * the order of its form ({@link FormBody}). Every size, fixed text and share comes from the rule
 * book ({@code vn.vanban.nd30}).
 */
public final class PlanLayout {

    private static final String NATIONAL_TITLE = Component.NATIONAL_TITLE.fixedText;
    private static final String MOTTO = Component.MOTTO.fixedText;

    private PlanLayout() {
    }

    /** The view and any warning about text that will not fit where the decree puts it. */
    public record Result(DocumentView view, List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    public static Result layout(Plan plan) {
        return layout(plan, null);
    }

    /** @param memo the body's layouts kept by a batch, or null */
    static Result layout(Plan plan, BodyMemo memo) {
        return new PlanLayout.Builder(plan, memo).build();
    }

    static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    private static final class Builder {
        private final Plan plan;
        private final Presentation style;
        private final Form form;
        private final DocumentView.Page page;
        private final BodyWriter writer;
        private final List<String> warnings = new ArrayList<>();

        Builder(Plan plan, BodyMemo memo) {
            this.plan = plan;
            this.style = plan.presentation();
            this.form = plan.kind().form();
            this.page = page();
            this.writer = new BodyWriter(PlanVariables.of(plan), page.textWidth(), memo);
        }

        Result build() {
            int left = (int) Math.round(page.textWidth() * Page.LEFT_COLUMN_SHARE);
            int right = page.textWidth() - left;
            DocumentView view = new DocumentView(
                    page,
                    styles(),
                    header(left, right),
                    form.hasTypeName() ? title(page.textWidth()) : null,
                    addressees(page.textWidth()),
                    FormBody.of(form).write(plan, writer),
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
                Size size = component.size;
                int halfPoints = size == null || size.followsBody() ? 0 : halfPoints(size(component));
                formats.put(component.name(), new DocumentView.TextFormat(
                        Boolean.TRUE.equals(component.bold), Boolean.TRUE.equals(component.italic), halfPoints));
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
            return component.size.value(style::value);
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
            double smallestDateSize = Component.DATE.size.allowed().min();
            while (dateSize > smallestDateSize && FontMetrics.widthTwips(placeDate, Style.ITALIC, dateSize) > room(right)) {
                dateSize -= 0.5;
            }
            fits(placeDate, Style.ITALIC, dateSize, right, "địa danh và ngày tháng");

            // Ô 5b: a Công văn's subject stands under its number, "V/v" and the subject in sentence case.
            String letterSubject = form.subjectInHeader()
                    ? "V/v " + VietnameseNames.lowerFirst(expand(plan.subject()).strip()) : null;

            return new DocumentView.Header(left, right, parentLines, issuerLines,
                    rule(left, IssuerBlock.ruleLength(issuerWidths, Underline.ISSUER.drawnShare())), numberLine,
                    NATIONAL_TITLE, MOTTO, rule(right, Math.round(mottoWidth * Underline.MOTTO.drawnShare())), placeDate,
                    halfPoints(dateSize), letterSubject);
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

        /**
         * Ô 9a (Phụ lục I, mục II.9.d): one addressee on the line of "Kính gửi:", centred; several
         * on lines of their own, "- ...;" and the last "- ....", their dashes under the colon, the
         * block centred in the text width as far as its longest line allows.
         */
        private DocumentView.Addressees addressees(int textWidth) {
            List<String> names = plan.addressees().stream()
                    .map(a -> BodyWriter.withoutEndPunctuation(BodyWriter.stripDash(expand(a)))).toList();
            if (names.isEmpty()) {
                return null;
            }
            String label = Component.ADDRESSEE.fixedText;
            double size = size(Component.ADDRESSEE);
            if (names.size() == 1) {
                return new DocumentView.Addressees(label, label + " " + names.get(0), List.of(), 0, 0, 0);
            }
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
            }
            int toColon = FontMetrics.widthTwips(label.substring(0, label.length() - 1), Style.REGULAR, size);
            int widest = lines.stream().mapToInt(l -> FontMetrics.widthTwips(l, Style.REGULAR, size)).max().orElse(0);
            int labelIndent = Math.max(0, (textWidth - toColon - widest) / 2);
            int hanging = FontMetrics.widthTwips("- ", Style.REGULAR, size);
            return new DocumentView.Addressees(label, null, lines, labelIndent, labelIndent + toColon, hanging);
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

        private DocumentView.Closing closing(int left, int right) {
            List<String> recipients = plan.recipients().stream()
                    .map(r -> "- " + BodyWriter.withoutEndPunctuation(BodyWriter.stripDash(expand(r))) + ";")
                    .toList();
            List<String> archive = plan.archive().stream().map(a -> BodyWriter.withoutEndPunctuation(expand(a))).toList();
            return new DocumentView.Closing(left, right, Component.RECIPIENTS_LABEL.fixedText, recipients,
                    ArchiveLine.of(archive), signerLines(plan.signer()),
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
            return writer.expand(text);
        }

        private static String upper(String text) {
            return BodyWriter.upper(text);
        }
    }
}
