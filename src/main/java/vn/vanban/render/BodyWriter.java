package vn.vanban.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.model.Assignment;
import vn.vanban.model.Block;
import vn.vanban.model.Entry;
import vn.vanban.model.Item;
import vn.vanban.model.LegalBasis;
import vn.vanban.model.PlanVariables;
import vn.vanban.model.Presentation;
import vn.vanban.model.TargetResult;
import vn.vanban.model.UnitDuty;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Numbering;
import vn.vanban.nd30.Page;
import vn.vanban.render.BodyParagraph.Kind;
import vn.vanban.text.PlainText;

/**
 * Writes the body's paragraphs that every kind of document shares: legal bases and introduction,
 * numbered items, points, dashes, units with their duties, a table of targets, the closing mark.
 * The forms ({@link FormBody}) put them in their order.
 */
final class BodyWriter {

    /** The columns of a table of targets: number, target, planned, achieved, assessment; shares of the text width. */
    private static final List<String> TARGET_HEADER = List.of("TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá");
    private static final double[] TARGET_SHARES = {0.07, 0.45, 0.15, 0.15, 0.18};
    private static final List<Boolean> TARGET_CENTERED = List.of(true, false, true, true, true);
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%?)");

    private final PlanVariables variables;
    private final int textWidth;
    /** The batch's layouts of the plan's lists, or null outside a batch. */
    private final BodyMemo memo;
    /** While a list is laid out for the memo, the variables it reads; else null. */
    private Map<String, String> read;

    BodyWriter(PlanVariables variables, int textWidth, BodyMemo memo) {
        this.variables = variables;
        this.textWidth = textWidth;
        this.memo = memo;
    }

    String expand(String text) {
        return variables.expand(text, read);
    }

    /** A form's content: its blocks, numbered from 1, laid out once per batch where they can be ({@link BodyMemo}). */
    void content(List<Block> blocks, List<BodyParagraph> body) {
        body.addAll(memoized(blocks, textWidth, laid -> blocks(blocks, "", laid)));
    }

    /** What {@code layOut} adds to a list, from the memo when it has it. */
    private <T> List<T> memoized(List<?> source, int context, Consumer<List<T>> layOut) {
        if (memo == null) {
            List<T> laid = new ArrayList<>();
            layOut.accept(laid);
            return laid;
        }
        return memo.laidOut(source, context, variables, reads -> {
            List<T> laid = new ArrayList<>();
            read = reads;
            try {
                layOut.accept(laid);
            } finally {
                read = null;
            }
            return laid;
        });
    }

    static String upper(String text) {
        return Normalizer.normalize(VietnameseNames.upper(text), Normalizer.Form.NFC);
    }

    static String withoutEndPunctuation(String text) {
        return PlainText.withoutEndPunctuation(text);
    }

    static String stripDash(String text) {
        return text.startsWith("-") ? text.substring(1).strip() : text;
    }

    void paragraphs(List<String> paragraphs, List<BodyParagraph> body) {
        paragraphs.forEach(p -> body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, expand(p))));
    }

    /**
     * The legal bases, one italic line each, ";" after each and "." after the last (Phụ lục I, mục
     * II.6.a), then the introduction; or, laid out as one paragraph, the bases joined and run into
     * the introduction ("Thực hiện ..., UBND ... như sau:").
     */
    void legalBasesAndIntroduction(List<LegalBasis> legalBases, List<String> introductionTexts,
            Presentation.LegalBasisLayout layout, List<BodyParagraph> body) {
        boolean paragraph = layout == Presentation.LegalBasisLayout.PARAGRAPH;
        List<String> bases = memoized(legalBases, paragraph ? 1 : 0, laid -> {
            for (LegalBasis basis : legalBases) {
                laid.add(withoutEndPunctuation(expand(LegalBasisText.of(basis, paragraph && !laid.isEmpty()))));
            }
        });
        List<String> introduction = introductionTexts.stream().map(this::expand).toList();
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
        for (int i = 0; i < bases.size(); i++) {
            String end = i == bases.size() - 1 ? "." : ";";
            body.add(new BodyParagraph(Kind.LEGAL_BASIS, null, null, bases.get(i) + end));
        }
        introduction.forEach(p -> body.add(new BodyParagraph(Kind.PARAGRAPH, null, null, p)));
    }

    void blocks(List<Block> blocks, String parentLabel, List<BodyParagraph> body) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraphs paragraphs) {
                paragraphs(paragraphs.paragraphs(), body);
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
            } else if (block instanceof Block.Targets targets) {
                body.add(new BodyParagraph(Kind.TABLE, null, null, null, targets(targets.rows())));
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

    private BodyParagraph.Table targets(List<TargetResult> rows) {
        List<Integer> widths = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < TARGET_SHARES.length; i++) {
            int width = i == TARGET_SHARES.length - 1 ? textWidth - used : (int) Math.round(textWidth * TARGET_SHARES[i]);
            widths.add(width);
            used += width;
        }
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TargetResult row = rows.get(i);
            cells.add(List.of(Integer.toString(i + 1), expand(row.target()), orEmpty(row.planned()),
                    orEmpty(row.achieved()), assessment(row)));
        }
        return new BodyParagraph.Table(widths, TARGET_HEADER, cells, TARGET_CENTERED);
    }

    private String orEmpty(String text) {
        return text == null ? "" : expand(text);
    }

    /**
     * The clerk's own assessment, or, when both figures are numbers of the same kind ("100%" and
     * "95%", "20" and "24"), "Đạt" or "Chưa đạt" with the share reached; nothing otherwise.
     */
    private String assessment(TargetResult row) {
        if (row.assessment() != null) {
            return expand(row.assessment());
        }
        Matcher planned = row.planned() == null ? null : FIGURE.matcher(expand(row.planned()));
        Matcher achieved = row.achieved() == null ? null : FIGURE.matcher(expand(row.achieved()));
        if (planned == null || achieved == null || !planned.find() || !achieved.find()
                || !planned.group(2).equals(achieved.group(2))) {
            return "";
        }
        BigDecimal goal = new BigDecimal(planned.group(1).replace(',', '.'));
        BigDecimal done = new BigDecimal(achieved.group(1).replace(',', '.'));
        if (goal.signum() <= 0) {
            return "";
        }
        int share = done.multiply(BigDecimal.valueOf(100)).divide(goal, 0, RoundingMode.HALF_UP).intValue();
        return (share >= 100 ? "Đạt" : "Chưa đạt") + " (" + share + "%)";
    }

    /** The samples of Phụ lục III end the body with "./." ({@link Page#BODY_END}). */
    static void endWithFullStop(List<BodyParagraph> body) {
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
}
