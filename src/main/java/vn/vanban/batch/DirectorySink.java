package vn.vanban.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import vn.vanban.io.AtomicOutput;

/**
 * Writes each file into a directory, atomically, from many threads. A file that already holds
 * the same bytes is not touched, so a rerun rewrites only what changed; a file with other bytes
 * is replaced only with --force (a clerk may have edited it). Files the batch does not name are
 * never touched.
 */
public final class DirectorySink implements DocumentSink {

    private final Path directory;
    private final boolean force;

    private DirectorySink(Path directory, boolean force) {
        this.directory = directory;
        this.force = force;
    }

    /** @throws NotDirectoryException when the path exists and is not a directory */
    public static DirectorySink open(Path directory, boolean force) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        Files.createDirectories(directory);
        return new DirectorySink(directory, force);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public Outcome write(OutputFile file) throws UnitFailure, IOException {
        Path target = directory.resolve(file.name());
        if (!exists(target)) {
            // Not there a moment ago: asking AtomicOutput to look again would cost every new
            // file a second stat, and its own look leaves the same moment open anyway.
            AtomicOutput.write(target, file.content(), true);
            return Outcome.NEW;
        }
        if (AtomicOutput.holds(target, file.content())) {
            return Outcome.UNCHANGED;
        }
        if (!force) {
            throw existing(target);
        }
        AtomicOutput.write(target, file.content(), true);
        return Outcome.REPLACED;
    }

    private static boolean exists(Path target) throws IOException {
        try {
            Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static UnitFailure existing(Path target) {
        return new UnitFailure("tệp " + target + " đã có với nội dung khác (có thể đã được sửa tay); dùng --force để ghi đè");
    }

    @Override
    public void finish() {
        // Every file is in place as soon as it is written.
    }

    @Override
    public void abandon() {
        // Files written so far are complete documents; AtomicOutput leaves no temporary file.
    }
}
