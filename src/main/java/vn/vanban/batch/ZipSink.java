package vn.vanban.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.vanban.io.AtomicOutput;

/**
 * Writes every file into one .zip archive, deterministically: entries in the order of the units,
 * stored as they are (a .docx is compressed already), one fixed timestamp, no extra fields. The
 * archive grows in a temporary file beside the target and is moved into place at the end; an
 * archive identical to the existing one is not moved at all.
 */
public final class ZipSink implements DocumentSink {

    /** The earliest time a zip entry can carry, as local time so that no time zone enters. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Path target;
    private final Path temporary;
    private final ZipOutputStream zip;
    private int entries;
    private Outcome outcome;

    private ZipSink(Path target, AtomicOutput.Temporary temporary) {
        this.target = target;
        this.temporary = temporary.path();
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(temporary.channel()), 1 << 16);
        this.zip = new ZipOutputStream(out);
    }

    /** @throws FileAlreadyExistsException when the archive exists and force is false */
    public static ZipSink open(Path archive, boolean force) throws IOException {
        Path target = archive.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(archive.toString(), null, "là thư mục, cần tên tệp .zip");
        }
        if (!force && Files.exists(target)) {
            throw new FileAlreadyExistsException(archive.toString());
        }
        return new ZipSink(target, AtomicOutput.openTemporary(target));
    }

    @Override
    public boolean concurrent() {
        return false;
    }

    @Override
    public Outcome write(OutputFile file) throws IOException {
        ZipEntry entry = new ZipEntry(file.name());
        entry.setTimeLocal(FIXED_TIME);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(file.content().length);
        entry.setCompressedSize(file.content().length);
        CRC32 crc = new CRC32();
        crc.update(file.content());
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(file.content());
        zip.closeEntry();
        entries++;
        return Outcome.NEW;
    }

    @Override
    public void finish() throws IOException {
        if (entries == 0) {
            abandon();
            return;
        }
        zip.close();
        if (Files.exists(target) && Files.mismatch(temporary, target) == -1) {
            Files.delete(temporary);
            outcome = Outcome.UNCHANGED;
            return;
        }
        outcome = Files.exists(target) ? Outcome.REPLACED : Outcome.NEW;
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What happened to the archive as a whole; known after {@link #finish()}, null when no unit made a file. */
    public Outcome outcome() {
        return outcome;
    }

    public Path target() {
        return target;
    }

    @Override
    public void abandon() {
        try {
            zip.close();
        } catch (IOException | RuntimeException e) {
            // The archive is being thrown away; its stream's state no longer matters.
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done; the temporary file's name starts with a dot.
        }
    }
}
