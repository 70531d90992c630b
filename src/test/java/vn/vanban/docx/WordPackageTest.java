package vn.vanban.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK reader finds a document's parts as Open Packaging Conventions name them, whoever wrote
 * the package: relative, absolute or "../" targets, other namespace prefixes, a main part under
 * another name. Damage is told as it was when POI read the package.
 */
class WordPackageTest {

    private static final String RELS = "word/_rels/document.xml.rels";

    @TempDir
    Path dir;

    @Test
    void targetsResolveFromTheSourcePartsFolderOrFromTheRoot() {
        assertEquals("/word/styles.xml", PackageParts.resolve("/word/", "styles.xml"));
        assertEquals("/word/styles.xml", PackageParts.resolve("/word/", "./styles.xml"));
        assertEquals("/word/styles.xml", PackageParts.resolve("/word/", "/word/styles.xml"));
        assertEquals("/word/styles.xml", PackageParts.resolve("/word/", "../word/styles.xml"));
        assertEquals("/word/styles.xml", PackageParts.resolve("/word/", "..\\word\\styles.xml"));
        assertEquals("/word/document.xml", PackageParts.resolve("/", "word/document.xml"));
        assertEquals("/customXml/item1.xml", PackageParts.resolve("/word/", "../customXml/item1.xml"));
        assertEquals("/x.xml", PackageParts.resolve("/word/", "../../../x.xml"), "nothing above the root");
        assertEquals("/word/media/ảnh 1.png", PackageParts.resolve("/word/", "media/%E1%BA%A3nh%201.png"));
        assertNull(PackageParts.resolve("/word/", "https://vanban.invalid/styles.xml"));
        assertNull(PackageParts.resolve("/word/", "//host/styles.xml"));
        assertNull(PackageParts.resolve("/word/", ""));
    }

    @Test
    void absoluteAndParentTargetsReadAsRelativeOnes() {
        byte[] original = TestDocx.camNgoc();
        ReadDocument expected = TestDocx.read(original);
        assertEquals(expected, TestDocx.read(edit(original, RELS, xml -> xml.replace("Target=\"", "Target=\"/word/"))));
        assertEquals(expected, TestDocx.read(edit(edit(original, RELS, xml -> xml.replace("Target=\"", "Target=\"../word/")),
                "_rels/.rels", xml -> xml.replace("Target=\"", "Target=\"/"))));
        assertEquals(expected, TestDocx.read(edit(original, RELS, xml -> xml.replace("Target=\"styles.xml\"", "Target=\"STYLES.XML\""))),
                "part names compare without case");
    }

