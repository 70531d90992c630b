package vn.vanban.docx;

import static vn.vanban.docx.Ooxml.intOr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import vn.vanban.docx.ReadDocument.Place;
import vn.vanban.docx.ReadDocument.RuleMark;

/**
 * The shapes in one paragraph's runs, DrawingML and VML: a horizontal line drawn as a shape becomes
 * a {@link RuleMark} of the paragraph, with its centre where it can be known; a text box is kept
 * with the column it gives its paragraphs, to be read after the paragraph that anchors it.
 */
final class ShapeReader {

    private static final int EMU_PER_TWIP = 635;
    /** DrawingML text boxes: 0.1 inch inside left and right unless lIns/rIns say otherwise. */
    private static final int DEFAULT_BOX_INSET = 144;

    /** A text box's content and where its paragraphs stand. */
    record TextBox(Element content, BlockContext context) {
    }

    final List<TextBox> textBoxes = new ArrayList<>();
    private final BlockContext ctx;
    private final ParagraphBuilder b;
    private final SectionFrame section;

    ShapeReader(BlockContext ctx, ParagraphBuilder b, SectionFrame section) {
        this.ctx = ctx;
        this.b = b;
        this.section = section;
    }

    // -------------------------------------------------------------- DrawingML

    /** A w:drawing: DrawingML shapes, single or in a group. */
    void drawing(Element drawing) {
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
            textBoxes.add(new TextBox(content, new BlockContext(null, textBoxPlace(), boxLeft, boxWidth, false)));
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
        return new Place(host.table(), host.row(), host.cell(), host.cellsInRow(), true, host.repeatedRow());
    }

    // -------------------------------------------------------------- VML

    /** A w:pict: VML shapes, single or in a group. */
    void vml(Element pict) {
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
            textBoxes.add(new TextBox(content, new BlockContext(null, textBoxPlace(), boxLeft, boxWidth, false)));
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

    private static String[] split(String pair) {
        if (pair == null) {
            return new String[] {null, null};
        }
        String[] parts = pair.split(",");
        return new String[] {parts[0], parts.length > 1 ? parts[1] : null};
    }

    /** A VML style attribute: "position:absolute;margin-left:10pt;width:100pt". */
    private static final class CssStyle {
        private final Map<String, String> values = new HashMap<>();

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
}
