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
public final class JsonOutput {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final Utf8Buffer out;
    private boolean first = true;

    /** An empty text with room for {@code capacity} bytes. */
    public JsonOutput(int capacity) {
        this.out = new Utf8Buffer(capacity);
    }

    private JsonOutput(Utf8Buffer out) {
        this.out = out;
    }

    /** An empty text in this thread's buffer, which {@link #release()} gives back. */
    public static JsonOutput forThisThread() {
        return new JsonOutput(Utf8Buffer.forThisThread());
    }

    /** Gives the buffer back to the thread it came from; the text is not used afterwards. */
    public void release() {
        out.release();
    }

    /** {@code s} as a JSON string, quotes included, as UTF-8: to be written by {@link #rawValue(byte[])}. */
    public static byte[] quoted(String s) {
        JsonOutput json = new JsonOutput(s.length() + 2);
        json.string(s);
        return json.out.toByteArray();
    }

    /** {@code text} as UTF-8 bytes: a pre-encoded piece of a document. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes a pre-encoded member name, with the separator before it and the colon after it if it needs them. */
    public JsonOutput rawName(byte[] encoded) {
        out.raw(encoded);
        first = true;
        return this;
    }

    /** Writes a pre-encoded member that follows another: separator, name and value. */
    public JsonOutput rawMember(byte[] encoded) {
        out.raw(encoded);
        first = false;
        return this;
    }

    /** Writes a pre-encoded value. */
    public JsonOutput rawValue(byte[] encoded) {
        separate();
        out.raw(encoded);
        first = false;
        return this;
    }

    /** Starts an object. */
    public JsonOutput startObject() {
        separate();
        out.ascii('{');
        first = true;
        return this;
    }

    /** Ends an object. */
    public JsonOutput endObject() {
        out.ascii('}');
        first = false;
        return this;
    }

    /** Writes a member name; the member's value follows. */
    public JsonOutput name(String name) {
        separate();
        string(name);
        out.ascii(':');
        first = true;
        return this;
    }

    /** Writes a value in its canonical form. */
    public JsonOutput value(Object value) {
        separate();
        if (value == null) {
            out.ascii("null");
        } else if (value instanceof String) {
            string((String) value);
        } else if (value instanceof Integer || value instanceof Long) {
            digits(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            out.ascii((Boolean) value ? "true" : "false");
        } else if (value instanceof BigInteger) {
            out.ascii(value.toString());
        } else if (value instanceof BigDecimal) {
            out.ascii(((BigDecimal) value).toString());
        } else if (value instanceof List) {
            out.ascii('[');
            first = true;
            List<?> list = (List<?>) value;
            for (int i = 0, n = list.size(); i < n; i++) { // canonical lists are random access: no iterator
                value(list.get(i));
            }
            out.ascii(']');
        } else {
            out.ascii('{');
            first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                name((String) entry.getKey());
                value(entry.getValue());
            }
            out.ascii('}');
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
    public void writeTo(OutputStream stream) throws IOException {
        out.writeTo(stream);
    }

    /** The text as a string. */
    @Override
    public String toString() {
        return out.toString();
    }

    private void separate() {
        if (!first) {
            out.ascii(',');
        }
        first = false;
    }

    private void string(String s) {
        int length = s.length();
        out.ensure(length + 2);
        // locals rather than fields in the loop, which the JIT then keeps in registers
        byte[] b = out.bytes;
        int at = out.size;
        b[at++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            b[at++] = (byte) c;
        }
        out.size = at;
        for (; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                i = out.nonAscii(s, i);
            } else if (c < 0x20 || c == '"' || c == '\\') {
                escape(c);
            } else {
                out.ascii(c);
            }
        }
        out.ascii('"');
    }

    private void digits(long number) {
        if (number == Long.MIN_VALUE) {
            out.ascii(Long.toString(number));
            return;
        }
        out.ensure(20);
        byte[] b = out.bytes;
        long n = number;
        if (n < 0) {
            b[out.size++] = '-';
            n = -n;
        }
        int start = out.size;
        int at = start;
        do {
            b[at++] = (byte) ('0' + (n % 10));
            n /= 10;
        } while (n != 0);
        out.size = at;
        for (int i = start, j = at - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
    }

    private void escape(char c) {
        switch (c) {
            case '"': out.ascii("\\\""); return;
            case '\\': out.ascii("\\\\"); return;
            case '\n': out.ascii("\\n"); return;
            case '\r': out.ascii("\\r"); return;
            case '\t': out.ascii("\\t"); return;
            case '\b': out.ascii("\\b"); return;
            case '\f': out.ascii("\\f"); return;
            default:
                out.ascii("\\u00");
                out.ascii((char) HEX[c >> 4]);
                out.ascii((char) HEX[c & 0xF]);
        }
    }
}
