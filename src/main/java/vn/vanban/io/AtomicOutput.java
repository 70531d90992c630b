package vn.vanban.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

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
        // One open of a new temporary file, one write, one rename: a batch writes thousands of
        // files, and each extra stat, open or unlink here showed in its time.
        Temporary temporary = openTemporary(absolute);
        boolean moved = false;
        try {
            try (SeekableByteChannel channel = temporary.channel()) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
            try {
                Files.move(temporary.path(), absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary.path(), absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary.path());
            }
        }
    }

    /** A temporary file and the channel open on it. */
    public record Temporary(Path path, SeekableByteChannel channel) {
    }

    /**
     * A new temporary file beside the target, open for writing, named like createTempFile's
     * (".ke-hoach.docx.<random>.tmp"). createTempFile makes it owner-only (0600) on purpose; the
     * document a clerk saves should get the permissions any file they save gets, so ask for 0666
     * and let the umask take its share, as an editor's "save" would. The directory is created
     * only when it is missing. Every output that grows before it is moved into place (a batch's
     * archive too) starts here, so that none ends up owner-only.
     */
    public static Temporary openTemporary(Path target) throws IOException {
        Path directory = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        FileAttribute<?>[] attributes = directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"))}
                : new FileAttribute<?>[0];
        boolean createdDirectory = false;
        for (int attempt = 0; ; attempt++) {
            Path temporary = directory.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return new Temporary(temporary, Files.newByteChannel(temporary, NEW_FILE, attributes));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            } catch (NoSuchFileException e) {
                if (createdDirectory) {
                    throw e;
                }
                Files.createDirectories(directory);
                createdDirectory = true;
            }
        }
    }

    private static final Set<OpenOption> NEW_FILE = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    /** Whether the file exists and holds exactly these bytes: a rewrite would change nothing. */
    public static boolean holds(Path target, byte[] content) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile() || attributes.size() != content.length) {
            return false;
        }
        return java.util.Arrays.equals(Files.readAllBytes(target), content);
    }
}
