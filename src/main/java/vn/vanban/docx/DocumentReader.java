package vn.vanban.docx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ReadDocument.HeaderFooter;
import vn.vanban.docx.ReadDocument.PageField;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.Place;
import vn.vanban.docx.ReadDocument.RuleMark;
import vn.vanban.docx.ReadDocument.Section;
import vn.vanban.docx.ReadDocument.Span;
import vn.vanban.render.FontMetrics;

/**
 * Reads a .docx into {@link ReadDocument}: paragraphs in reading order with their text as Word
 * shows it (tabs, manual line breaks, list numbers, field results, text boxes) and the effective
 * format of every character; the lines drawn as paragraph borders, shapes (DrawingML and VML) or
 * underscores; sections with page size, margins and the page numbers of their headers.
 */
public final class DocumentReader {

    private static final int EMU_PER_TWIP = 635;
    /** Word's default cell margin left and right (0.08 inch) when neither table nor style sets one. */
    private static final int DEFAULT_CELL_MARGIN = 108;
    /** DrawingML text boxes: 0.1 inch inside left and right unless lIns/rIns say otherwise. */
    private static final int DEFAULT_BOX_INSET = 144;
    private static final Pattern TEXT_RULE = Pattern.compile("_{3,}|[-‐‑–—−]{3,}");
    private static final Pattern PAGE_FIELD = Pattern.compile("^\\s*PAGE(\\s|\\\\|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORMAT_SWITCH = Pattern.compile("\\\\\\*\\s*(\\w+)");

    private final XWPFDocument document;
    private final EffectiveFormatting formatting;
    private final NumberingLabels labels;
    private final List<SectionFrame> frames = new ArrayList<>();
    private final List<Builder> paragraphs = new ArrayList<>();
    private int currentSection;
    private int tableCount;

    private DocumentReader(XWPFDocument document) {
        this.document = document;
        this.formatting = EffectiveFormatting.of(document);
        this.labels = new NumberingLabels(formatting);
    }

    public static ReadDocument read(XWPFDocument document) {
        return new DocumentReader(document).read();
    }

    private ReadDocument read() {
        Element body = EffectiveFormatting.element(document.getDocument().getBody());
        for (Element sectPr : Ooxml.descendants(body, Ooxml.W, "sectPr")) {
            Node parent = sectPr.getParentNode();
            boolean ofParagraph = Ooxml.isW(parent, "pPr") && Ooxml.isW(parent.getParentNode(), "p");
            if (ofParagraph || Ooxml.isW(parent, "body")) {
                frames.add(new SectionFrame(sectPr));
            }
        }
        if (frames.isEmpty()) {
            frames.add(new SectionFrame(null));
        }
        block(body, new Context(null, Place.BODY, 0, null, true));

        List<Para> paras = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            paras.add(paragraphs.get(i).build(i + 1));
        }
        List<Section> sections = sections(paras);
        Integer pages = null;
        try {
            int saved = document.getProperties().getExtendedProperties().getPages();
            pages = saved > 0 ? saved : null;
        } catch (RuntimeException e) {
            // No or unreadable docProps/app.xml: the page count stays unknown.
        }
        XWPFSettings settings = null;
        for (POIXMLDocumentPart part : document.getRelations()) {
            if (part instanceof XWPFSettings s) {
                settings = s;
            }
        }
        boolean evenAndOdd = settings != null && settings.getEvenAndOddHeadings();
        return new ReadDocument(paras, sections, pages, evenAndOdd);
    }

    // ------------------------------------------------------------------ blocks

    /**
     * Where paragraphs being read stand.
     *
     * @param width null for the text width of the current section
     * @param topLevel paragraphs directly in the body, whose w:sectPr ends a section
     */
    private record Context(String tableStyle, Place place, int columnLeft, Integer width, boolean topLevel) {
    }

