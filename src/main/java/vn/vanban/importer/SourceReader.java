package vn.vanban.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.vanban.docx.ForeignFormats;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.io.BoundedRead;

/**
 * Reads a file into a {@link Source}, choosing the reader by what the first bytes say, never by
 * the name: a .docx is a ZIP, a text file is text. Anything else gets a message that says what it
 * is and, where there is a way, how to turn it into something vanban reads.
 */
public final class SourceReader {

    /** A plan copied out as text is a few dozen kilobytes: Cẩm Ngọc's is 9.5 KB, Hải Dương's 38 KB. */
    public static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;
    /** What tells the kind of a file: its first bytes, and no NUL among them for text. */
    private static final int HEAD_BYTES = 8192;

    private SourceReader() {
    }

    public static Source read(Path file) throws UnreadableDocumentException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new UnreadableDocumentException("không tìm thấy tệp");
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException("là một thư mục, không phải tệp .docx hay .txt");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UnreadableDocumentException("không đọc được tệp: " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new UnreadableDocumentException("tệp rỗng, không có chữ nào để nhập");
        }
        switch (kind(head)) {
            case ZIP:
                return DocxSource.read(file, name);
            case PDF:
                throw new UnreadableDocumentException("đây là tệp PDF; vanban import chưa đọc được PDF. Hãy mở bản Word (.docx) "
                        + "của kế hoạch, hoặc chép chữ trong PDF ra một tệp .txt rồi nhập tệp đó");
            case IMAGE:
                throw new UnreadableDocumentException("đây là tệp ảnh (bản chụp hoặc bản quét); vanban không nhận dạng chữ trong ảnh. "
                        + "Hãy dùng bản Word (.docx) của kế hoạch, hoặc gõ lại thành tệp .txt");
            case OLE2:
                if (ForeignFormats.isEncrypted(file)) {
                    throw new UnreadableDocumentException("tệp .docx được đặt mật khẩu (mã hóa) nên không đọc được; hãy mở bằng Word, "
                            + "gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu), lưu lại rồi nhập lại");
                }
                throw new UnreadableDocumentException("đây là tệp Word 97-2003 (.doc) hoặc tệp Office đời cũ; vanban chỉ đọc .docx. "
                        + "Hãy chuyển sang .docx bằng LibreOffice: soffice --headless --convert-to docx " + name
                        + " (hoặc mở bằng Word và lưu thành .docx) rồi nhập tệp .docx");
            case RTF:
                throw new UnreadableDocumentException("đây là tệp RTF; hãy chuyển sang .docx bằng LibreOffice: "
                        + "soffice --headless --convert-to docx " + name + " rồi nhập tệp .docx");
            case BINARY:
                throw new UnreadableDocumentException("không phải tệp .docx hay tệp chữ (.txt) mà vanban đọc được");
            default:
                return TextSource.read(name, text(file));
        }
    }

    /**
     * A text file's text: Unicode, or 8-bit text mostly typed in TCVN3 or VNI. Any other
     * 8-bit text (Windows-1258, a Western code page) would come out garbled: it is refused.
     */
    private static String text(Path file) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, MAX_TEXT_BYTES);
        } catch (BoundedRead.TooLargeException e) {
            throw new UnreadableDocumentException("tệp chữ quá lớn (trên " + BoundedRead.describe(MAX_TEXT_BYTES)
                    + "); một kế hoạch chép ra tệp chữ thường dưới 100 KB");
        } catch (IOException e) {
            throw new UnreadableDocumentException("không đọc được tệp: " + e.getMessage(), e);
        }
        Optional<String> unicode = TextSource.unicode(bytes);
        String text = unicode.orElseGet(() -> TextSource.eightBit(bytes));
        if (text.isBlank()) {
            throw new UnreadableDocumentException("tệp rỗng, không có chữ nào để nhập");
        }
        if (unicode.isEmpty() && !TextSource.isLegacy(text)) {
            throw new UnreadableDocumentException("tệp chữ không được mã hóa UTF-8, cũng không gõ theo bảng mã TCVN3 (ABC) hay VNI"
                    + " (có thể là Windows-1258); hãy mở bằng Notepad, chọn Lưu thành với Mã hóa UTF-8, rồi nhập lại");
        }
        return text;
    }

    private enum Kind { ZIP, PDF, IMAGE, OLE2, RTF, BINARY, TEXT }

    private static Kind kind(byte[] b) {
        if (starts(b, 'P', 'K', 3, 4)) {
            return Kind.ZIP;
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        if (starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'I', 'I', 42, 0)
                || starts(b, 'M', 'M', 0, 42) || starts(b, 'G', 'I', 'F', '8') || starts(b, 'B', 'M')
                && b.length > 14 && b[6] == 0 && b[7] == 0 || starts(b, 'R', 'I', 'F', 'F') && b.length > 12
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Kind.IMAGE;
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE2;
        }
        if (starts(b, '{', '\\', 'r', 't', 'f')) {
            return Kind.RTF;
        }
        if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
            return Kind.TEXT;
        }
        int probe = Math.min(b.length, HEAD_BYTES);
        for (int i = 0; i < probe; i++) {
            if (b[i] == 0) {
                return Kind.BINARY;
            }
        }
        return Kind.TEXT;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
