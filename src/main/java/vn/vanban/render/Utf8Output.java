package vn.vanban.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes UTF-8 straight into a growable byte array, for template output. An
 * OutputStreamWriter over a ByteArrayOutputStream costs an encoder, its buffers and a lock per
 * part; templates write thousands of short strings per document, so that cost showed in
 * profiles. Not thread-safe: one per render. A lone surrogate is written as '?', as the JDK's
 * encoder does.
 */
final class Utf8Output extends Writer {

    /** More than the limit was written; the bytes written stop at the limit. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }

    private final char[] scratch = new char[1024];
    private final int limit;
    private byte[] bytes;
    private int size;
    private char pendingHigh;
    private boolean tooLong;

    Utf8Output(int capacity) {
        this(capacity, Integer.MAX_VALUE - 16);
    }

    /** @param limit the most bytes one part may have; writing more throws {@link TooLong} */
    Utf8Output(int capacity, int limit) {
        this.bytes = new byte[Math.min(capacity, limit)];
        this.limit = limit;
    }

    void reset() {
        size = 0;
        pendingHigh = 0;
        tooLong = false;
    }

    /** Whether more than the limit was written since the last reset. */
    boolean tooLong() {
        return tooLong;
    }

    /** The bytes written since the last reset, as a new array. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            put1('?');
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void write(int c) {
        encode((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * 3 + 4);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh == 0) {
                bytes[size++] = (byte) c;
            } else {
                encode(c);
            }
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        // Copying the chars out in bulk is cheaper than a bounds-checked charAt per char.
        int done = 0;
        while (done < length) {
            int n = Math.min(length - done, scratch.length);
            text.getChars(offset + done, offset + done + n, scratch, 0);
            write(scratch, 0, n);
            done += n;
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    private void encode(char c) {
        ensure(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            put1('?');
        }
        if (c < 0x80) {
            put1(c);
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put1('?');
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void put1(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            if ((long) size + more > limit) {
                tooLong = true;
                throw new TooLong();
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(bytes.length * 2L, size + more)));
        }
    }

    @Override
    public void flush() {
        // Nothing is buffered beyond the array itself.
    }

    @Override
    public void close() {
        // The array stays readable after the template is done.
    }
}