    private void block(Element container, Context ctx) {
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.isW(child, "p")) {
                paragraph(child, ctx);
                if (ctx.topLevel() && Ooxml.child(Ooxml.child(child, "pPr"), "sectPr") != null
                        && currentSection < frames.size() - 1) {
                    currentSection++;
                }
            } else if (Ooxml.isW(child, "tbl")) {
                table(child, ctx);
            } else if (Ooxml.isW(child, "sdt")) {
                block(Ooxml.child(child, "sdtContent"), ctx);
            } else if (Ooxml.isW(child, "customXml") || Ooxml.isW(child, "ins") || Ooxml.isW(child, "moveTo")) {
                block(child, ctx);
            } else if (Ooxml.is(child, Ooxml.MC, "AlternateContent")) {
                block(alternative(child), ctx);
            }
        }
    }

    private static Element alternative(Element alternateContent) {
        Element choice = Ooxml.child(alternateContent, Ooxml.MC, "Choice");
        return choice != null ? choice : Ooxml.child(alternateContent, Ooxml.MC, "Fallback");
    }

    private int width(Context ctx) {
        return ctx.width() != null ? ctx.width() : frames.get(currentSection).textWidth();
    }

    private void table(Element tbl, Context outer) {
        int index = tableCount++;
        Element tblPr = Ooxml.child(tbl, "tblPr");
        String style = Ooxml.childVal(tblPr, "tblStyle");
        String tableStyle = style == null ? "" : style;
        List<Integer> grid = new ArrayList<>();
        for (Element col : Ooxml.children(Ooxml.child(tbl, "tblGrid"), Ooxml.W, "gridCol")) {
            grid.add(intOr(Ooxml.twips(col, "w"), 0));
        }
        int indent = intOr(Ooxml.twips(Ooxml.child(tblPr, "tblInd"), "w"), 0);
        int[] tableMargins = margins(Ooxml.child(tblPr, "tblCellMar"), formatting.tableCellMargins(tableStyle));
        List<Element> rows = through(tbl, "tr");
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            int gridPosition = intOr(Ooxml.integer(Ooxml.child(Ooxml.child(row, "trPr"), "gridBefore"), "val"), 0);
            List<Element> cells = through(row, "tc");
            for (int c = 0; c < cells.size(); c++) {
                Element cell = cells.get(c);
                Element tcPr = Ooxml.child(cell, "tcPr");
                int span = Math.max(1, intOr(Ooxml.integer(Ooxml.child(tcPr, "gridSpan"), "val"), 1));
                int start = 0;
                int cellWidth = 0;
                for (int g = 0; g < gridPosition + span && g < grid.size(); g++) {
                    if (g < gridPosition) {
                        start += grid.get(g);
                    } else {
                        cellWidth += grid.get(g);
                    }
                }
                Element tcW = Ooxml.child(tcPr, "tcW");
                if (cellWidth == 0) {
                    String type = Ooxml.attr(tcW, "type");
                    Integer w = Ooxml.twips(tcW, "w");
                    cellWidth = w != null && (type == null || type.equals("dxa")) ? w : width(outer) / Math.max(1, cells.size());
                    start = cellWidth * c;
                }
                int[] m = margins(Ooxml.child(tcPr, "tcMar"), tableMargins);
                Place place = new Place(index, r, c, cells.size(), outer.place().textBox());
                block(cell, new Context(tableStyle, place, outer.columnLeft() + indent + start + m[0],
                        Math.max(0, cellWidth - m[0] - m[1]), false));
                gridPosition += span;
            }
        }
        if (rows.size() >= 3 && outer.topLevel()) {
            frames.get(currentSection).tables++;
        }
    }

    /** Rows of a table or cells of a row, also those wrapped in content controls or custom XML. */
    private static List<Element> through(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element child : Ooxml.children(parent)) {
            if (Ooxml.isW(child, name)) {
                out.add(child);
            } else if (Ooxml.isW(child, "sdt") || Ooxml.isW(child, "customXml")) {
                out.addAll(through(Ooxml.isW(child, "sdt") ? Ooxml.child(child, "sdtContent") : child, name));
            }
        }
        return out;
    }

    /** Left and right cell margins: the element's own, else the fallback, else Word's default. */
    private static int[] margins(Element mar, int[] fallback) {
        return EffectiveFormatting.cellMargins(mar,
                fallback == null ? new int[] {DEFAULT_CELL_MARGIN, DEFAULT_CELL_MARGIN} : fallback);
    }

    // ------------------------------------------------------------------ paragraphs

    private void paragraph(Element p, Context ctx) {
        ParagraphFormat format = formatting.paragraph(p, ctx.tableStyle());
        Builder b = new Builder(format, ctx.place(), currentSection, ctx.columnLeft(), width(ctx));
        paragraphs.add(b);
        ParagraphWalk walk = new ParagraphWalk(p, ctx, b);
        if (format.numbering() != null) {
            String label = labels.next(format.numbering());
            if (label != null) {
                b.append(label + " ", formatting.run(p, firstRun(p), ctx.tableStyle()));
                b.label = label;
            }
        }
        walk.children(p);
        b.finish();
        for (Runnable box : walk.textBoxes) {
            box.run();
        }
    }

    private static Element firstRun(Element p) {
        List<Element> runs = Ooxml.descendants(p, Ooxml.W, "r");
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** One paragraph's content: runs, fields, drawings; text boxes are read after the paragraph. */
    private final class ParagraphWalk {
        final Element p;
        final Context ctx;
        final Builder b;
        final List<Runnable> textBoxes = new ArrayList<>();
        final List<FieldState> fields = new ArrayList<>();
        final List<PageField> pageFields = new ArrayList<>();

        ParagraphWalk(Element p, Context ctx, Builder b) {
            this.p = p;
            this.ctx = ctx;
            this.b = b;
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
                    children(alternative(child));
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
                    Element alt = alternative(child);
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
                case "drawing" -> drawing(child);
                case "pict" -> vml(child);
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

        // -------------------------------------------------------------- DrawingML

        private void drawing(Element drawing) {
            for (Element frame : Ooxml.children(drawing)) {
                boolean anchor = Ooxml.is(frame, Ooxml.WP, "anchor");
                if (!anchor && !Ooxml.is(frame, Ooxml.WP, "inline")) {
                    continue;
                }
                Element extent = Ooxml.child(frame, Ooxml.WP, "extent");
                long cx = Ooxml.plainLong(extent, "cx", 0);
                long cy = Ooxml.plainLong(extent, "cy", 0);
                Element graphicData = Ooxml.child(Ooxml.child(frame, Ooxml.A, "graphic"), Ooxml.A, "graphicData");
                for (Element shape : Ooxml.children(graphicData)) {
                    if (Ooxml.is(shape, Ooxml.WPS, "wsp")) {
                        wordShape(shape, frame, anchor, cx, cy, 1.0, 0);
                    } else if ("wgp".equals(shape.getLocalName())) {
                        group(shape, frame, anchor, cx);
                    }
                }
            }
        }

        private void group(Element group, Element frame, boolean anchor, long cx) {
            Element xfrm = Ooxml.child(Ooxml.child(group, group.getNamespaceURI(), "grpSpPr"), Ooxml.A, "xfrm");
            long chExtent = Ooxml.plainLong(Ooxml.child(xfrm, Ooxml.A, "chExt"), "cx", 0);
            long chOffset = Ooxml.plainLong(Ooxml.child(xfrm, Ooxml.A, "chOff"), "x", 0);
            double scale = chExtent > 0 ? (double) cx / chExtent : 1.0;
            for (Element member : Ooxml.children(group)) {
                if (Ooxml.is(member, Ooxml.WPS, "wsp")) {
                    Element memberXfrm = Ooxml.child(Ooxml.child(member, Ooxml.WPS, "spPr"), Ooxml.A, "xfrm");
                    long mcx = Ooxml.plainLong(Ooxml.child(memberXfrm, Ooxml.A, "ext"), "cx", 0);
                    long mcy = Ooxml.plainLong(Ooxml.child(memberXfrm, Ooxml.A, "ext"), "cy", 0);
                    long offset = Ooxml.plainLong(Ooxml.child(memberXfrm, Ooxml.A, "off"), "x", 0) - chOffset;
                    wordShape(member, frame, anchor, Math.round(mcx * scale), Math.round(mcy * scale),
                            scale, Math.round(offset * scale));
                }
            }
        }

        private void wordShape(Element wsp, Element frame, boolean anchor, long cx, long cy, double scale, long groupOffset) {
            Element spPr = Ooxml.child(wsp, Ooxml.WPS, "spPr");
            Element txbx = Ooxml.child(wsp, Ooxml.WPS, "txbx");
            Element content = Ooxml.child(txbx, Ooxml.W, "txbxContent");
            int length = (int) (cx / EMU_PER_TWIP);
            Integer left = frameLeft(frame, anchor, length, groupOffset);
            if (content != null) {
                Element bodyPr = Ooxml.child(wsp, Ooxml.WPS, "bodyPr");
                int insetLeft = (int) (Ooxml.plainLong(bodyPr, "lIns", DEFAULT_BOX_INSET * EMU_PER_TWIP) / EMU_PER_TWIP);
                int insetRight = (int) (Ooxml.plainLong(bodyPr, "rIns", DEFAULT_BOX_INSET * EMU_PER_TWIP) / EMU_PER_TWIP);
                int boxLeft = ctx.columnLeft() + (left == null ? 0 : left) + insetLeft;
                int boxWidth = Math.max(0, length - insetLeft - insetRight);
                textBoxes.add(() -> block(content, new Context(null, textBoxPlace(), boxLeft, boxWidth, false)));
                return;
            }
            Element geometry = Ooxml.child(spPr, Ooxml.A, "prstGeom");
            String preset = Ooxml.plainAttr(geometry, "prst");
            boolean lineShape = "line".equals(preset) || (preset != null && preset.startsWith("straightConnector"));
            Element xfrm = Ooxml.child(spPr, Ooxml.A, "xfrm");
            long rotation = Ooxml.plainLong(xfrm, "rot", 0) % 10800000;
            boolean horizontal = cy <= Math.max(cx / 20, 1) && (rotation < 600000 || rotation > 10200000);
            Element ln = Ooxml.child(spPr, Ooxml.A, "ln");
            if (Ooxml.child(ln, Ooxml.A, "noFill") != null || !horizontal || cx <= 0 || (!lineShape && cy > 2 * 12700)) {
                return;
            }
            String dash = Ooxml.plainAttr(Ooxml.child(ln, Ooxml.A, "prstDash"), "val");
            boolean solid = dash == null || dash.equals("solid");
            Integer center = left == null ? null : left + length / 2;
            if (!anchor && b.text.toString().isBlank()) {
                center = b.centerOf(length);
            }
            b.marks.add(new RuleMark(RuleMark.Kind.SHAPE, length, center, solid));
        }

        /**
         * The left edge of an anchored shape relative to the paragraph's column, or null when it is
         * placed relative to something whose position is not known here.
         */
        private Integer frameLeft(Element frame, boolean anchor, int length, long groupOffset) {
            if (!anchor) {
                return null;
            }
            Element positionH = Ooxml.child(frame, Ooxml.WP, "positionH");
            String relative = Ooxml.plainAttr(positionH, "relativeFrom");
            boolean inCell = ctx.place().inTable() && !"0".equals(Ooxml.plainAttr(frame, "layoutInCell"));
            Integer frameLeft;
            int frameWidth;
            SectionFrame section = frames.get(currentSection);
            if (inCell || "column".equals(relative)) {
                frameLeft = 0;
                frameWidth = b.columnWidth;
            } else if ("margin".equals(relative)) {
                frameLeft = -ctx.columnLeft();
                frameWidth = section.textWidth();
            } else if ("page".equals(relative)) {
                frameLeft = -ctx.columnLeft() - section.marginLeft();
                frameWidth = section.pageWidth();
            } else {
                return null;
            }
            String align = Ooxml.is(Ooxml.children(positionH).isEmpty() ? null : Ooxml.children(positionH).get(0),
                    Ooxml.WP, "align") ? Ooxml.text(Ooxml.children(positionH).get(0)).strip() : null;
            Element offset = Ooxml.child(positionH, Ooxml.WP, "posOffset");
            int groupShift = (int) (groupOffset / EMU_PER_TWIP);
            if (align != null) {
                int groupLength = length;
                return switch (align) {
                    case "center" -> frameLeft + (frameWidth - groupLength) / 2 + groupShift;
                    case "left", "inside" -> frameLeft + groupShift;
                    case "right", "outside" -> frameLeft + frameWidth - groupLength + groupShift;
                    default -> null;
                };
            }
            if (offset != null) {
                try {
                    return frameLeft + (int) (Long.parseLong(Ooxml.text(offset).strip()) / EMU_PER_TWIP) + groupShift;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }

        private Place textBoxPlace() {
            Place host = ctx.place();
            return new Place(host.table(), host.row(), host.cell(), host.cellsInRow(), true);
        }

        // -------------------------------------------------------------- VML

        private void vml(Element pict) {
            for (Element shape : Ooxml.children(pict)) {
                if (!Ooxml.V.equals(shape.getNamespaceURI())) {
                    continue;
                }
                vmlShape(shape, 0);
            }
        }

        private void vmlShape(Element shape, int groupShift) {
            String name = shape.getLocalName();
            CssStyle style = new CssStyle(Ooxml.plainAttr(shape, "style"));
            if (name.equals("group")) {
                for (Element member : Ooxml.children(shape)) {
                    if (Ooxml.V.equals(member.getNamespaceURI())) {
                        vmlShape(member, groupShift + intOr(style.length("margin-left"), 0));
                    }
                }
                return;
            }
            Element textbox = Ooxml.child(shape, Ooxml.V, "textbox");
            Element content = Ooxml.child(textbox, Ooxml.W, "txbxContent");
            if (content != null) {
                Integer width = style.length("width");
                int boxWidth = width == null ? b.columnWidth : Math.max(0, width - 2 * DEFAULT_BOX_INSET);
                Integer left = vmlFrameLeft(style, width == null ? 0 : width, groupShift + intOr(style.length("margin-left"), 0));
                int boxLeft = ctx.columnLeft() + (left == null ? 0 : left) + DEFAULT_BOX_INSET;
                textBoxes.add(() -> block(content, new Context(null, textBoxPlace(), boxLeft, boxWidth, false)));
                return;
            }
            Integer x1;
            Integer x2;
            Integer y1;
            Integer y2;
            if (name.equals("line")) {
                String[] from = split(Ooxml.plainAttr(shape, "from"));
                String[] to = split(Ooxml.plainAttr(shape, "to"));
                x1 = Ooxml.cssTwips(from[0]);
                y1 = Ooxml.cssTwips(from[1]);
                x2 = Ooxml.cssTwips(to[0]);
                y2 = Ooxml.cssTwips(to[1]);
            } else if (name.equals("shape") || name.equals("rect")) {
                Integer width = style.length("width");
                Integer height = style.length("height");
                String type = Ooxml.plainAttr(shape, "type");
                boolean connector = type != null && type.endsWith("_x0000_t32");
                if (width == null || (!connector && (height == null || height > 40))) {
                    return;
                }
                x1 = intOr(style.length("margin-left"), 0);
                x2 = x1 + width;
                y1 = 0;
                y2 = 0;
            } else {
                return;
            }
            if (x1 == null || x2 == null) {
                return;
            }
            int length = Math.abs(x2 - x1);
            if (length == 0 || (y1 != null && y2 != null && Math.abs(y2 - y1) > length / 20)) {
                return;
            }
            String dash = Ooxml.plainAttr(Ooxml.child(shape, Ooxml.V, "stroke"), "dashstyle");
            boolean solid = dash == null || dash.equals("solid");
            Integer center;
            if (!style.has("position")) {
                center = b.text.toString().isBlank() ? b.centerOf(length) : null;
            } else {
                Integer left = vmlFrameLeft(style, length, groupShift + Math.min(x1, x2));
                center = left == null ? null : left + length / 2;
            }
            b.marks.add(new RuleMark(RuleMark.Kind.SHAPE, length, center, solid));
        }

        private Integer vmlFrameLeft(CssStyle style, int length, int offset) {
            String relative = style.get("mso-position-horizontal-relative");
            String align = style.get("mso-position-horizontal");
            SectionFrame section = frames.get(currentSection);
            int frameLeft;
            int frameWidth;
            if (relative == null || relative.equals("text") || ctx.place().inTable()) {
                frameLeft = 0;
                frameWidth = b.columnWidth;
            } else if (relative.equals("margin")) {
                frameLeft = -ctx.columnLeft();
                frameWidth = section.textWidth();
            } else if (relative.equals("page")) {
                frameLeft = -ctx.columnLeft() - section.marginLeft();
                frameWidth = section.pageWidth();
            } else {
                return null;
            }
            if (align != null && !align.equals("absolute")) {
                return switch (align) {
                    case "center" -> frameLeft + (frameWidth - length) / 2;
                    case "left" -> frameLeft;
                    case "right" -> frameLeft + frameWidth - length;
                    default -> null;
                };
            }
            return frameLeft + offset;
        }
    }

    private static String[] split(String pair) {
        if (pair == null) {
            return new String[] {null, null};
        }
        String[] parts = pair.split(",");
        return new String[] {parts[0], parts.length > 1 ? parts[1] : null};
    }

    /** A VML style attribute: "position:absolute;margin-left:10pt;width:100pt". */
    private static final class CssStyle {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        CssStyle(String style) {
            if (style == null) {
                return;
            }
            for (String declaration : style.split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    values.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            declaration.substring(colon + 1).strip());
                }
            }
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        String get(String key) {
            return values.get(key);
        }

        Integer length(String key) {
            return Ooxml.cssTwips(values.get(key));
        }
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

    private static int intOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    // ------------------------------------------------------------------ paragraph builder

    /** A paragraph being read; frozen into a {@link Para} once the document is read. */
    private static final class Builder {
        final ParagraphFormat format;
        final Place place;
        final int section;
        final int columnLeft;
        final int columnWidth;
        final StringBuilder text = new StringBuilder();
        final List<Span> spans = new ArrayList<>();
        final List<RuleMark> marks = new ArrayList<>();
        String label;
        boolean nfc = true;

        Builder(ParagraphFormat format, Place place, int section, int columnLeft, int columnWidth) {
            this.format = format;
            this.place = place;
            this.section = section;
            this.columnLeft = columnLeft;
            this.columnWidth = columnWidth;
        }

        void append(String raw, RunFormat format) {
            if (raw.isEmpty()) {
                return;
            }
            String normalized = raw;
            if (!Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
                nfc = false;
                normalized = Normalizer.normalize(raw, Normalizer.Form.NFC);
            }
            int start = text.length();
            text.append(normalized);
            Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && last.end() == start && last.format().equals(format)) {
                spans.set(spans.size() - 1, new Span(last.start(), text.length(), format));
            } else {
                spans.add(new Span(start, text.length(), format));
            }
        }

        int centerOf(int width) {
            return format.lineCenter(columnWidth, width, true);
        }

        /** Borders and lines of underscores or dashes become marks once the text is known. */
        void finish() {
            String content = text.toString().strip();
            int inner = Math.max(0, columnWidth - format.left() - format.right());
            int center = format.left() + inner / 2;
            if (format.topBorder() != null) {
                marks.add(0, new RuleMark(RuleMark.Kind.BORDER_TOP, inner, center, format.topBorder().solid()));
            }
            if (format.bottomBorder() != null) {
                marks.add(new RuleMark(RuleMark.Kind.BORDER_BOTTOM, inner, center, format.bottomBorder().solid()));
            }
            if (TEXT_RULE.matcher(content).matches() && !spans.isEmpty()) {
                RunFormat f = spans.get(spans.size() - 1).format();
                int width = FontMetrics.widthTwips(content, FontMetrics.Style.of(f.bold(), f.italic()), f.sizePt());
                marks.add(new RuleMark(RuleMark.Kind.TEXT, width, centerOf(width), content.startsWith("_")));
            }
        }

        Para build(int number) {
            return new Para(number, text.toString(), label, spans, format, place, section, columnLeft, columnWidth,
                    marks, nfc);
        }
    }

    // ------------------------------------------------------------------ sections

    /** A w:sectPr read before the paragraphs, so that every paragraph knows its text width. */
    private final class SectionFrame {
        final Element sectPr;
        int tables;

        SectionFrame(Element sectPr) {
            this.sectPr = sectPr;
        }

        Element pgSz() {
            return Ooxml.child(sectPr, "pgSz");
        }

        Element pgMar() {
            return Ooxml.child(sectPr, "pgMar");
        }

        int pageWidth() {
            return intOr(Ooxml.twips(pgSz(), "w"), 11906);
        }

        int marginLeft() {
            return intOr(Ooxml.twips(pgMar(), "left"), 1701);
        }

        int textWidth() {
            return pageWidth() - marginLeft() - intOr(Ooxml.twips(pgMar(), "right"), 850)
                    - intOr(Ooxml.twips(pgMar(), "gutter"), 0);
        }
    }

    private List<Section> sections(List<Para> paras) {
        List<Section> sections = new ArrayList<>();
        // A section without its own header or footer of a kind shows the previous section's (§17.10.5).
        String[] header = new String[3];
        String[] footer = new String[3];
        for (int s = 0; s < frames.size(); s++) {
            Element sectPr = frames.get(s).sectPr;
            for (Element ref : Ooxml.children(sectPr)) {
                boolean isHeader = Ooxml.isW(ref, "headerReference");
                if (!isHeader && !Ooxml.isW(ref, "footerReference")) {
                    continue;
                }
                String type = Ooxml.attr(ref, "type");
                int slot = "first".equals(type) ? 1 : "even".equals(type) ? 2 : 0;
                String id = ref.getAttributeNS(Ooxml.R, "id");
                if (isHeader) {
                    header[slot] = id;
                } else {
                    footer[slot] = id;
                }
            }
            Element pgSz = Ooxml.child(sectPr, "pgSz");
            Element pgMar = Ooxml.child(sectPr, "pgMar");
            Integer w = Ooxml.twips(pgSz, "w");
            Integer h = Ooxml.twips(pgSz, "h");
            boolean landscape = "landscape".equals(Ooxml.attr(pgSz, "orient")) || (w != null && h != null && w > h);
            Element pgNumType = Ooxml.child(sectPr, "pgNumType");
            int first = 0;
            int last = 0;
            for (Para para : paras) {
                if (para.section() == s) {
                    first = first == 0 ? para.number() : first;
                    last = para.number();
                }
            }
            List<HeaderFooter> footerParts = new ArrayList<>();
            for (String id : footer) {
                HeaderFooter part = headerFooter(id);
                if (part != null) {
                    footerParts.add(part);
                }
            }
            sections.add(new Section(s, w, h, landscape, abs(Ooxml.twips(pgMar, "top")), abs(Ooxml.twips(pgMar, "bottom")),
                    Ooxml.twips(pgMar, "left"), Ooxml.twips(pgMar, "right"), intOr(Ooxml.twips(pgMar, "gutter"), 0),
                    Boolean.TRUE.equals(Ooxml.onOff(sectPr, "titlePg")),
                    headerFooter(header[0]), headerFooter(header[1]), headerFooter(header[2]), footerParts,
                    Ooxml.attr(pgNumType, "fmt"), Ooxml.integer(pgNumType, "start"), first, last, frames.get(s).tables));
        }
        return sections;
    }

    private static Integer abs(Integer value) {
        return value == null ? null : Math.abs(value);
    }

    private HeaderFooter headerFooter(String relationId) {
        if (relationId == null || relationId.isEmpty()) {
            return null;
        }
        POIXMLDocumentPart part = document.getRelationById(relationId);
        if (!(part instanceof XWPFHeaderFooter hf)) {
            return null;
        }
        Element root = EffectiveFormatting.element(hf._getHdrFtr());
        List<Builder> saved = new ArrayList<>(paragraphs);
        paragraphs.clear();
        PageField field = null;
        List<ParagraphWalk> walks = new ArrayList<>();
        readHeaderFooter(root, new Context(null, Place.BODY, 0, null, false), walks);
        boolean hasText = false;
        for (Builder b : paragraphs) {
            hasText |= !b.text.toString().isBlank();
        }
        for (ParagraphWalk walk : walks) {
            if (field == null && !walk.pageFields.isEmpty()) {
                field = walk.pageFields.get(0);
            }
        }
        paragraphs.clear();
        paragraphs.addAll(saved);
        return new HeaderFooter(part.getPackagePart().getPartName().getName(), field, hasText);
    }

    /** Header paragraphs are read like body ones, keeping each walk to find the PAGE field. */
    private void readHeaderFooter(Element container, Context ctx, List<ParagraphWalk> walks) {
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.isW(child, "p")) {
                ParagraphFormat format = formatting.paragraph(child, ctx.tableStyle());
                Builder b = new Builder(format, ctx.place(), currentSection, 0, width(ctx));
                paragraphs.add(b);
                ParagraphWalk walk = new ParagraphWalk(child, ctx, b);
                walk.children(child);
                walks.add(walk);
                for (Element content : Ooxml.descendants(child, Ooxml.W, "txbxContent")) {
                    readHeaderFooter(content, ctx, walks);
                }
            } else if (Ooxml.isW(child, "tbl")) {
                for (Element cell : Ooxml.descendants(child, Ooxml.W, "tc")) {
                    readHeaderFooter(cell, new Context("", ctx.place(), 0, width(ctx), false), walks);
                }
            } else if (Ooxml.isW(child, "sdt")) {
                readHeaderFooter(Ooxml.child(child, "sdtContent"), ctx, walks);
            } else if (Ooxml.isW(child, "customXml")) {
                readHeaderFooter(child, ctx, walks);
            }
        }
    }
}
