package vn.vanban.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML through the DOM by namespace and local name, never by prefix: Word
 * writes "w:", LibreOffice and other writers may bind the same namespace to another prefix.
 */
public final class Ooxml {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static final String WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
    public static final String V = "urn:schemas-microsoft-com:vml";
    public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** Twips (twentieths of a point) per unit. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private Ooxml() {
    }

    public static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element && namespace.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    public static boolean isW(Node node, String localName) {
        return is(node, W, localName);
    }

    /** The first child element in the w: namespace with that name, or null. */
    public static Element child(Element parent, String localName) {
        return child(parent, W, localName);
    }

    public static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (is(e, namespace, localName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every descendant element with that name, in document order; none under null. */
    public static List<Element> descendants(Element root, String namespace, String localName) {
        List<Element> out = new ArrayList<>();
        if (root != null) {
            collect(root, namespace, localName, out);
        }
        return out;
    }

    private static void collect(Element element, String namespace, String localName, List<Element> out) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (is(e, namespace, localName)) {
                    out.add(e);
                }
                collect(e, namespace, localName, out);
            }
        }
    }

    /**
     * The text of an element and its descendants: its text and CDATA nodes, as Word reads them.
     */
    public static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node == null) {
            return;
        }
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                appendText(n, out);
            }
        }
    }

    /** A w: attribute, or null when absent. */
    public static String attr(Element element, String localName) {
        if (element == null) {
            return null;
        }
        // One look-up, not hasAttributeNS then getAttributeNS, which would search the element's
        // attributes twice: this is the checker's most frequent call.
        Attr attribute = element.getAttributeNodeNS(W, localName);
        return attribute == null ? null : attribute.getValue();
    }

    /** An attribute without namespace (DrawingML and VML write them so), or null. */
    public static String plainAttr(Element element, String localName) {
        if (element == null || !element.hasAttribute(localName)) {
            return null;
        }
        return element.getAttribute(localName);
    }

    /** A whole-number attribute without namespace (DrawingML's EMU lengths), or the fallback. */
    public static long plainLong(Element element, String localName, long fallback) {
        String value = plainAttr(element, localName);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The branch of an mc:AlternateContent to read: its mc:Choice, else its mc:Fallback. */
    static Element alternative(Element alternateContent) {
        Element choice = child(alternateContent, MC, "Choice");
        return choice != null ? choice : child(alternateContent, MC, "Fallback");
    }

    /** w:val of a child element such as w:pStyle, or null. */
    public static String childVal(Element parent, String localName) {
        return attr(child(parent, localName), "val");
    }

    /**
     * An on/off property (w:b, w:i, ...): null when the element is absent, true when it is present
     * without w:val or with a true value.
     */
    public static Boolean onOff(Element parent, String localName) {
        Element e = child(parent, localName);
        if (e == null) {
            return null;
        }
        String val = attr(e, "val");
        if (val == null) {
            return Boolean.TRUE;
        }
        return switch (val.toLowerCase(Locale.ROOT)) {
            case "0", "false", "off", "none" -> Boolean.FALSE;
            default -> Boolean.TRUE;
        };
    }

    /**
     * A length attribute in twips: a plain number, or a universal measure ("2cm", "12pt", "0.5in",
     * "10mm", "1pc"). Null when absent or unreadable.
     */
    public static Integer twips(Element element, String localName) {
        String value = attr(element, localName);
        return value == null ? null : parseTwips(value);
    }

    static Integer parseTwips(String value) {
        String v = value.strip();
        try {
            if (v.endsWith("mm")) {
                return (int) Math.round(Double.parseDouble(v.substring(0, v.length() - 2)) * TWIPS_PER_MM);
            }
            if (v.endsWith("cm")) {
                return (int) Math.round(Double.parseDouble(v.substring(0, v.length() - 2)) * TWIPS_PER_MM * 10);
            }
            if (v.endsWith("in")) {
                return (int) Math.round(Double.parseDouble(v.substring(0, v.length() - 2)) * 1440);
            }
            if (v.endsWith("pt")) {
                return (int) Math.round(Double.parseDouble(v.substring(0, v.length() - 2)) * 20);
            }
            if (v.endsWith("pc") || v.endsWith("pi")) {
                return (int) Math.round(Double.parseDouble(v.substring(0, v.length() - 2)) * 240);
            }
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A CSS-like length of VML ("57.6pt", "1in", "2cm", bare numbers as pixels) in twips, or null. */
    static Integer cssTwips(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.endsWith("px")) {
            v = v.substring(0, v.length() - 2);
        } else if (!v.isEmpty() && Character.isLetter(v.charAt(v.length() - 1))) {
            return parseTwips(v);
        }
        try {
            return (int) Math.round(Double.parseDouble(v) * 15);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An integer attribute, or null. */
    public static Integer integer(Element element, String localName) {
        String value = attr(element, localName);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value read as above, or the fallback when it is absent or unreadable. */
    static int intOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    public static double twipsToMm(double twips) {
        return twips / TWIPS_PER_MM;
    }
}
