package vn.vanban.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of file that is not a readable .docx is told apart, by its bytes, with its own message. */
class DocxOpenerTest {

    @TempDir
    Path dir;

    static Stream<Arguments> unreadable() {
        Supplier<byte[]> docx = TestDocx::camNgoc;
        return Stream.of(
                Arguments.of("legacy .doc", (Supplier<byte[]>) BadFiles::legacyDoc,
                        "đây là tệp Word 97-2003 (.doc), không phải .docx; hãy chuyển sang .docx rồi kiểm tra lại: "
                                + "soffice --headless --convert-to docx ke-hoach.docx"),
                Arguments.of("encrypted .docx", (Supplier<byte[]>) () -> BadFiles.encrypted(docx.get()), "được đặt mật khẩu (mã hóa)"),
                Arguments.of("OLE2 workbook", (Supplier<byte[]>) BadFiles::legacyWorkbook, "Office đời cũ (OLE2) nhưng không phải văn bản Word"),
                Arguments.of("truncated zip", (Supplier<byte[]>) () -> BadFiles.truncated(docx.get()), "tệp .docx bị hỏng"),
                Arguments.of("zip bomb", (Supplier<byte[]>) () -> BadFiles.zipBomb(docx.get()), "nghi là \"zip bomb\""),
                Arguments.of("plain zip", (Supplier<byte[]>) BadFiles::plainZip, "không phải văn bản Word .docx"),
                Arguments.of("spreadsheet", (Supplier<byte[]>) BadFiles::spreadsheet, "không phải văn bản Word (là bảng tính"),
                Arguments.of("broken XML", (Supplier<byte[]>) () -> BadFiles.brokenXml(docx.get()), "nội dung XML bên trong không hợp lệ"),
                Arguments.of("RTF", (Supplier<byte[]>) BadFiles::rtf, "đây là tệp RTF"),
                Arguments.of("HTML", (Supplier<byte[]>) BadFiles::html, "đây là tệp HTML/XML"),
                Arguments.of("text", (Supplier<byte[]>) BadFiles::text, "không phải tệp .docx (không phải tệp nén ZIP"),
                Arguments.of("empty", (Supplier<byte[]>) () -> new byte[0], "tệp rỗng"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void saysWhatTheFileIs(String kind, Supplier<byte[]> bytes, String message) throws Exception {
        Path file = dir.resolve("ke-hoach.docx");
        Files.write(file, bytes.get());
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> DocxOpener.open(file));
        assertTrue(e.getMessage().contains(message), () -> kind + ": " + e.getMessage());
    }

    @Test
    void missingFileAndDirectory() {
        UnreadableDocumentException missing = assertThrows(UnreadableDocumentException.class,
                () -> DocxOpener.open(dir.resolve("khong-co.docx")));
        assertEquals("không tìm thấy tệp", missing.getMessage());
        UnreadableDocumentException directory = assertThrows(UnreadableDocumentException.class, () -> DocxOpener.open(dir));
        assertEquals("là một thư mục, không phải tệp .docx", directory.getMessage());
    }

    /** The kind comes from the bytes: a .docx named .doc opens, a .doc named .docx does not. */
    @Test
    void theNameDoesNotDecide() throws Exception {
        Path misnamed = dir.resolve("ke-hoach.doc");
        Files.write(misnamed, TestDocx.camNgoc());
        WordPackage document = DocxOpener.open(misnamed);
        assertEquals(2, Ooxml.children(document.body(), Ooxml.W, "tbl").size());
    }
}
