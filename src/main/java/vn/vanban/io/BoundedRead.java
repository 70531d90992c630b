package vn.vanban.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a whole input file, but never more than a limit: a file that is larger, or a device or
 * pipe that never ends (/dev/zero), is refused after the limit instead of filling the memory.
 */
public final class BoundedRead {

    /** The file holds more than the limit allows; nothing of it is kept. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLargeException(Path file, long limit) {
            super(file + ": more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private BoundedRead() {
    }

    /** @throws TooLargeException when the file has more than limit bytes */
    public static byte[] read(Path file, long limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile() && attributes.size() > limit) {
            throw new TooLargeException(file, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLargeException(file, limit);
            }
            return bytes;
        }
    }

    /** "2 MB", "300 KB": a limit as a clerk reads it. */
    public static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
        }
        return (bytes + 1023) / 1024 + " KB";
    }
}
