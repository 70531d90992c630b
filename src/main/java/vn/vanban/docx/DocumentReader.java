package vn.vanban.docx;

import static vn.vanban.docx.Ooxml.intOr;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.vanban.docx.ReadDocument.HeaderFooter;
import vn.vanban.docx.ReadDocument.PageField;
import vn.vanban.docx.ReadDocument.Para;
import vn.vanban.docx.ReadDocument.Place;
import vn.vanban.docx.ReadDocument.Section;

/**
 * Reads a .docx into {@link ReadDocument}: paragraphs in reading order with their text as Word
 * shows it (tabs, manual line breaks, list numbers, field results, text boxes) and the effective
 * format of every character; the lines drawn as paragraph borders, shapes (DrawingML and VML) or
 * underscores; sections with page size, margins and the page numbers of their headers.
 */
public final class DocumentReader {

    /** Word's default cell margin left and right (0.08 inch) when neither table nor style sets one. */
    private static final int DEFAULT_CELL_MARGIN = 108;

    private final WordPackage document;
    private final EffectiveFormatting formatting;
    private final NumberingLabels labels;
    private final List<SectionFrame> frames = new ArrayList<>();
    private final List<ParagraphBuilder> paragraphs = new ArrayList<>();
    private int currentSection;
    private int tableCount;

    private DocumentReader(WordPackage document) {
        this.document = document;
        this.formatting = EffectiveFormatting.of(document);
        this.labels = new NumberingLabels(formatting);
    }

    public static ReadDocument read(WordPackage document) {
        return new DocumentReader(document).read();
    }

    private ReadDocument read() {
        Element body = document.body();
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
        block(body, new BlockContext(null, Place.BODY, 0, null, true));

        List<Para> paras = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            paras.add(paragraphs.get(i).build(i + 1));
        }
        List<Section> sections = sections(paras);
        // The element's presence, whatever its w:val: how vanban read it through POI (isSetEvenAndOddHeaders).
        boolean evenAndOdd = Ooxml.child(document.settings(), "evenAndOddHeaders") != null;
        return new ReadDocument(paras, sections, document.pages(), evenAndOdd);
    }

    // ------------------------------------------------------------------ blocks

    private void block(Element container, BlockContext ctx) {
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
                block(Ooxml.alternative(child), ctx);
            }
        }
    }

    private int width(BlockContext ctx) {
        return ctx.width() != null ? ctx.width() : frames.get(currentSection).textWidth();
    }

    private void table(Element tbl, BlockContext outer) {
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
            Element trPr = Ooxml.child(row, "trPr");
            int gridPosition = intOr(Ooxml.integer(Ooxml.child(trPr, "gridBefore"), "val"), 0);
            boolean repeated = Boolean.TRUE.equals(Ooxml.onOff(trPr, "tblHeader"));
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
                Place place = new Place(index, r, c, cells.size(), outer.place().textBox(), repeated);
                block(cell, new BlockContext(tableStyle, place, outer.columnLeft() + indent + start + m[0],
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

    private void paragraph(Element p, BlockContext ctx) {
        ParagraphFormat format = formatting.paragraph(p, ctx.tableStyle());
        ParagraphBuilder b = new ParagraphBuilder(format, ctx.place(), currentSection, ctx.columnLeft(), width(ctx));
        paragraphs.add(b);
        ParagraphWalk walk = new ParagraphWalk(p, ctx, b, formatting, frames.get(currentSection));
        if (format.numbering() != null) {
            String label = labels.next(format.numbering());
            if (label != null) {
                b.append(label + " ", formatting.run(p, firstRun(p), ctx.tableStyle()));
                b.label = label;
            }
        }
        walk.children(p);
        b.finish();
        for (ShapeReader.TextBox box : walk.textBoxes()) {
            block(box.content(), box.context());
        }
    }

    private static Element firstRun(Element p) {
        List<Element> runs = Ooxml.descendants(p, Ooxml.W, "r");
        return runs.isEmpty() ? null : runs.get(0);
    }

    // ------------------------------------------------------------------ sections

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
        WordPackage.HeaderFooterPart part = document.headerFooter(relationId);
        if (part == null) {
            return null;
        }
        Element root = part.root();
        List<ParagraphBuilder> saved = new ArrayList<>(paragraphs);
        paragraphs.clear();
        PageField field = null;
        List<ParagraphWalk> walks = new ArrayList<>();
        readHeaderFooter(root, new BlockContext(null, Place.BODY, 0, null, false), walks);
        boolean hasText = false;
        for (ParagraphBuilder b : paragraphs) {
            hasText |= !b.text.toString().isBlank();
        }
        for (ParagraphWalk walk : walks) {
            if (field == null && !walk.pageFields.isEmpty()) {
                field = walk.pageFields.get(0);
            }
        }
        paragraphs.clear();
        paragraphs.addAll(saved);
        return new HeaderFooter(part.name(), field, hasText);
    }

    /** Header paragraphs are read like body ones, keeping each walk to find the PAGE field. */
    private void readHeaderFooter(Element container, BlockContext ctx, List<ParagraphWalk> walks) {
        for (Element child : Ooxml.children(container)) {
            if (Ooxml.isW(child, "p")) {
                ParagraphFormat format = formatting.paragraph(child, ctx.tableStyle());
                ParagraphBuilder b = new ParagraphBuilder(format, ctx.place(), currentSection, 0, width(ctx));
                paragraphs.add(b);
                ParagraphWalk walk = new ParagraphWalk(child, ctx, b, formatting, frames.get(currentSection));
                walk.children(child);
                walks.add(walk);
                for (Element content : Ooxml.descendants(child, Ooxml.W, "txbxContent")) {
                    readHeaderFooter(content, ctx, walks);
                }
            } else if (Ooxml.isW(child, "tbl")) {
                for (Element cell : Ooxml.descendants(child, Ooxml.W, "tc")) {
                    readHeaderFooter(cell, new BlockContext("", ctx.place(), 0, width(ctx), false), walks);
                }
            } else if (Ooxml.isW(child, "sdt")) {
                readHeaderFooter(Ooxml.child(child, "sdtContent"), ctx, walks);
            } else if (Ooxml.isW(child, "customXml")) {
                readHeaderFooter(child, ctx, walks);
            }
        }
    }
}
