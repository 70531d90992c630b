package vn.vanban.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import vn.vanban.io.BoundedRead;

/**
 * Opens a .docx for reading, and says in plain words why a file is not one: a legacy .doc, an
 * encrypted document, a corrupt or suspiciously inflating ZIP, or something else altogether. The
 * kind of file is read from its first bytes, never guessed from its name. A ZIP is read with the
 * JDK alone ({@link PackageParts}, {@link WordPackage}); anything else is told apart by
 * {@link ForeignFormats}, the only place that loads POI.
 */
public final class DocxOpener {


    /** What every ZIP, and so every .docx, starts with: a local file header. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private DocxOpener() {
    }

    public static WordPackage open(Path path) throws UnreadableDocumentException {
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
            if (!startsAsZip(path)) {
                throw ForeignFormats.refusal(path);
            }
            return openPackage(path);
        } catch (IOException e) {
            throw new UnreadableDocumentException("không đọc được tệp: " + e.getMessage(), e);
        }
    }

    private static boolean startsAsZip(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        }
    }

    private static WordPackage openPackage(Path path) throws UnreadableDocumentException {
        PackageLimits.check(path);
        // From the file, not a stream: only the parts read are inflated, never the pictures.
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return WordPackage.read(new PackageParts(zip));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableDocumentException(PackageParts.CORRUPT_PACKAGE, e);
        }
    }
}
