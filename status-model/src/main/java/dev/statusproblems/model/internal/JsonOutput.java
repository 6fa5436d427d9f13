package dev.statusproblems.model.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A JSON text (RFC 8259) encoded straight to UTF-8 bytes: no per-call writer, encoder or provider,
 * the writing thread's buffer reused ({@link #forThisThread()}), and the constant parts of a
 * document (member names, registered titles) encoded once ({@link #quoted(String)},
 * {@link #rawName(byte[])}). Values are the canonical forms of {@link Members}; an unpaired
 * surrogate, which has no UTF-8 form, is written as U+FFFD.
 */
public final class JsonOutput extends Utf8Buffer {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private boolean first = true;

    /** An empty text with room for {@code capacity} bytes. */
    public JsonOutput(int capacity) {
        super(capacity);
    }

    /** The text is its own buffer: one object per document. */
    private JsonOutput() {
    }

    /** An empty text in this thread's buffer, which {@link #release()} gives back. */
    public static JsonOutput forThisThread() {
        return new JsonOutput();
    }

    /** Gives the buffer back to the thread it came from; the text is not used afterwards. */
    @Override
    public void release() {
        super.release();
    }

    /** {@code s} as a JSON string, quotes included, as UTF-8: to be written by {@link #rawValue(byte[])}. */
    public static byte[] quoted(String s) {
        JsonOutput json = new JsonOutput(s.length() + 2);
        json.string(s);
        return json.toByteArray();
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

    /** Writes a pre-encoded member that follows another: separator, name and value. */
    public JsonOutput rawMember(byte[] encoded) {
        raw(encoded);
        first = false;
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

    /** Writes a member: its name, then its value in its canonical form. */
    public void member(String name, Object value) {
        name(name);
        value(value);
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
            List<?> list = (List<?>) value;
            for (int i = 0, n = list.size(); i < n; i++) { // canonical lists are random access: no iterator
                value(list.get(i));
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

    /** Writes the text to {@code stream}. */
    @Override
    public void writeTo(OutputStream stream) throws IOException {
        super.writeTo(stream);
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
        // locals rather than fields in the loop, which the JIT then keeps in registers; the index into
        // the bytes is the string's plus a constant, so that their bounds are checked once, not per character
        byte[] b = bytes;
        b[size] = '"';
        int start = size + 1;
        int i = 0;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            b[start + i] = (byte) c;
        }
        size = start + i;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                i = nonAscii(s, i);
            } else if (c < 0x20 || c == '"' || c == '\\') {
                escape(c);
            } else {
                ascii(c);
            }
        }
        ascii('"');
    }

    private void digits(long number) {
        if (number == Long.MIN_VALUE) {
            ascii(Long.toString(number));
            return;
        }
        ensure(20);
        byte[] b = bytes;
        long n = number;
        if (n < 0) {
            b[size++] = '-';
            n = -n;
        }
        int start = size;
        int at = start;
        do {
            b[at++] = (byte) ('0' + (n % 10));
            n /= 10;
        } while (n != 0);
        size = at;
        for (int i = start, j = at - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    private void escape(char c) {
        switch (c) {
            case '"': ascii("\\\""); return;
            case '\\': ascii("\\\\"); return;
            case '\n': ascii("\\n"); return;
            case '\r': ascii("\\r"); return;
            case '\t': ascii("\\t"); return;
            case '\b': ascii("\\b"); return;
            case '\f': ascii("\\f"); return;
            default:
                ascii("\\u00");
                ascii((char) HEX[c >> 4]);
                ascii((char) HEX[c & 0xF]);
        }
    }
}