    @Test
    void anotherNamespacePrefixReadsTheSame() {
        byte[] original = TestDocx.camNgoc();
        Map<String, byte[]> parts = new LinkedHashMap<>(TestDocx.unzip(original));
        for (String name : parts.keySet()) {
            if (name.startsWith("word/") && name.endsWith(".xml")) {
                String xml = new String(parts.get(name), StandardCharsets.UTF_8);
                parts.put(name, xml.replace("xmlns:w=", "xmlns:ns0=").replace("<w:", "<ns0:").replace("</w:", "</ns0:")
                        .replace(" w:", " ns0:").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertTrue(new String(parts.get("word/document.xml"), StandardCharsets.UTF_8).contains("<ns0:p>"));
        assertEquals(TestDocx.read(original), TestDocx.read(TestDocx.zip(parts)));
        assertEquals(TestDocx.check(original), TestDocx.check(TestDocx.zip(parts)));
    }

    @Test
    void theMainPartIsFoundThroughTheRelationshipNotByItsName() {
        byte[] original = TestDocx.camNgoc();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        TestDocx.unzip(original).forEach((name, bytes) -> parts.put(name.replace("document.xml", "van-ban.xml"), bytes));
        byte[] renamed = edit(edit(TestDocx.zip(parts), "_rels/.rels", xml -> xml.replace("document.xml", "van-ban.xml")),
                "[Content_Types].xml", xml -> xml.replace("document.xml", "van-ban.xml"));
        assertEquals(TestDocx.read(original), TestDocx.read(renamed));
    }

    @Test
    void aMissingRelatedPartIsLeftOutAsPoiLeftItOut() {
        byte[] original = TestDocx.camNgoc();
        Map<String, byte[]> parts = new LinkedHashMap<>(TestDocx.unzip(original));
        parts.remove("word/styles.xml");
        ReadDocument read = TestDocx.read(TestDocx.zip(parts));
        assertEquals(TestDocx.read(original).paragraphs().stream().map(ReadDocument.Para::text).toList(),
                read.paragraphs().stream().map(ReadDocument.Para::text).toList());
        assertNotEquals(TestDocx.read(original).paragraphs().get(0).format(), read.paragraphs().get(0).format(),
                "without styles the paragraphs have Word's defaults");
    }

    @Test
    void thePageCountComesFromDocPropsApp() {
        byte[] original = TestDocx.camNgoc();
        assertNull(TestDocx.read(original).pageCount(), "vanban writes no page count");
        UnaryOperator<String> pages = xml -> xml.replace("</Properties>", "<Pages> 4 </Pages></Properties>");
        assertEquals(4, TestDocx.read(edit(original, "docProps/app.xml", pages)).pageCount());
        assertNull(TestDocx.read(edit(original, "docProps/app.xml", xml -> xml.replace("</Properties>", "<Pages>bốn</Pages></Properties>")))
                .pageCount(), "a count that is no number is unknown");
        assertNull(TestDocx.read(edit(original, "docProps/app.xml", xml -> xml.substring(0, xml.length() / 2))).pageCount(),
                "an unreadable docProps/app.xml leaves the count unknown");
    }

    @Test
    void damageIsToldAsBefore() throws Exception {
        byte[] original = TestDocx.camNgoc();
        UnaryOperator<String> cut = xml -> xml.substring(0, xml.length() / 2);
        assertRefused(edit(original, "_rels/.rels", cut), "không có phần văn bản chính");
        assertRefused(edit(original, RELS, cut), PackageParts.CORRUPT_PACKAGE);
        assertRefused(edit(original, "[Content_Types].xml", cut), PackageParts.CORRUPT_PACKAGE);
        assertRefused(edit(original, "[Content_Types].xml", xml -> xml.replaceAll("<Override PartName=\"/word/document.xml\"[^>]*>", "")
                .replace("<Default Extension=\"xml\" ContentType=\"application/xml\"/>", "")), PackageParts.CORRUPT_PACKAGE);
        assertRefused(edit(original, "word/styles.xml", cut), PackageParts.CORRUPT_XML);
        assertRefused(edit(original, "word/styles.xml", xml -> xml.replace("w:styles", "w:stylesx")), PackageParts.CORRUPT_XML);
        assertRefused(edit(original, "word/document.xml", xml -> xml.replace("w:document", "w:documentx")), PackageParts.CORRUPT_XML);
    }

    /** No part may carry a DTD: an external entity would read a file of the machine, an internal one could expand without end. */
    @Test
    void aDoctypeInAnyPartIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("bi-mat.txt"), "MAT-KHAU-BI-MAT");
        String doctype = "<!DOCTYPE x [<!ENTITY bi SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] original = TestDocx.camNgoc();
        for (String part : new String[] {"word/document.xml", "word/styles.xml", "word/header1.xml", RELS}) {
            byte[] docx = edit(original, part, xml -> xml.replace("standalone=\"yes\"?>", "standalone=\"yes\"?>" + doctype));
            UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocxOpener.open(write(docx)));
            assertTrue(e.getMessage().startsWith("tệp .docx bị hỏng"), part + ": " + e.getMessage());
        }
    }

    private void assertRefused(byte[] docx, String message) throws Exception {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocxOpener.open(write(docx)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    private Path write(byte[] docx) throws Exception {
        return Files.write(dir.resolve("van-ban.docx"), docx);
    }

    private static byte[] edit(byte[] docx, String part, UnaryOperator<String> change) {
        Map<String, byte[]> parts = new LinkedHashMap<>(TestDocx.unzip(docx));
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String changed = change.apply(xml);
        assertNotEquals(xml, changed, () -> "the edit of " + part + " changed nothing");
        parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
        return TestDocx.zip(parts);
    }
}
