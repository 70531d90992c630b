package vn.vanban.docx;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file that is not a ZIP is, in plain words: a legacy .doc, a .docx saved with a password,
 * RTF, HTML, PDF, ... Told by POI (its FileMagic and, for OLE2 files, their streams), which only
 * this error path loads: a .docx is read with the JDK alone.
 */
public final class ForeignFormats {

    private static final String CONVERT_HINT = "soffice --headless --convert-to docx";

    private ForeignFormats() {
    }

    /** Why the file, whose first bytes are not a ZIP's, cannot be read as a .docx. */
    static UnreadableDocumentException refusal(Path path) throws IOException {
        FileMagic magic = FileMagic.valueOf(path.toFile());
        return switch (magic) {
            case OLE2 -> ole2(path);
            case WORD2, MSWRITE -> new UnreadableDocumentException(
                    "đây là tệp Word đời rất cũ, không phải .docx; hãy mở bằng Word hoặc LibreOffice và lưu thành .docx");
            case RTF -> new UnreadableDocumentException(
                    "đây là tệp RTF, không phải .docx; hãy chuyển sang .docx rồi kiểm tra lại: " + CONVERT_HINT + " " + name(path));
            case HTML, XML -> new UnreadableDocumentException(
                    "đây là tệp HTML/XML (có thể là trang web hoặc \"Word XML\" đặt đuôi .docx), không phải .docx; "
                            + "hãy mở bằng Word hoặc LibreOffice và lưu thành .docx");
            case PDF -> new UnreadableDocumentException(
                    "đây là tệp PDF, không phải .docx; vanban chỉ kiểm tra được tệp .docx");
            default -> new UnreadableDocumentException(
                    "không phải tệp .docx (không phải tệp nén ZIP của Office Open XML)");
        };
    }

    /**
     * Whether the file is a .docx saved with a password: Word writes those as an OLE2 file, the
     * format of a .doc, and only its streams tell the two apart.
     */
    public static boolean isEncrypted(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            return encrypted(fs.getRoot());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean encrypted(DirectoryNode root) {
        return root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage");
    }

    private static UnreadableDocumentException ole2(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (encrypted(root)) {
                return new UnreadableDocumentException(
                        "tệp .docx được đặt mật khẩu (mã hóa) nên không đọc được; hãy mở bằng Word, gỡ mật khẩu "
                                + "(Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu) rồi kiểm tra lại");
            }
            if (root.hasEntry("WordDocument")) {
                return new UnreadableDocumentException(
                        "đây là tệp Word 97-2003 (.doc), không phải .docx; hãy chuyển sang .docx rồi kiểm tra lại: "
                                + CONVERT_HINT + " " + name(path));
            }
            return new UnreadableDocumentException(
                    "đây là tệp Office đời cũ (OLE2) nhưng không phải văn bản Word; vanban chỉ kiểm tra được tệp .docx");
        } catch (IOException | RuntimeException e) {
            return new UnreadableDocumentException("tệp Office đời cũ (OLE2) bị hỏng, không đọc được", e);
        }
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }
}
