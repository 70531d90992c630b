package vn.vanban.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.vanban.io.BoundedRead;

/**
 * Looks at a .docx's ZIP before any part is parsed: the directory at its end must be there (a
 * file cut short is not read as a shorter document), and the XML parts, which the reader parses
 * whole into memory, must stay within limits, counted on the bytes as they inflate, not on what the
 * entry headers claim. Pictures and other binary parts are never inflated here or later.
 */
final class PackageLimits {

    /** A .docx file, pictures included; the decree's documents are rarely over 1 MB. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /**
     * One XML part, inflated. Hải Dương's plan, 9 pages, has a 42 KB document part; Word writes
     * the same text in three to five times as much XML. Checking an 8 MB part takes about 15 s
     * of CPU and 100 MB of heap.
     */
    static final long MAX_PART_BYTES = 8L * 1024 * 1024;
    /** All XML parts together (document, styles, numbering, headers, footers, ...), inflated. */
    static final long MAX_XML_BYTES = 16L * 1024 * 1024;
    /** Parts in the package; POI's limit, which vanban read documents through before, is the same. */
    static final int MAX_PARTS = 1000;

    static final String ZIP_BOMB = "tệp nén có dữ liệu giải nén lớn bất thường so với kích thước nén (nghi là \"zip bomb\"); "
            + "vanban không mở tệp này";

    /** POI's zip-bomb rule: past the first 100 KB, a part may not inflate to more than 100 times its size. */
    private static final long GRACE_BYTES = 100 * 1024;
    private static final double MIN_RATIO = 0.01;

    private PackageLimits() {
    }

    static void check(Path file) throws UnreadableDocumentException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long xml = 0;
            int parts = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++parts > MAX_PARTS) {
                    throw new UnreadableDocumentException("tệp nén có hơn " + String.format(Locale.forLanguageTag("vi-VN"), "%,d", MAX_PARTS) + " phần, không phải một văn bản Word thông thường;"
                            + " vanban không mở tệp này");
                }
                if (!entry.isDirectory()) {
                    xml += xmlBytes(zip, entry, xml);
                }
            }
        } catch (ZipException e) {
            throw new UnreadableDocumentException("tệp .docx bị hỏng hoặc không trọn vẹn: không đọc được danh mục của tệp nén"
                    + " (thường do tệp bị cắt cụt khi tải về hay chép); hãy lấy lại tệp gốc", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("tệp .docx bị hỏng: không đọc được tệp nén ZIP (" + e.getMessage() + ")", e);
        }
    }

    /** The inflated size of an XML part; 0 for a binary part (a picture), which is not inflated further. */
    private static long xmlBytes(ZipFile zip, ZipEntry entry, long before) throws IOException, UnreadableDocumentException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(64);
            if (!looksLikeXml(head)) {
                return 0;
            }
            long inflated = head.length;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                inflated += n;
                long compressed = entry.getCompressedSize();
                if (inflated > GRACE_BYTES && compressed >= 0 && (double) compressed / inflated < MIN_RATIO) {
                    throw new UnreadableDocumentException(ZIP_BOMB);
                }
                if (inflated > MAX_PART_BYTES) {
                    throw new UnreadableDocumentException("phần " + entry.getName() + " của tệp .docx giải nén ra hơn "
                            + BoundedRead.describe(MAX_PART_BYTES) + "; vanban đọc mỗi phần đến "
                            + BoundedRead.describe(MAX_PART_BYTES) + " (đủ cho văn bản vài trăm trang)");
                }
                if (before + inflated > MAX_XML_BYTES) {
                    throw new UnreadableDocumentException("các phần XML của tệp .docx giải nén ra hơn "
                            + BoundedRead.describe(MAX_XML_BYTES) + "; vanban đọc văn bản đến " + BoundedRead.describe(MAX_XML_BYTES));
                }
            }
            return inflated;
        }
    }

    /**
     * XML starts with '<', after a byte-order mark and white space; UTF-16 XML starts with its
     * mark. A head of white space only counts as XML: white space may go on before the '<'.
     */
    private static boolean looksLikeXml(byte[] head) {
        int i = 0;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return true;
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i == head.length || head[i] == '<';
    }
}
