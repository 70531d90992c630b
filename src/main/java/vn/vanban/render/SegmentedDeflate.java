package vn.vanban.render;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
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
 * when one of the two changed. The first segment after the head refers back to nothing, so that
 * the head, which names the unit, does not make the body deflate again ({@link Cuts}).
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
    /** Deflate looks back 32 KiB at most. */
    private static final int WINDOW = 32 * 1024;

    /** The pieces of a segment and of the one before it, as they were last deflated, and the segment's deflated bytes. */
    private record Deflated(byte[][] pieces, byte[] data) {
        boolean holds(byte[][] pieces, int from) {
            return same(this.pieces, pieces, from);
        }
    }

    /** The pieces of the whole part as they were last zipped, and the part so zipped. */
    private record Whole(byte[][] pieces, DocxPackage.Zipped zipped) {
        boolean holds(byte[][] pieces) {
            return pieces.length == this.pieces.length && same(this.pieces, pieces, 0);
        }
    }

    /** Whether the pieces from {@code from} on are the known ones, the same arrays or equal bytes. */
    private static boolean same(byte[][] known, byte[][] pieces, int from) {
        for (int i = 0; i < known.length; i++) {
            byte[] now = pieces[from + i];
            if (now != known[i] && !Arrays.equals(now, known[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where each segment starts, and the piece count last. */
    private final int[] starts;
    private final AtomicReferenceArray<Deflated> last;
    private final AtomicReference<Whole> lastWhole = new AtomicReference<>();
    private final LongAdder deflations = new LongAdder();

    /**
     * Where a part is cut, counted in its constant bytes (the templates' markup), before slots.
     * The cuts must not depend on the document that came first, so a slot's bytes do not count;
     * and in the header and closing, where the leaves are a unit's names and numbers, the markup
     * is most of the bytes.
     *
     * <p>A document of a batch names its unit near its start (issuing body, number, place and
     * date, the first paragraphs) and near its end (the signer, the recipients): the first
     * {@code head} and the last {@code tail} markup bytes are segments of their own, and the body
     * between is cut every {@code body} markup bytes. A segment refers back into the segment
     * before it (its preset dictionary), so it is deflated again when that one changed too, except
     * the first after the head, which refers back to nothing: the head changes in every document,
     * the body after it seldom. A part with less markup than head and tail together is one
     * segment.
     */
    record Cuts(int head, int body, int tail) {

        /**
         * For the bundled templates' parts, of the cuts tried over every commune with the Hải Dương
         * and Cẩm Ngọc plans (docs/engineering.md, "Fourth round"): a document deflates less than
         * half of what the cuts before deflated again (Cẩm Ngọc 7.6 of 17.0 KB), for packages at
         * most 6 % larger.
         */
        static final Cuts DOCUMENTS = new Cuts(2500, 3000, 2500);

        boolean whole(int markup) {
            return markup < head + tail;
        }
    }

    SegmentedDeflate(SlotTokens.Piece[] pieces, Cuts cuts) {
        int markup = 0;
        for (SlotTokens.Piece piece : pieces) {
            markup += markup(piece);
        }
        boolean whole = cuts.whole(markup);
        int tailStart = markup - cuts.tail();
        int[] bounds = new int[pieces.length + 1];
        int count = 0;
        int position = 0;
        int lastCut = 0;
        for (int i = 0; i < pieces.length; i++) {
            boolean cut = i == 0 || !whole && pieces[i].isSlot() && (count == 1 ? position >= cuts.head()
                    : lastCut < tailStart && (position >= tailStart || position - lastCut >= cuts.body()));
            if (cut) {
                bounds[count++] = i;
                lastCut = position;
            }
            position += markup(pieces[i]);
        }
        bounds[count++] = pieces.length;
        this.starts = Arrays.copyOf(bounds, pieces.length == 0 ? 1 : count);
        this.last = new AtomicReferenceArray<>(starts.length - 1);
    }

    private static int markup(SlotTokens.Piece piece) {
        return piece.isSlot() ? 0 : piece.constant().length;
    }

    /** The part whose bytes are these pieces in order, as the zip stores it. */
    DocxPackage.Zipped zipped(String name, byte[][] pieces) {
        Whole whole = lastWhole.get();
        if (whole != null && whole.holds(pieces)) {
            // A part no leaf of this document changed (styles, settings, most headers): its bytes,
            // CRC and all, are the last document's.
            return whole.zipped();
        }
        DocxPackage.Zipped zipped = zip(name, pieces);
        lastWhole.set(new Whole(pieces, zipped));
        return zipped;
    }

    private DocxPackage.Zipped zip(String name, byte[][] pieces) {
        CRC32 crc = new CRC32();
        int size = 0;
        for (byte[] piece : pieces) {
            crc.update(piece);
            size += piece.length;
        }
        byte[][] data = new byte[starts.length][];
        int length = FINAL_EMPTY_BLOCK.length;
        for (int s = 0; s < starts.length - 1; s++) {
            int dictionary = s <= 1 ? starts[s] : starts[s - 1];
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
            deflater.setDictionary(lastBytes(pieces, dictionary, from, WINDOW));
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

    /** The last {@code most} bytes of the pieces [from, to), or all of them when fewer. */
    private static byte[] lastBytes(byte[][] pieces, int from, int to, int most) {
        byte[] last = new byte[Math.min(most, length(pieces, from, to))];
        int at = last.length;
        for (int i = to - 1; i >= from && at > 0; i--) {
            int take = Math.min(at, pieces[i].length);
            System.arraycopy(pieces[i], pieces[i].length - take, last, at - take, take);
            at -= take;
        }
        return last;
    }

    private static byte[] roomFor(byte[] out, int written) {
        return written < out.length ? out : Arrays.copyOf(out, out.length * 2);
    }
}
