package vn.vanban.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips the parts into an OPC package, deterministically: parts in manifest order, one fixed
 * timestamp that does not depend on the time zone, no extra fields. Same parts, same bytes.
 * Deflate runs at its fastest level: at the default level compressing took longer than making
 * the XML (1.6 against 0.7 ms for the Hải Dương plan) for a package only a fifth smaller.
 */
public final class DocxPackage {

    /** A part's name inside the package and its bytes. */
    public record Entry(String name, byte[] content) {
    }

    /** The earliest time a zip entry can carry; written as local time so no time zone enters. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DocxPackage() {
    }

    public static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                zipEntry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
