package vn.vanban.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Zips the parts into an OPC package, deterministically: parts in manifest order, one fixed
 * timestamp that does not depend on the time zone. Same parts, same bytes.
 *
 * <p>Written by hand rather than with {@link java.util.zip.ZipOutputStream}, byte for byte in its
 * layout (a data descriptor after each entry, the extended-timestamp field), for two reasons.
 * A batch writes the same styles, settings and headers in every document: {@link DeflatedParts}
 * keeps each part's deflated bytes, and ZipOutputStream cannot take bytes deflated before. And
 * ZipOutputStream's extended timestamp for 1980-01-01 00:00 is that time in the JVM's time zone,
 * so the same parts gave other bytes in Hà Nội than in UTC; here it is always UTC.
 *
 * <p>Deflate runs at its fastest level: at the default level compressing took longer than making
 * the XML (1.6 against 0.7 ms for the Hải Dương plan) for a package only a fifth smaller.
 */
public final class DocxPackage {

    /** A part's name inside the package and its bytes. */
    public record Entry(String name, byte[] content) {
    }

    /** A part as the zip stores it: its name, its length and CRC-32 before compression, and its deflated bytes. */
    record Zipped(String name, int size, int crc, byte[] data) {
    }

    /**
     * Parts deflated before, one per part name: a part whose bytes equal the last ones deflated
     * under its name is not deflated again. Safe to share between threads; holds one part per name.
     */
    public static final class DeflatedParts {
        private record Known(byte[] content, Zipped zipped) {
        }

        private final Map<String, Known> last = new ConcurrentHashMap<>();

        Zipped deflated(Entry entry) {
            Known known = last.get(entry.name());
            if (known != null && (known.content() == entry.content() || Arrays.equals(known.content(), entry.content()))) {
                return known.zipped();
            }
            Zipped made = deflate(entry);
            last.put(entry.name(), new Known(entry.content(), made));
            return made;
        }
    }

    /**
     * One deflater per thread, reset before each use: making one allocates zlib's window and hash
     * tables outside the heap, which per document was a cost of its own. Its cleaner frees them.
     */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    /** This thread's deflater, reset. */
    static Deflater deflater() {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        return deflater;
    }

    static int crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return (int) crc.getValue();
    }

    /** The part's bytes, inflated from its deflated data; an exception unless they are a whole stream of its size. */
    static byte[] inflate(Zipped part) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(part.data());
            // One byte more than the size, so that a stream longer than its size shows.
            byte[] content = new byte[part.size() + 1];
            int size = 0;
            while (!inflater.finished() && size < content.length) {
                int read = inflater.inflate(content, size, content.length - size);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += read;
            }
            if (!inflater.finished() || size != part.size()) {
                throw new IllegalStateException(part.name() + ": the deflated data is not a stream of " + part.size() + " bytes");
            }
            return Arrays.copyOf(content, size);
        } catch (DataFormatException e) {
            throw new IllegalStateException(part.name() + ": " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    static Zipped deflate(Entry entry) {
        byte[] content = entry.content();
        Deflater deflater = deflater();
        deflater.setInput(content);
        deflater.finish();
        byte[] data = new byte[content.length / 2 + 64];
        int size = 0;
        while (!deflater.finished()) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            size += deflater.deflate(data, size, data.length - size);
        }
        return new Zipped(entry.name(), content.length, crc(content), Arrays.copyOf(data, size));
    }

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** Version 2.0: deflate. */
    private static final int VERSION = 20;
    /** Sizes and CRC in a data descriptor after the data (bit 3); names in UTF-8 (bit 11). */
    private static final int FLAGS = 0x0808;
    private static final int DEFLATED = 8;
    /** 1980-01-01 00:00 as MS-DOS time and date: the earliest a zip entry can carry. */
    private static final int DOS_TIME = 0x00210000;
    /** The same moment in the extended-timestamp field (0x5455), in seconds since 1970, UTC. */
    private static final int UNIX_TIME = 315_532_800;
    private static final int EXTENDED_TIMESTAMP = 0x5455;
    private static final int EXTRA_LENGTH = 9;

    private DocxPackage() {
    }

    public static byte[] zip(List<Entry> entries) {
        return zip(entries, new DeflatedParts());
    }

    /** @param reuse the parts of earlier packages of the same run, to deflate only what differs */
    public static byte[] zip(List<Entry> entries, DeflatedParts reuse) {
        List<Zipped> parts = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            parts.add(reuse.deflated(entry));
        }
        return write(parts);
    }

    /** The package of parts deflated before. */
    static byte[] write(List<Zipped> parts) {
        byte[][] names = new byte[parts.size()][];
        int size = 22;
        for (int i = 0; i < names.length; i++) {
            names[i] = parts.get(i).name().getBytes(StandardCharsets.UTF_8);
            size += 30 + 16 + 46 + 2 * (names[i].length + EXTRA_LENGTH) + parts.get(i).data().length;
        }
        Bytes out = new Bytes(size);
        int[] offsets = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            Zipped part = parts.get(i);
            offsets[i] = out.size;
            out.int32(LOCAL_HEADER).int16(VERSION).int16(FLAGS).int16(DEFLATED).int32(DOS_TIME)
                    .int32(0).int32(0).int32(0).int16(names[i].length).int16(EXTRA_LENGTH).bytes(names[i]);
            extra(out);
            out.bytes(part.data());
            out.int32(DATA_DESCRIPTOR).int32(part.crc()).int32(part.data().length).int32(part.size());
        }
        int directory = out.size;
        for (int i = 0; i < names.length; i++) {
            Zipped part = parts.get(i);
            out.int32(CENTRAL_HEADER).int16(VERSION).int16(VERSION).int16(FLAGS).int16(DEFLATED).int32(DOS_TIME)
                    .int32(part.crc()).int32(part.data().length).int32(part.size())
                    .int16(names[i].length).int16(EXTRA_LENGTH).int16(0).int16(0).int16(0).int32(0).int32(offsets[i])
                    .bytes(names[i]);
            extra(out);
        }
        int directorySize = out.size - directory;
        out.int32(END_OF_CENTRAL_DIRECTORY).int16(0).int16(0).int16(names.length).int16(names.length)
                .int32(directorySize).int32(directory).int16(0);
        return out.size == out.bytes.length ? out.bytes : Arrays.copyOf(out.bytes, out.size);
    }

    /** The extended timestamp: modification time only. */
    private static void extra(Bytes out) {
        out.int16(EXTENDED_TIMESTAMP).int16(5).int8(1).int32(UNIX_TIME);
    }

    /** Little-endian writing into an array sized beforehand. */
    private static final class Bytes {
        final byte[] bytes;
        int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        Bytes int8(int value) {
            bytes[size++] = (byte) value;
            return this;
        }

        Bytes int16(int value) {
            return int8(value).int8(value >>> 8);
        }

        Bytes int32(int value) {
            return int16(value).int16(value >>> 16);
        }

        Bytes bytes(byte[] value) {
            System.arraycopy(value, 0, bytes, size, value.length);
            size += value.length;
            return this;
        }
    }
}
