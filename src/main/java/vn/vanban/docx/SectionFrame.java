package vn.vanban.docx;

import static vn.vanban.docx.Ooxml.intOr;

import org.w3c.dom.Element;

/** A w:sectPr read before the paragraphs, so that every paragraph knows its text width. */
final class SectionFrame {
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
