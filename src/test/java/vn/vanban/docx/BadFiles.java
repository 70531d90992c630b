package vn.vanban.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files that are not readable .docx documents, made in the test. */
public final class BadFiles {

    private BadFiles() {
    }

    /** A Word 97-2003 document: an OLE2 compound file with a WordDocument stream. */
    public static byte[] legacyDoc() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Excel 97-2003 workbook: OLE2 but not Word. */
    public static byte[] legacyWorkbook() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "Workbook");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx saved with a password: Word writes it as OLE2 with EncryptionInfo and EncryptedPackage. */
    public static byte[] encrypted(byte[] docx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first half of a .docx: a ZIP cut off in the middle of an entry. */
    public static byte[] truncated(byte[] docx) {
        return Arrays.copyOf(docx, docx.length / 2);
    }

    /**
     * A .docx whose document part inflates 10 MB of spaces from a few kilobytes: a thousand times
     * its compressed size, beyond POI's ZipSecureFile ratio limit (1 %).
     */
    public static byte[] zipBomb(byte[] docx) {
        Map<String, byte[]> parts = TestDocx.unzip(docx);
        byte[] huge = new byte[10 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        byte[] document = parts.get("word/document.xml");
        String xml = new String(document, StandardCharsets.UTF_8);
        int body = xml.indexOf("<w:body>") + "<w:body>".length();
        ByteArrayOutputStream inflated = new ByteArrayOutputStream();
        inflated.writeBytes(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
        inflated.writeBytes(huge);
        inflated.writeBytes(xml.substring(body).getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", inflated.toByteArray());
        return TestDocx.zip(parts);
    }

    /**
     * A .docx whose part holds at least this many bytes of ordinary paragraphs: the document's
     * body repeated with its words shuffled, so that it compresses as text does (to about a
     * tenth), not as a zip bomb does.
     */
    public static byte[] grown(byte[] docx, String part, long bytes) {
        Map<String, byte[]> parts = TestDocx.unzip(docx);
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String open = part.equals("word/styles.xml") ? "<w:styles" : "<w:body>";
        String close = part.equals("word/styles.xml") ? "</w:styles>" : "<w:sectPr";
        int start = xml.indexOf('>', xml.indexOf(open)) + 1;
        int end = xml.lastIndexOf(close);
        String body = xml.substring(start, end);
        java.util.Random random = new java.util.Random(17);
        String[] words = {"kế", "hoạch", "phòng", "chống", "mại", "dâm", "năm", "ủy", "ban", "xã", "triển", "khai", "thực", "hiện"};
        StringBuilder grown = new StringBuilder(xml.substring(0, start));
        java.util.regex.Pattern runText = java.util.regex.Pattern.compile("<w:t([^>]*)>([^<]*)</w:t>");
        while (grown.length() < bytes) {
            java.util.regex.Matcher text = runText.matcher(body);
            StringBuilder copy = new StringBuilder();
            while (text.find()) {
                StringBuilder shuffled = new StringBuilder();
                for (int i = 0; i < Math.max(1, text.group(2).split(" ").length); i++) {
                    shuffled.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                text.appendReplacement(copy, "<w:t$1>" + shuffled + "</w:t>");
            }
            text.appendTail(copy);
            grown.append(copy);
        }
        grown.append(xml.substring(end));
        parts.put(part, grown.toString().getBytes(StandardCharsets.UTF_8));
        return TestDocx.zip(parts);
    }

    /** A ZIP with a text file in it and no Office package structure. */
    public static byte[] plainZip() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("ghi-chu.txt", "không phải văn bản".getBytes(StandardCharsets.UTF_8));
        return TestDocx.zip(parts);
    }

    /** An Office Open XML package whose main part is a spreadsheet. */
    public static byte[] spreadsheet() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                .getBytes(StandardCharsets.UTF_8));
        return TestDocx.zip(parts);
    }

    /** A .docx whose document part is not well-formed XML. */
    public static byte[] brokenXml(byte[] docx) {
        Map<String, byte[]> parts = TestDocx.unzip(docx);
        parts.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                .getBytes(StandardCharsets.UTF_8));
        return TestDocx.zip(parts);
    }

    public static byte[] rtf() {
        return "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} K\\'ea ho\\'e1ch\\par}".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><p>Kế hoạch</p></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] text() {
        return "KẾ HOẠCH\nPhòng, chống mại dâm năm 2023\n".getBytes(StandardCharsets.UTF_8);
    }
}
