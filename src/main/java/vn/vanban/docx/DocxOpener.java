package vn.vanban.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import vn.vanban.io.BoundedRead;

/**
 * Opens a .docx for reading, and says in plain words why a file is not one: a legacy .doc, an
 * encrypted document, a corrupt or suspiciously inflating ZIP, or something else altogether. The
 * kind of file is read from its first bytes (POI's FileMagic), never guessed from its name.
 */
public final class DocxOpener {

    private static final String CONVERT_HINT = "soffice --headless --convert-to docx";

    static final String ZIP_BOMB = "tệp nén có dữ liệu giải nén lớn bất thường so với kích thước nén (nghi là \"zip bomb\"); "
            + "vanban không mở tệp này";

    private DocxOpener() {
    }

    public static XWPFDocument open(Path path) throws UnreadableDocumentException {
        if (!Files.exists(path)) {
            throw new UnreadableDocumentException("không tìm thấy tệp");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableDocumentException("là một thư mục, không phải tệp .docx");
        }
        try {
            if (!Files.isRegularFile(path)) {
                throw new UnreadableDocumentException("không phải một tệp thường (thiết bị, đường ống, ...), không phải tệp .docx");
            }
            if (Files.size(path) == 0) {
                throw new UnreadableDocumentException("tệp rỗng (0 byte), không phải tệp .docx");
            }
            if (Files.size(path) > PackageLimits.MAX_FILE_BYTES) {
                throw new UnreadableDocumentException("tệp quá lớn (trên " + BoundedRead.describe(PackageLimits.MAX_FILE_BYTES)
                        + "); một văn bản hành chính thường dưới 1 MB, kể cả hình ảnh");
            }
            FileMagic magic = FileMagic.valueOf(path.toFile());
            return switch (magic) {
                case OOXML -> openPackage(path);
                case OLE2 -> throw ole2(path);
                case WORD2, MSWRITE -> throw new UnreadableDocumentException(
                        "đây là tệp Word đời rất cũ, không phải .docx; hãy mở bằng Word hoặc LibreOffice và lưu thành .docx");
                case RTF -> throw new UnreadableDocumentException(
                        "đây là tệp RTF, không phải .docx; hãy chuyển sang .docx rồi kiểm tra lại: " + CONVERT_HINT + " " + name(path));
                case HTML, XML -> throw new UnreadableDocumentException(
                        "đây là tệp HTML/XML (có thể là trang web hoặc \"Word XML\" đặt đuôi .docx), không phải .docx; "
                                + "hãy mở bằng Word hoặc LibreOffice và lưu thành .docx");
                case PDF -> throw new UnreadableDocumentException(
                        "đây là tệp PDF, không phải .docx; vanban chỉ kiểm tra được tệp .docx");
                default -> throw new UnreadableDocumentException(
                        "không phải tệp .docx (không phải tệp nén ZIP của Office Open XML)");
            };
        } catch (IOException e) {
            throw new UnreadableDocumentException("không đọc được tệp: " + e.getMessage(), e);
        }
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

    private static UnreadableDocumentException ole2(Path path) throws IOException {
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

    private static XWPFDocument openPackage(Path path) throws UnreadableDocumentException {
        PackageLimits.check(path);
        OPCPackage pkg = null;
        try {
            // From the file, not a stream: POI then inflates only the parts it reads, never the pictures.
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
            requireWordDocument(pkg);
            XWPFDocument document = new XWPFDocument(pkg);
            pkg = null;
            return document;
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (NotOfficeXmlFileException e) {
            throw unreadablePackage(e, "tệp nén ZIP nhưng không phải văn bản Word .docx (thiếu [Content_Types].xml)");
        } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
                | IllegalArgumentException | IllegalStateException e) {
            throw unreadablePackage(e, "tệp .docx bị hỏng: không đọc được tệp nén ZIP hoặc nội dung XML bên trong");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static void requireWordDocument(OPCPackage pkg) throws UnreadableDocumentException, InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
        if (part == null) {
            throw new UnreadableDocumentException(
                    "tệp nén ZIP nhưng không phải văn bản Word .docx (không có phần văn bản chính)");
        }
        String type = part.getContentType();
        if (!type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                && !type.startsWith("application/vnd.ms-word.")) {
            throw new UnreadableDocumentException(
                    "tệp Office Open XML nhưng không phải văn bản Word (là bảng tính, trình chiếu hay loại khác: "
                            + type + ")");
        }
    }

    /** A zip bomb is told apart from plain corruption by POI's own limit messages. */
    private static UnreadableDocumentException unreadablePackage(Throwable e, String otherwise) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max_file_count") || message.contains("max_entry_size")) {
                return new UnreadableDocumentException(ZIP_BOMB, e);
            }
            if (message.contains("content type part") || message.contains("[content_types].xml")) {
                return new UnreadableDocumentException(
                        "tệp nén ZIP nhưng không phải văn bản Word .docx (thiếu [Content_Types].xml)", e);
            }
            if (t instanceof XmlException) {
                return new UnreadableDocumentException("tệp .docx bị hỏng: nội dung XML bên trong không hợp lệ", e);
            }
        }
        return new UnreadableDocumentException(otherwise, e);
    }

    private static String name(Path path) {
        Path file = path.getFileName();
        return file == null ? path.toString() : file.toString();
    }
}
