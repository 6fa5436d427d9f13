package dev.statusproblems.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The growing byte array the document writers ({@link JsonOutput}, {@link XmlOutput}) encode UTF-8
 * into, and the JSON reader ({@link JsonInput}) reads a document into. Problems are small and written
 * often, on the error path of every request, so the thread's buffer is reused ({@link #forThisThread()})
 * and nothing else is allocated per document.
 */
final class Utf8Buffer {

    /** Buffers larger than this are not kept for the next document of the thread. */
    private static final int KEPT_CAPACITY = 8192;

    /*
     * A byte[] in a byte[][] of one rather than a Utf8Buffer: JDK types, so that a container's pooled
     * thread holding them keeps no class of the application, and no class loader, alive after an
     * undeployment. The holder is the thread's for good; taking and giving back the bytes are then
     * array stores, not two more lookups in the thread's map.
     */
    private static final ThreadLocal<byte[][]> BUFFERS = new ThreadLocal<>();

    byte[] bytes;
    int size;
    private final byte[][] home; // the thread's holder the bytes go back to, null if they are not pooled

    Utf8Buffer(int capacity) {
        this.bytes = new byte[Math.max(capacity, 16)];
        this.home = null;
    }

    private Utf8Buffer() {
        byte[][] home = BUFFERS.get();
        if (home == null) {
            home = new byte[1][];
            BUFFERS.set(home);
        }
        byte[] buffer = home[0];
        if (buffer == null) {
            buffer = new byte[512];
        } else {
            home[0] = null;
        }
        this.bytes = buffer;
        this.home = home;
    }

    /**
     * An empty buffer, this thread's, which {@link #release()} gives back. While it is taken (e.g. by
     * a stream that writes another problem from within its {@code write}), others get a new one.
     */
    static Utf8Buffer forThisThread() {
        return new Utf8Buffer();
    }

    /** Gives the bytes back to the thread, if they came from there and have not grown too large. */
    void release() {
        if (home != null && bytes.length <= KEPT_CAPACITY) {
            home[0] = bytes;
        }
        bytes = null;
    }

    void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void raw(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }

    void ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
    }

    void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    /**
     * Encodes the character at {@code i} of {@code s}, which is not ASCII: with the next one if they
     * are a surrogate pair, as U+FFFD if it is an unpaired surrogate. Returns the index of the last
     * character used.
     */
    int nonAscii(String s, int i) {
        ensure(4);
        char c = s.charAt(i);
        if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            bytes[size++] = (byte) (0xF0 | (cp >> 18));
            bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            char bmp = Character.isSurrogate(c) ? '\uFFFD' : c;
            bytes[size++] = (byte) (0xE0 | (bmp >> 12));
            bytes[size++] = (byte) (0x80 | ((bmp >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (bmp & 0x3F));
        }
        return i;
    }

    /**
     * Appends all of {@code in}.
     *
     * @throws Text.DocumentTooLargeException past {@link Text#MAX_DOCUMENT_BYTES} bytes
     */
    void readFrom(InputStream in) throws IOException {
        while (true) {
            if (size == bytes.length) {
                ensure(bytes.length);
            }
            int n = in.read(bytes, size, bytes.length - size);
            if (n < 0) {
                return;
            }
            size += n;
            if (size > Text.MAX_DOCUMENT_BYTES) {
                throw new Text.DocumentTooLargeException();
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }
}
