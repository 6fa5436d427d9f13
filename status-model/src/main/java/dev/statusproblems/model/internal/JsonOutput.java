package dev.statusproblems.model.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A JSON text (RFC 8259) encoded straight to UTF-8 bytes. Problems are small and written often, on
 * the error path of every request: one byte array, reused by the thread that writes
 * ({@link #forThisThread()}), no per-call writer, encoder or provider, and the constant parts of a
 * document (member names, registered titles) encoded once ({@link #quoted(String)},
 * {@link #rawName(byte[])}). Values are the canonical forms of {@link Members}; an unpaired
 * surrogate, which has no UTF-8 form, is written as U+FFFD.
 */
public final class JsonOutput {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Buffers larger than this are not kept for the next document of the thread. */
    private static final int KEPT_CAPACITY = 8192;

    /*
     * A byte[] rather than a JsonOutput: a JDK type, so that a container's pooled thread holding it
     * keeps no class of the application, and no class loader, alive after an undeployment.
     */
    private static final ThreadLocal<byte[]> BUFFERS = new ThreadLocal<>();

    private byte[] bytes;
    private int size;
    private boolean first = true;
    private final boolean pooled;

    /** An empty text with room for {@code capacity} bytes. */
    public JsonOutput(int capacity) {
        this.bytes = new byte[Math.max(capacity, 16)];
        this.pooled = false;
    }

    private JsonOutput(byte[] bytes) {
        this.bytes = bytes;
        this.pooled = true;
    }

    /**
     * An empty text in this thread's buffer, which {@link #release()} gives back. While it is taken
     * (e.g. by a stream that writes another problem from within {@code write}), others get a new one.
     */
    public static JsonOutput forThisThread() {
        byte[] buffer = BUFFERS.get();
        if (buffer == null) {
            buffer = new byte[512];
        } else {
            BUFFERS.set(null);
        }
        return new JsonOutput(buffer);
    }

    /** Gives the buffer back to the thread, if it came from there and has not grown too large. */
    public void release() {
        if (pooled && bytes.length <= KEPT_CAPACITY) {
            BUFFERS.set(bytes);
        }
        bytes = null;
    }

    /** {@code s} as a JSON string, quotes included, as UTF-8: to be written by {@link #rawValue(byte[])}. */
    public static byte[] quoted(String s) {
        JsonOutput json = new JsonOutput(s.length() + 2);
        json.string(s);
        return Arrays.copyOf(json.bytes, json.size);
    }

    /** {@code text} as UTF-8 bytes: a pre-encoded piece of a document. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a pre-encoded member name, with the separator before it and the colon after it if it needs them. */
    public JsonOutput rawName(byte[] encoded) {
        raw(encoded);
        first = true;
        return this;
    }

    /** Writes a pre-encoded value. */
    public JsonOutput rawValue(byte[] encoded) {
        separate();
        raw(encoded);
        first = false;
        return this;
    }

    /** Starts an object. */
    public JsonOutput startObject() {
        separate();
        ascii('{');
        first = true;
        return this;
    }

    /** Ends an object. */
    public JsonOutput endObject() {
        ascii('}');
        first = false;
        return this;
    }

    /** Writes a member name; the member's value follows. */
    public JsonOutput name(String name) {
        separate();
        string(name);
        ascii(':');
        first = true;
        return this;
    }

    /** Writes a value in its canonical form. */
    public JsonOutput value(Object value) {
        separate();
        if (value == null) {
            ascii("null");
        } else if (value instanceof String) {
            string((String) value);
        } else if (value instanceof Integer || value instanceof Long) {
            digits(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            ascii((Boolean) value ? "true" : "false");
        } else if (value instanceof BigInteger) {
            ascii(value.toString());
        } else if (value instanceof BigDecimal) {
            ascii(((BigDecimal) value).toString());
        } else if (value instanceof List) {
            ascii('[');
            first = true;
            for (Object item : (List<?>) value) {
                value(item);
            }
            ascii(']');
        } else {
            ascii('{');
            first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                name((String) entry.getKey());
                value(entry.getValue());
            }
            ascii('}');
        }
        first = false;
        return this;
    }

    /** Writes a whole number. */
    public JsonOutput value(long number) {
        separate();
        digits(number);
        first = false;
        return this;
    }

    /** Writes the text to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    /** The text as a string. */
    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    private void separate() {
        if (!first) {
            ascii(',');
        }
        first = false;
    }

    private void string(String s) {
        int length = s.length();
        ensure(length + 2);
        // locals rather than fields in the loop, which the JIT then keeps in registers
        byte[] b = bytes;
        int at = size;
        b[at++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            b[at++] = (byte) c;
        }
        size = at;
        if (i < length) {
            special(s, i);
        }
        ascii('"');
    }

    /** From {@code i} on, where the first character that is not plain ASCII is. */
    private void special(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[size++] = (byte) c; // room for one byte per remaining char is always ensured
                continue;
            }
            ensure(6 + s.length() - i);
            if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
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
        }
    }

    private void raw(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
    }

    private void digits(long number) {
        if (number == Long.MIN_VALUE) {
            ascii(Long.toString(number));
            return;
        }
        ensure(20);
        long n = number;
        if (n < 0) {
            bytes[size++] = '-';
            n = -n;
        }
        int start = size;
        do {
            bytes[size++] = (byte) ('0' + (n % 10));
            n /= 10;
        } while (n != 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    private void escape(char c) {
        bytes[size++] = '\\';
        switch (c) {
            case '"': bytes[size++] = '"'; return;
            case '\\': bytes[size++] = '\\'; return;
            case '\n': bytes[size++] = 'n'; return;
            case '\r': bytes[size++] = 'r'; return;
            case '\t': bytes[size++] = 't'; return;
            case '\b': bytes[size++] = 'b'; return;
            case '\f': bytes[size++] = 'f'; return;
            default:
                bytes[size++] = 'u';
                bytes[size++] = '0';
                bytes[size++] = '0';
                bytes[size++] = HEX[c >> 4];
                bytes[size++] = HEX[c & 0xF];
        }
    }

    private void ascii(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
