package vn.vanban.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.w3c.dom.Element;

/**
 * The effective formatting that vanban's reader resolves (styles, numbering and theme read by
 * {@link DocxOpener}), asked about paragraphs and runs that a test finds through POI's XWPF
 * model, which is the handier way to walk to "the second paragraph of the first cell". The
 * paragraph's and run's elements are read through the DOM as the reader reads its own.
 */
public final class XwpfFormatting {

    private final EffectiveFormatting formatting;

    private XwpfFormatting(EffectiveFormatting formatting) {
        this.formatting = formatting;
    }

    /** The formatting of the document whose bytes the XWPF model was read from. */
    public static XwpfFormatting of(byte[] docx) {
        return new XwpfFormatting(EffectiveFormatting.of(TestDocx.open(docx)));
    }

    /** A paragraph of the document body, a table cell, a header or a footer. */
    public ParagraphFormat paragraph(XWPFParagraph paragraph) {
        return formatting.paragraph(element(paragraph), tableStyleOf(paragraph));
    }

    /** A run of text, in the context of its paragraph. */
    public RunFormat run(XWPFRun run) {
        XWPFParagraph paragraph = (XWPFParagraph) run.getParent();
        return formatting.run(element(paragraph), (Element) run.getCTR().getDomNode(), tableStyleOf(paragraph));
    }

    /** The left and right cell margins a table style gives, as {@link EffectiveFormatting#tableCellMargins}. */
    public int[] tableCellMargins(String tableStyle) {
        return formatting.tableCellMargins(tableStyle);
    }

    private static Element element(XWPFParagraph paragraph) {
        return (Element) paragraph.getCTP().getDomNode();
    }

    /** Null outside tables; inside one, its w:tblStyle, or "" when it names none. */
    private static String tableStyleOf(XWPFParagraph paragraph) {
        if (paragraph.getBody() instanceof XWPFTableCell cell) {
            String id = cell.getTableRow().getTable().getStyleID();
            return id == null ? "" : id;
        }
        return null;
    }
}
