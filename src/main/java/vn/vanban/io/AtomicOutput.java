package vn.vanban.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that nobody ever sees half of it: the bytes go to a temporary file beside the
 * target, which is then moved into place. An existing file is replaced only when asked.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    /** @throws FileAlreadyExistsException when the target exists and overwrite is false */
    public static void write(Path target, byte[] content, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether the file exists and holds exactly these bytes: a rewrite would change nothing. */
    public static boolean holds(Path target, byte[] content) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), content);
    }
}
