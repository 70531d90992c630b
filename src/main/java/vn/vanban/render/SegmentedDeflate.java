package vn.vanban.render;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One part of a splice, deflated in segments, so that a document deflates only the segments
 * whose bytes differ from the last document's: in a batch, those near the leaves that name the
 * unit, not the rest of the body they share. Deflating the whole document.xml of every document
 * took more than half of a spliced document's time.
 *
 * <p>Each segment is deflated with the segment before it as its preset dictionary and ends with a
 * sync flush, at a byte boundary. In the joined stream the segment before is what precedes it, so
 * the segments concatenate into one stream, which a final empty block closes (RFC 1951, 3.2.3;
 * pigz joins its blocks so), and each segment refers back as far as a whole deflate would within
 * that reach. A segment's bytes then depend on it and the one before: it is deflated again only
 * when one of the two changed.
 *
 * <p>The cuts are fixed when the splice is cut, from its constant bytes, never from the documents
 * seen before: a document's bytes depend on it alone, whatever order threads take the units in.
 * Safe to share between threads: a segment's cache holds whole records, each right for the pieces
 * it names.
 */
final class SegmentedDeflate {

    /** A final fixed-Huffman block with no data: BFINAL 1, BTYPE 01, then end-of-block. */
    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};
    /** Segments shorter than this are written as a stored block: deflating a few bytes costs more than it saves. */
    private static final int STORED_BELOW = 64;
    /**
     * What a slot counts for when the cuts are made: its bytes are not known then, and the cuts
     * must not depend on the document that happened to come first.
     */
    private static final int SLOT_ESTIMATE = 200;
    /** A part is cut only when it is at least this many segments long. */
    private static final int MIN_SEGMENTS = 4;
    /** Deflate looks back 32 KiB at most: a longer dictionary is its tail. */
    private static final int WINDOW = 32 * 1024;

    /** The pieces of a segment and of the one before it, as they were last deflated, and the segment's deflated bytes. */
    private record Deflated(byte[][] pieces, byte[] data) {
        boolean holds(byte[][] pieces, int from) {
            for (int i = 0; i < this.pieces.length; i++) {
                byte[] now = pieces[from + i];
                if (now != this.pieces[i] && !Arrays.equals(now, this.pieces[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Where each segment starts, and the piece count last. */
    private final int[] starts;
    private final AtomicReferenceArray<Deflated> last;
    private final LongAdder deflations = new LongAdder();

    /**
     * Cuts before a slot once the bytes since the last cut reach about {@code segmentBytes}
     * (constant bytes, and {@link #SLOT_ESTIMATE} for each slot): short enough that a changed leaf
     * deflates little again, long enough that each segment's own block adds little. A part of
     * fewer than {@link #MIN_SEGMENTS} such segments is one segment.
     */
    SegmentedDeflate(SlotTokens.Piece[] pieces, int segmentBytes) {
        int estimate = 0;
        for (SlotTokens.Piece piece : pieces) {
            estimate += piece.isSlot() ? SLOT_ESTIMATE : piece.constant().length;
        }
        // A part shorter than a few segments is deflated whole: the leaves that name the unit sit
        // in its header, title and closing, close together, and each changed segment changes the
        // next, so its segments would all be deflated again, and more slowly than the whole.
        int cutAt = estimate < MIN_SEGMENTS * segmentBytes ? Integer.MAX_VALUE : segmentBytes;
        int[] bounds = new int[pieces.length + 1];
        int count = 0;
        int constant = 0;
        for (int i = 0; i < pieces.length; i++) {
            if (i == 0 || pieces[i].isSlot() && constant >= cutAt) {
                bounds[count++] = i;
                constant = 0;
            }
            constant += pieces[i].isSlot() ? SLOT_ESTIMATE : pieces[i].constant().length;
        }
        bounds[count++] = pieces.length;
        this.starts = Arrays.copyOf(bounds, pieces.length == 0 ? 1 : count);
        this.last = new AtomicReferenceArray<>(starts.length - 1);
    }

    /** The part whose bytes are these pieces in order, as the zip stores it. */
    DocxPackage.Zipped zipped(String name, byte[][] pieces) {
        CRC32 crc = new CRC32();
        int size = 0;
        for (byte[] piece : pieces) {
            crc.update(piece);
            size += piece.length;
        }
        byte[][] data = new byte[starts.length][];
        int length = FINAL_EMPTY_BLOCK.length;
        for (int s = 0; s < starts.length - 1; s++) {
            int dictionary = s == 0 ? 0 : starts[s - 1];
            Deflated known = last.get(s);
            if (known == null || !known.holds(pieces, dictionary)) {
                known = new Deflated(Arrays.copyOfRange(pieces, dictionary, starts[s + 1]),
                        deflate(pieces, dictionary, starts[s], starts[s + 1]));
                last.set(s, known);
                deflations.increment();
            }
            data[s] = known.data();
            length += known.data().length;
        }
        data[starts.length - 1] = FINAL_EMPTY_BLOCK;
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] segment : data) {
            System.arraycopy(segment, 0, joined, at, segment.length);
            at += segment.length;
        }
        return new DocxPackage.Zipped(name, size, (int) crc.getValue(), joined);
    }

    int segments() {
        return starts.length - 1;
    }

    /** How many segments were deflated, for tests: the others were the last document's. */
    long deflations() {
        return deflations.sum();
    }

    /**
     * The pieces [from, to) deflated with the pieces [dictionary, from) as what precedes them,
     * ended at a byte boundary, not final.
     */
    private static byte[] deflate(byte[][] pieces, int dictionary, int from, int to) {
        int size = length(pieces, from, to);
        if (size < STORED_BELOW) {
            return stored(pieces, from, to, size);
        }
        Deflater deflater = DocxPackage.deflater();
        if (dictionary < from) {
            byte[] preceding = joined(pieces, dictionary, from);
            int reach = Math.min(preceding.length, WINDOW);
            deflater.setDictionary(preceding, preceding.length - reach, reach);
        }
        // One input and one call: a call per piece cost more in JNI crossings than the deflating.
        deflater.setInput(joined(pieces, from, to));
        byte[] out = new byte[size / 2 + 64];
        int written = 0;
        do {
            out = roomFor(out, written);
            written += deflater.deflate(out, written, out.length - written, Deflater.SYNC_FLUSH);
        } while (written == out.length);
        return Arrays.copyOf(out, written);
    }

    /** A stored block: header bits 000 padded to the byte, then LEN and its complement, then the bytes. */
    private static byte[] stored(byte[][] pieces, int from, int to, int size) {
        byte[] out = new byte[5 + size];
        out[1] = (byte) size;
        out[2] = (byte) (size >>> 8);
        out[3] = (byte) ~size;
        out[4] = (byte) (~size >>> 8);
        System.arraycopy(joined(pieces, from, to), 0, out, 5, size);
        return out;
    }

    private static int length(byte[][] pieces, int from, int to) {
        int size = 0;
        for (int i = from; i < to; i++) {
            size += pieces[i].length;
        }
        return size;
    }

    private static byte[] joined(byte[][] pieces, int from, int to) {
        byte[] joined = new byte[length(pieces, from, to)];
        int at = 0;
        for (int i = from; i < to; i++) {
            System.arraycopy(pieces[i], 0, joined, at, pieces[i].length);
            at += pieces[i].length;
        }
        return joined;
    }

    private static byte[] roomFor(byte[] out, int written) {
        return written < out.length ? out : Arrays.copyOf(out, out.length * 2);
    }
}
