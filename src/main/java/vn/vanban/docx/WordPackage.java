package vn.vanban.docx;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * What reading a .docx needs of its package, as DOM elements: the main document part, the parts
 * it relates to (styles, numbering, theme, settings, headers and footers by relationship id) and
 * the page count Word saved in docProps/app.xml. Found as POI's XWPFDocument found them (which
 * vanban read documents through before): the main part through the package's officeDocument
 * relationship, each related part through the main part's relationships by their type, the last
 * of a type winning; a related part that is missing is left out.
 *
 * @param document w:document, the main part's root
 * @param styles w:styles, or null
 * @param numbering w:numbering, or null
 * @param theme a:theme, or null
 * @param settings w:settings, or null
 * @param headersFooters w:hdr and w:ftr parts by the relationship id that w:headerReference and
 *     w:footerReference name
 * @param pages the page count saved in docProps/app.xml, or null when it says none
 */
public record WordPackage(Element document, Element styles, Element numbering, Element theme, Element settings,
        Map<String, HeaderFooterPart> headersFooters, Integer pages) {

    /** A header or footer part: its name in the package ("/word/header1.xml") and its root element. */
    public record HeaderFooterPart(String name, Element root) {
    }

    private static final String RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String EXTENDED_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    public WordPackage {
        headersFooters = Map.copyOf(headersFooters);
    }

    /** The header or footer a w:headerReference or w:footerReference names, or null. */
    public HeaderFooterPart headerFooter(String relationshipId) {
        return relationshipId == null ? null : headersFooters.get(relationshipId);
    }

    /** The w:body of the main part, or null when it has none. */
    public Element body() {
        return Ooxml.child(document, "body");
    }

    static WordPackage read(PackageParts parts) throws UnreadableDocumentException, IOException {
        Map<String, PackageParts.Relationship> packageRelationships = parts.relationships("/");
        String main = mainPart(parts, packageRelationships);
        Element document = root(parts, main, Ooxml.W, "document");
        Element styles = null;
        Element numbering = null;
        Element theme = null;
        Element settings = null;
        Map<String, HeaderFooterPart> headersFooters = new HashMap<>();
        for (PackageParts.Relationship r : parts.relationships(main).values()) {
            if (!parts.has(r.target())) {
                continue;
            }
            switch (r.type()) {
                case RELATIONSHIP + "styles" -> styles = root(parts, r.target(), Ooxml.W, "styles");
                case RELATIONSHIP + "numbering" -> numbering = root(parts, r.target(), Ooxml.W, "numbering");
                case RELATIONSHIP + "theme" -> theme = root(parts, r.target(), Ooxml.A, "theme");
                case RELATIONSHIP + "settings" -> settings = root(parts, r.target(), Ooxml.W, "settings");
                case RELATIONSHIP + "header" -> headersFooters.put(r.id(),
                        new HeaderFooterPart(parts.name(r.target()), root(parts, r.target(), Ooxml.W, "hdr")));
                case RELATIONSHIP + "footer" -> headersFooters.put(r.id(),
                        new HeaderFooterPart(parts.name(r.target()), root(parts, r.target(), Ooxml.W, "ftr")));
                default -> {
                    // Footnotes, comments, pictures, fonts, ...: nothing the reader shows.
                }
            }
        }
        return new WordPackage(document, styles, numbering, theme, settings, headersFooters,
                pages(parts, packageRelationships));
    }

    /** The part the package's officeDocument relationship (the first by id) names, if it is a Word document. */
    private static String mainPart(PackageParts parts, Map<String, PackageParts.Relationship> relationships)
            throws UnreadableDocumentException {
        String main = null;
        for (PackageParts.Relationship r : relationships.values()) {
            if (r.type().equals(RELATIONSHIP + "officeDocument")) {
                main = r.target();
                break;
            }
        }
        if (main == null || !parts.has(main)) {
            throw new UnreadableDocumentException(
                    "tệp nén ZIP nhưng không phải văn bản Word .docx (không có phần văn bản chính)");
        }
        String type = parts.contentType(main);
        if (type == null) {
            throw new UnreadableDocumentException(PackageParts.CORRUPT_PACKAGE);
        }
        if (!type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                && !type.startsWith("application/vnd.ms-word.")) {
            throw new UnreadableDocumentException(
                    "tệp Office Open XML nhưng không phải văn bản Word (là bảng tính, trình chiếu hay loại khác: "
                            + type + ")");
        }
        return main;
    }

    /** A part's root element, which must be the one its kind of part has (as POI's typed parsing required). */
    private static Element root(PackageParts parts, String partName, String namespace, String localName)
            throws UnreadableDocumentException, IOException {
        Element root = parts.xml(partName);
        if (!Ooxml.is(root, namespace, localName)) {
            throw new UnreadableDocumentException(PackageParts.CORRUPT_XML);
        }
        return root;
    }

    /**
     * The page count of docProps/app.xml, when the package has exactly one extended-properties
     * relationship, as POI read it. A missing or unreadable part, or a count that is no
     * positive whole number, leaves it unknown: it is a hint, not the document.
     */
    private static Integer pages(PackageParts parts, Map<String, PackageParts.Relationship> relationships)
            throws IOException {
        List<PackageParts.Relationship> app = relationships.values().stream()
                .filter(r -> r.type().equals(RELATIONSHIP + "extended-properties")).toList();
        if (app.size() != 1 || !parts.has(app.get(0).target())) {
            return null;
        }
        try {
            Element properties = parts.xml(app.get(0).target());
            Element pages = Ooxml.child(properties, EXTENDED_PROPERTIES, "Pages");
            if (!Ooxml.is(properties, EXTENDED_PROPERTIES, "Properties") || pages == null) {
                return null;
            }
            int saved = Integer.parseInt(Ooxml.text(pages).strip());
            return saved > 0 ? saved : null;
        } catch (UnreadableDocumentException | NumberFormatException e) {
            return null;
        }
    }
}
