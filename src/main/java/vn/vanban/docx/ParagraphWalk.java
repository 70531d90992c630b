package vn.vanban.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument.PageField;

/**
 * One paragraph's content read into its {@link ParagraphBuilder}: the text of its runs (tabs, breaks,
 * field results), the PAGE fields it holds, and the shapes of its runs through a {@link ShapeReader},
 * whose text boxes are read after the paragraph.
 */
final class ParagraphWalk {

    private static final Pattern PAGE_FIELD = Pattern.compile("^\\s*PAGE(\\s|\\\\|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORMAT_SWITCH = Pattern.compile("\\\\\\*\\s*(\\w+)");

    /** The PAGE fields met in the paragraph (in a header or footer: its page number). */
    final List<PageField> pageFields = new ArrayList<>();
    private final Element p;
    private final BlockContext ctx;
    private final ParagraphBuilder b;
    private final EffectiveFormatting formatting;
    private final List<FieldState> fields = new ArrayList<>();
    private final ShapeReader shapes;

    ParagraphWalk(Element p, BlockContext ctx, ParagraphBuilder b, EffectiveFormatting formatting, SectionFrame section) {
        this.p = p;
        this.ctx = ctx;
        this.b = b;
        this.formatting = formatting;
        this.shapes = new ShapeReader(ctx, b, section);
    }

    /** The text boxes met in the paragraph, to be read after it. */
    List<ShapeReader.TextBox> textBoxes() {
        return shapes.textBoxes;
    }

    void children(Element container) {
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.isW(child, "r")) {
                run(child);
            } else if (Ooxml.isW(child, "fldSimple")) {
                FieldState field = new FieldState(Ooxml.attr(child, "instr"), b.text.length());
                field.result = true;
                fields.add(field);
                children(child);
                fields.remove(fields.size() - 1);
                endField(field);
            } else if (Ooxml.isW(child, "hyperlink") || Ooxml.isW(child, "smartTag") || Ooxml.isW(child, "customXml")
                    || Ooxml.isW(child, "ins") || Ooxml.isW(child, "moveTo") || Ooxml.isW(child, "dir")
                    || Ooxml.isW(child, "bdo")) {
                children(child);
            } else if (Ooxml.isW(child, "sdt")) {
                children(Ooxml.child(child, "sdtContent"));
            } else if (Ooxml.is(child, Ooxml.MC, "AlternateContent")) {
                children(Ooxml.alternative(child));
            }
        }
    }

    private boolean inFieldCode() {
        return !fields.isEmpty() && !fields.get(fields.size() - 1).result;
    }

    void run(Element r) {
        RunFormat format = formatting.run(p, r, ctx.tableStyle());
        for (Element child : Ooxml.children(r)) {
            if (Ooxml.is(child, Ooxml.MC, "AlternateContent")) {
                Element alt = Ooxml.alternative(child);
                for (Element inner : Ooxml.children(alt)) {
                    runChild(inner, format);
                }
            } else {
                runChild(child, format);
            }
        }
    }

    private void runChild(Element child, RunFormat format) {
        switch (Ooxml.W.equals(child.getNamespaceURI()) ? child.getLocalName() : "") {
            case "t" -> {
                if (!inFieldCode()) {
                    text(Ooxml.text(child), format);
                }
            }
            case "tab", "ptab" -> text("\t", format);
            case "br", "cr" -> text("\n", format);
            case "noBreakHyphen" -> text("-", format);
            case "sym" -> text("•", format);
            case "fldChar" -> fieldChar(Ooxml.attr(child, "fldCharType"), format);
            case "instrText" -> {
                if (!fields.isEmpty()) {
                    fields.get(fields.size() - 1).instruction.append(Ooxml.text(child));
                }
            }
            case "drawing" -> shapes.drawing(child);
            case "pict" -> shapes.vml(child);
            default -> {
                // Other run content (footnote references, objects, ...) shows no text to check.
            }
        }
    }

    private void text(String raw, RunFormat format) {
        if (!fields.isEmpty()) {
            fields.get(fields.size() - 1).formats.add(format);
        }
        b.append(raw, format);
    }

    private void fieldChar(String type, RunFormat format) {
        if ("begin".equals(type)) {
            FieldState field = new FieldState("", b.text.length());
            field.beginFormat = format;
            fields.add(field);
        } else if ("separate".equals(type) && !fields.isEmpty()) {
            fields.get(fields.size() - 1).result = true;
        } else if ("end".equals(type) && !fields.isEmpty()) {
            endField(fields.remove(fields.size() - 1));
        }
    }

    private void endField(FieldState field) {
        String instruction = field.instruction.toString();
        if (!PAGE_FIELD.matcher(instruction).find()) {
            return;
        }
        List<RunFormat> shown = field.formats.isEmpty() && field.beginFormat != null
                ? List.of(field.beginFormat) : field.formats;
        List<Double> sizes = new ArrayList<>();
        boolean italic = false;
        for (RunFormat f : shown) {
            if (!sizes.contains(f.sizePt())) {
                sizes.add(f.sizePt());
            }
            italic |= f.italic();
        }
        String formatSwitch = null;
        Matcher m = FORMAT_SWITCH.matcher(instruction);
        while (m.find() && formatSwitch == null) {
            String word = m.group(1);
            if (!word.equalsIgnoreCase("MERGEFORMAT") && !word.equalsIgnoreCase("CHARFORMAT")
                    && !word.equalsIgnoreCase("Arabic")) {
                formatSwitch = word;
            }
        }
        pageFields.add(new PageField(centeredAtField(field.start), sizes, italic, formatSwitch));
    }

    /**
     * Centred by alignment, or typed after one tab that reaches a centre tab stop near the
     * middle of the line (Word's Header style has one).
     */
    private boolean centeredAtField(int fieldStart) {
        ParagraphFormat f = b.format;
        if (f.alignment() == Alignment.CENTER) {
            return true;
        }
        String before = b.text.substring(0, Math.min(fieldStart, b.text.length())).replace(" ", "");
        if (!before.equals("\t")) {
            return false;
        }
        for (ParagraphFormat.TabStop tab : f.tabs()) {
            if (tab.position() > f.left()) {
                return tab.alignment().equals("center")
                        && Math.abs(tab.position() - b.columnWidth / 2) <= b.columnWidth / 20;
            }
        }
        return false;
    }

    private static final class FieldState {
        final StringBuilder instruction;
        final int start;
        boolean result;
        RunFormat beginFormat;
        final List<RunFormat> formats = new ArrayList<>();

        FieldState(String instruction, int start) {
            this.instruction = new StringBuilder(instruction == null ? "" : instruction);
            this.start = start;
        }
    }
}
