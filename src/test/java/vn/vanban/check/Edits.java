package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.docx.TestDocx;

/**
 * Edits of a rendered .docx for the rule tests: text in document.xml, header1.xml or
 * styles.xml, and properties of one named style. Each edit fails the test when what it changes
 * is not there.
 */
final class Edits {

    static final String DOCUMENT = "word/document.xml";
    static final String STYLES = "word/styles.xml";
    static final String HEADER = "word/header1.xml";

    private Edits() {
    }

    static UnaryOperator<byte[]> doc(String find, String replace) {
        return docx -> TestDocx.edit(docx, DOCUMENT, find, replace);
    }

    static UnaryOperator<byte[]> header(String find, String replace) {
        return docx -> TestDocx.edit(docx, HEADER, find, replace);
    }

    static UnaryOperator<byte[]> styles(String find, String replace) {
        return docx -> TestDocx.edit(docx, STYLES, find, replace);
    }

    /** A regular-expression replacement in a part (DOTALL); the pattern must match. */
    static UnaryOperator<byte[]> regex(String part, String pattern, String replacement) {
        return docx -> part(docx, part, xml -> {
            Matcher m = Pattern.compile(pattern, Pattern.DOTALL).matcher(xml);
            assertTrue(m.find(), () -> part + " does not match " + pattern);
            return m.replaceAll(replacement);
        });
    }

    @SafeVarargs
    static UnaryOperator<byte[]> all(UnaryOperator<byte[]>... edits) {
        return docx -> {
            byte[] out = docx;
            for (UnaryOperator<byte[]> edit : edits) {
                out = edit.apply(out);
            }
            return out;
        };
    }

    /** Replaces text inside the w:style element with this styleId. */
    static UnaryOperator<byte[]> style(String styleId, String find, String replace) {
        return docx -> inStyle(docx, styleId, style -> {
            assertTrue(style.contains(find), () -> "style " + styleId + " does not contain " + find);
            return style.replace(find, replace);
        });
    }

    /** Sets run properties in a style, replacing elements of the same names. */
    static UnaryOperator<byte[]> styleRun(String styleId, String properties) {
        return docx -> inStyle(docx, styleId, style -> insert(style, "rPr", properties, "</w:style>"));
    }

    /** Sets paragraph properties in a style, replacing elements of the same names. */
    static UnaryOperator<byte[]> stylePara(String styleId, String properties) {
        return docx -> inStyle(docx, styleId, style -> insert(style, "pPr", properties, style.contains("<w:rPr>") ? "<w:rPr>" : "</w:style>"));
    }

    private static String insert(String style, String container, String properties, String beforeIfMissing) {
        String out = style;
        Matcher names = Pattern.compile("<w:(\\w+)").matcher(properties);
        while (names.find()) {
            out = out.replaceAll("<w:" + names.group(1) + "(\\s[^>]*)?/>", "");
        }
        String open = "<w:" + container + ">";
        if (out.contains(open)) {
            return out.replace(open, open + properties);
        }
        return out.replace(beforeIfMissing, open + properties + "</w:" + container + ">" + beforeIfMissing);
    }

    private static byte[] inStyle(byte[] docx, String styleId, UnaryOperator<String> edit) {
        return part(docx, STYLES, xml -> {
            int id = xml.indexOf("w:styleId=\"" + styleId + "\"");
            assertTrue(id >= 0, () -> "no style " + styleId);
            int start = xml.lastIndexOf("<w:style ", id);
            int end = xml.indexOf("</w:style>", id) + "</w:style>".length();
            return xml.substring(0, start) + edit.apply(xml.substring(start, end)) + xml.substring(end);
        });
    }

    private static byte[] part(byte[] docx, String part, UnaryOperator<String> edit) {
        Map<String, byte[]> parts = TestDocx.unzip(docx);
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        parts.put(part, edit.apply(xml).getBytes(StandardCharsets.UTF_8));
        return TestDocx.zip(parts);
    }
}
