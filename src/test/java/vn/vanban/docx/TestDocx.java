package vn.vanban.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.vanban.Examples;
import vn.vanban.check.Checker;
import vn.vanban.check.Finding;

/**
 * Small .docx packages written part by part in the tests, the way Word writes them, and edits of
 * the rendered examples. Every edit asserts that the text it replaces is there, so a test whose
 * edit silently misses fails instead of passing.
 */
public final class TestDocx {

    public static final String NAMESPACES = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"";

    /** A4 portrait, margins 20/20/30/15 mm. */
    public static final String A4_SECTION = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
            + "</w:sectPr>";

    private String body = "";
    private String styles;
    private String numbering;
    private String themeMajor;
    private String themeMinor;
    private String settings;
    private Integer pages;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> footers = new LinkedHashMap<>();

    public static TestDocx builder() {
        return new TestDocx();
    }

    /** The content of w:body, section properties included. */
    public TestDocx body(String xml) {
        this.body = xml;
        return this;
    }

    /** The content of w:styles (docDefaults and styles). */
    public TestDocx styles(String xml) {
        this.styles = xml;
        return this;
    }

    /** The content of w:numbering. */
    public TestDocx numbering(String xml) {
        this.numbering = xml;
        return this;
    }

    public TestDocx theme(String majorLatin, String minorLatin) {
        this.themeMajor = majorLatin;
        this.themeMinor = minorLatin;
        return this;
    }

    public TestDocx settings(String xml) {
        this.settings = xml;
        return this;
    }

    /** docProps/app.xml with the page count Word saves. */
    public TestDocx pages(int count) {
        this.pages = count;
        return this;
    }

    /** A header part with relationship id rIdH + name; its content is the inside of w:hdr. */
    public TestDocx header(String name, String xml) {
        headers.put(name, xml);
        return this;
    }

    public TestDocx footer(String name, String xml) {
        footers.put(name, xml);
        return this;
    }

    public byte[] build() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        String base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        if (styles != null) {
            parts.put("word/styles.xml", xml("w:styles", styles));
            types.append(override("/word/styles.xml", "wordprocessingml.styles+xml"));
            rels.append(rel("rIdStyles", base + "styles", "styles.xml"));
        }
        if (numbering != null) {
            parts.put("word/numbering.xml", xml("w:numbering", numbering));
            types.append(override("/word/numbering.xml", "wordprocessingml.numbering+xml"));
            rels.append(rel("rIdNumbering", base + "numbering", "numbering.xml"));
        }
        if (settings != null) {
            parts.put("word/settings.xml", xml("w:settings", settings));
            types.append(override("/word/settings.xml", "wordprocessingml.settings+xml"));
            rels.append(rel("rIdSettings", base + "settings", "settings.xml"));
        }
        if (themeMajor != null) {
            parts.put("word/theme/theme1.xml", themePart(themeMajor, themeMinor));
            types.append(override("/word/theme/theme1.xml", "theme+xml"));
            rels.append(rel("rIdTheme", base + "theme", "theme/theme1.xml"));
        }
        for (String kind : List.of("header", "footer")) {
            Map<String, String> bodies = kind.equals("header") ? headers : footers;
            for (Map.Entry<String, String> part : bodies.entrySet()) {
                String name = kind + part.getKey() + ".xml";
                parts.put("word/" + name, xml(kind.equals("header") ? "w:hdr" : "w:ftr", part.getValue()));
                types.append(override("/word/" + name, "wordprocessingml." + kind + "+xml"));
                rels.append(rel((kind.equals("header") ? "rIdH" : "rIdF") + part.getKey(), base + kind, name));
            }
        }
        String packageRels = rel("rId1", base + "officeDocument", "word/document.xml");
        if (pages != null) {
            parts.put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Pages>" + pages + "</Pages></Properties>");
            types.append("<Override PartName=\"/docProps/app.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
            packageRels += rel("rId2", base + "extended-properties", "docProps/app.xml");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString());
        all.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + packageRels + "</Relationships>");
        all.put("word/document.xml", xml("w:document", "<w:body>" + body + "</w:body>"));
        all.put("word/_rels/document.xml.rels", rels.toString());
        all.putAll(parts);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        all.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zip(bytes);
    }

    private static String xml(String root, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><" + root + " " + NAMESPACES + ">" + content
                + "</" + root + ">";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type + "\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String themePart(String major, String minor) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Office Theme\"><a:themeElements>"
                + "<a:clrScheme name=\"Office\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1>"
                + "<a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1><a:dk2><a:srgbClr val=\"44546A\"/></a:dk2>"
                + "<a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2><a:accent1><a:srgbClr val=\"4472C4\"/></a:accent1>"
                + "<a:accent2><a:srgbClr val=\"ED7D31\"/></a:accent2><a:accent3><a:srgbClr val=\"A5A5A5\"/></a:accent3>"
                + "<a:accent4><a:srgbClr val=\"FFC000\"/></a:accent4><a:accent5><a:srgbClr val=\"5B9BD5\"/></a:accent5>"
                + "<a:accent6><a:srgbClr val=\"70AD47\"/></a:accent6><a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink>"
                + "<a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink></a:clrScheme>"
                + "<a:fontScheme name=\"Office\"><a:majorFont><a:latin typeface=\"" + major + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>"
                + "<a:minorFont><a:latin typeface=\"" + minor + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme>"
                + "<a:fmtScheme name=\"Office\"><a:fillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
                + "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:fillStyleLst>"
                + "<a:lnStyleLst><a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
                + "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>"
                + "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln></a:lnStyleLst>"
                + "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
                + "<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>"
                + "<a:bgFillStyleLst><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
                + "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>"
                + "</a:themeElements></a:theme>";
    }

    // ------------------------------------------------------------------ packages as bytes

    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Map<String, byte[]> unzip(byte[] docx) {
        return Examples.parts(docx);
    }

    /** A rendered example with one part edited: every occurrence of find replaced. */
    public static byte[] edit(byte[] docx, String part, String find, String replace) {
        Map<String, byte[]> parts = unzip(docx);
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        assertTrue(xml.contains(find), () -> part + " does not contain " + find);
        parts.put(part, xml.replace(find, replace).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** The rendered Cẩm Ngọc plan. */
    public static byte[] camNgoc() {
        return Examples.docx(Examples.CAM_NGOC);
    }

    /** A package made in a test, opened as the commands open files: through {@link DocxOpener} and its guards. */
    public static WordPackage open(byte[] docx) {
        Path file = null;
        try {
            file = Files.createTempFile("vanban-test", ".docx");
            Files.write(file, docx);
            return DocxOpener.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException("the test's document does not open: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file left behind does not change what the test found.
                }
            }
        }
    }

    public static ReadDocument read(byte[] docx) {
        return DocumentReader.read(open(docx));
    }

    public static List<Finding> check(byte[] docx) {
        return Checker.check(read(docx));
    }

    /** "ND30-X@12" per finding, for assertions that read like the report. */
    public static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + (f.paragraphs().isEmpty() ? "" : "@" + f.paragraph())).toList();
    }
}
