package vn.vanban.render;

import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.render.SlotTokens.Piece;

/**
 * What a template set writes for every view of one shape, cut at its leaves: each part as
 * constant bytes and slots. Filling the slots with a view's leaves gives the bytes the templates
 * would write for it: a string XML-escaped by FreeMarker's own .ftlx escaping, an int in digits.
 * Each part is deflated in segments ({@link SegmentedDeflate}), so that a document deflates only
 * what differs from the last one. Safe to share between threads.
 */
final class Splice {

    /**
     * A string leaf and its escaped UTF-8 bytes. Most leaves of a batch (the body's paragraphs) are
     * the same text in every document: comparing a text with the last one at its leaf is far
     * cheaper than escaping and encoding it again.
     */
    private record Escaped(String text, byte[] bytes) {
    }

    private final String[] partNames;
    private final Piece[][] parts;
    private final SegmentedDeflate[] deflated;
    /** The int leaves the templates read as numbers (not only printed): the splice holds only where they have these values. */
    private final int[] reads;
    private final int[] readValues;
    /** Per leaf, the last text escaped there. Threads may race on one: each writes a whole record, right for its own text. */
    private final Escaped[] lastEscaped;

    private Splice(String[] partNames, Piece[][] parts, SegmentedDeflate[] deflated, int[] reads, int[] readValues, int leafCount) {
        this.partNames = partNames;
        this.parts = parts;
        this.deflated = deflated;
        this.reads = reads;
        this.readValues = readValues;
        this.lastEscaped = new Escaped[leafCount];
    }

    /**
     * The splice of a sentinel render's parts, or null when a part has a token that does not read
     * back whole.
     *
     * @param reads the int leaves the sentinel render read as numbers
     * @param leaves the leaves of the view it rendered, whose values at {@code reads} the splice keeps
     */
    static Splice cut(List<DocxPackage.Entry> sentinelParts, int[] reads, Object[] leaves) {
        String[] names = new String[sentinelParts.size()];
        Piece[][] parts = new Piece[sentinelParts.size()][];
        for (int p = 0; p < parts.length; p++) {
            List<Piece> pieces = SlotTokens.cut(sentinelParts.get(p).content(), leaves.length);
            if (pieces == null) {
                return null;
            }
            names[p] = sentinelParts.get(p).name();
            parts[p] = pieces.toArray(Piece[]::new);
        }
        int[] values = new int[reads.length];
        for (int i = 0; i < reads.length; i++) {
            values[i] = (Integer) leaves[reads[i]];
        }
        SegmentedDeflate[] deflated = new SegmentedDeflate[parts.length];
        for (int p = 0; p < parts.length; p++) {
            deflated[p] = new SegmentedDeflate(parts[p], SegmentedDeflate.Cuts.DOCUMENTS);
        }
        return new Splice(names, parts, deflated, reads, values, leaves.length);
    }

    /** Whether the splice holds for a view of its shape with these leaves. */
    boolean holdsFor(Object[] leaves) {
        for (int i = 0; i < reads.length; i++) {
            if ((Integer) leaves[reads[i]] != readValues[i]) {
                return false;
            }
        }
        return true;
    }

    /** Every part with the slots filled from the leaves of a view of this shape, as the zip stores it. */
    List<DocxPackage.Zipped> zipped(Object[] leaves) {
        List<DocxPackage.Zipped> zipped = new ArrayList<>(parts.length);
        for (int p = 0; p < parts.length; p++) {
            Piece[] pieces = parts[p];
            byte[][] bytes = new byte[pieces.length][];
            for (int i = 0; i < pieces.length; i++) {
                bytes[i] = bytes(pieces[i], leaves);
            }
            zipped.add(deflated[p].zipped(partNames[p], bytes));
        }
        return zipped;
    }

    private byte[] bytes(Piece piece, Object[] leaves) {
        if (!piece.isSlot()) {
            return piece.constant();
        }
        Object leaf = leaves[piece.leaf()];
        if (leaf instanceof String text) {
            return escaped(piece.leaf(), text);
        }
        return Integer.toString((Integer) leaf).getBytes(StandardCharsets.US_ASCII);
    }

    /** The text escaped as FreeMarker's XML output format escapes it, in UTF-8 as the templates' output encodes it. */
    private byte[] escaped(int leaf, String text) {
        Escaped last = lastEscaped[leaf];
        if (last != null && last.text().equals(text)) {
            return last.bytes();
        }
        Utf8Output out = new Utf8Output(text.length() * 3 + 16);
        try {
            XMLOutputFormat.INSTANCE.output(text, out);
        } catch (IOException | TemplateModelException e) {
            // Utf8Output throws neither; the XML format's escaping has nothing to fail on.
            throw new IllegalStateException(e);
        }
        byte[] bytes = out.toByteArray();
        lastEscaped[leaf] = new Escaped(text, bytes);
        return bytes;
    }
}
