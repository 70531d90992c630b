package vn.vanban.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

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
        Path temporary = createTemporary(directory, absolute.getFileName().toString());
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

    /**
     * A temporary file beside the target. createTempFile makes it owner-only (0600) on purpose;
     * the document a clerk saves should get the permissions any file they save gets, so ask for
     * 0666 and let the umask take its share, as an editor's "save" would.
     */
    private static Path createTemporary(Path directory, String name) throws IOException {
        String prefix = "." + name + ".";
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
        }
        return Files.createTempFile(directory, prefix, ".tmp");
    }

    /** Whether the file exists and holds exactly these bytes: a rewrite would change nothing. */
    public static boolean holds(Path target, byte[] content) throws IOException {
        if (!Files.isRegularFile(target) || Files.size(target) != content.length) {
            return false;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), content);
    }
}
