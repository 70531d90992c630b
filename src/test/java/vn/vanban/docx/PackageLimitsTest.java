package vn.vanban.docx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLimitsTest {

    @TempDir
    Path dir;

    private Path write(byte[] docx) throws Exception {
        Path file = dir.resolve("x.docx");
        Files.write(file, docx);
        return file;
    }

    @Test
    void xmlPartsTogetherAreBoundedToo() throws Exception {
        Map<String, byte[]> parts = TestDocx.unzip(BadFiles.grown(TestDocx.camNgoc(), "word/document.xml", 6L * 1024 * 1024));
        byte[] document = parts.get("word/document.xml");
        parts.put("word/header9.xml", document);
        parts.put("word/footer9.xml", document);
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocxOpener.open(write(TestDocx.zip(parts))));
        assertTrue(e.getMessage().startsWith("các phần XML của tệp .docx giải nén ra hơn 16 MB"), e.getMessage());
    }

    @Test
    void picturesDoNotCountAndAreNotInflated() throws Exception {
        Map<String, byte[]> parts = TestDocx.unzip(TestDocx.camNgoc());
        // 5 MB that inflate from almost nothing: a zip bomb, were it read; a picture is not.
        byte[] picture = new byte[5 * 1024 * 1024];
        picture[0] = (byte) 0x89;
        picture[1] = 'P';
        parts.put("word/media/anh.png", picture);
        parts.put("[Content_Types].xml", new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("<Default ", "<Default Extension=\"png\" ContentType=\"image/png\"/><Default ")
                .getBytes(StandardCharsets.UTF_8));
        WordPackage document = DocxOpener.open(write(TestDocx.zip(parts)));
        assertTrue(Ooxml.children(document.body(), Ooxml.W, "p").size() > 10);
    }

    @Test
    void whiteSpaceBeforeTheXmlDoesNotHideIt() throws Exception {
        Map<String, byte[]> parts = TestDocx.unzip(BadFiles.grown(TestDocx.camNgoc(), "word/document.xml", 9L * 1024 * 1024));
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        parts.put("word/document.xml", (" ".repeat(200) + document.substring(document.indexOf("<w:document"))).getBytes(StandardCharsets.UTF_8));
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocxOpener.open(write(TestDocx.zip(parts))));
        assertTrue(e.getMessage().startsWith("phần word/document.xml của tệp .docx giải nén ra hơn 8 MB"), e.getMessage());
    }
}
