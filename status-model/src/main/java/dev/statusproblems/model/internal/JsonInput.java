package dev.statusproblems.model.internal;

import dev.statusproblems.model.ProblemFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A strict JSON text (RFC 8259) read as tokens straight from its UTF-8 bytes, for the problem+json
 * reader. Working on the bytes spares a JSON-P parser's decoding to characters and its String per
 * member name: the names RFC 9457 defines are matched on the bytes. Strict: no comments, trailing
 * commas, leading zeros or control characters in strings; {@code \}{@code uXXXX} escapes are taken as
 * UTF-16 units, so a pair makes one character. A malformed UTF-8 sequence in a string reads as U+FFFD,
 * as a decoding reader would have it; outside strings it is refused.
 */
public final class JsonInput {

    /** How deeply a value read only to be shown in a message ({@link #tree()}) may nest. */
    private static final int MAX_TREE_DEPTH = 1000;

    /** The bytes a string holds as they are and that need no decoding: ASCII but controls, quote, backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int b = 0x20; b < 0x80; b++) {
            PLAIN[b] = b != '"' && b != '\\';
        }
    }

    private final byte[] bytes;
    private final int end;
    private int pos;
    private String name;

    private JsonInput(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
    }

    /**
     * What {@code reader} makes of all of {@code in}, closed afterwards, read into this thread's
     * reused buffer.
     *
     * @throws Text.DocumentTooLargeException past {@link Text#MAX_DOCUMENT_BYTES} bytes
     */
    public static <T> T read(InputStream in, Function<JsonInput, T> reader) throws IOException {
        Utf8Buffer buffer = Utf8Buffer.forThisThread();
        try (InputStream source = in) {
            buffer.readFrom(source);
            return reader.apply(new JsonInput(buffer.bytes, buffer.size));
        } finally {
            buffer.release();
        }
    }

    /** The next significant byte, not consumed, or -1 at the end. */
    public int peek() {
        while (pos < end) {
            byte b = bytes[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b & 0xFF;
            }
            pos++;
        }
        return -1;
    }

    /** Consumes {@code c}, the next significant byte. */
    public void expect(char c) {
        if (peek() != c) {
            throw unexpected("'" + c + "'");
        }
        pos++;
    }

    /** Whether an object or array has a first member or item; consumes {@code close} if not. */
    public boolean first(char close) {
        if (peek() == close) {
            pos++;
            return false;
        }
        return true;
    }

    /** Whether another member or item follows (consuming the comma), or {@code close} (consuming it). */
    public boolean more(char close) {
        int b = peek();
        if (b == ',') {
            pos++;
            return true;
        }
        if (b == close) {
            pos++;
            return false;
        }
        throw unexpected("',' or '" + close + "'");
    }

    /** Checks that nothing but white space follows the value read. */
    public void end() {
        if (peek() != -1) {
            throw unexpected("the end of the document");
        }
    }

    /**
     * Reads a member name and its colon: {@link Members#STATUS} to {@link Members#INSTANCE} for a
     * member RFC 9457 defines, else -1 with the name in
     * {@link #lastName()}.
     */
    public int name() {
        if (peek() != '"') {
            throw unexpected("a member name");
        }
        int start = pos + 1;
        int i = plain(start);
        if (i < end && bytes[i] == '"') {
            int d = Members.defined(bytes, start, i);
            if (d >= 0) {
                pos = i + 1;
                expect(':');
                return d;
            }
        }
        name = string(); // escaped or not ASCII: may still spell a defined name
        expect(':');
        return Members.defined(name);
    }

    /** The name {@link #name()} read last, when it was not one RFC 9457 defines. */
    public String lastName() {
        return name;
    }

    /** Reads a string. */
    public String string() {
        if (peek() != '"') {
            throw unexpected("a string");
        }
        int start = ++pos;
        int i = plain(start);
        if (i < end && bytes[i] == '"') {
            pos = i + 1;
            return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
        }
        return escapedOrNonAscii(start);
    }

    /** The index of the first byte from {@code i} that is not ASCII a string holds as it is. */
    private int plain(int i) {
        while (i < end && PLAIN[bytes[i] & 0xFF]) {
            i++;
        }
        return i;
    }

    private String escapedOrNonAscii(int start) {
        StringBuilder s = new StringBuilder();
        int run = start; // the bytes since the last escape, decoded together
        for (int i = start; ; i++) {
            if (i >= end) {
                pos = i;
                throw unexpected("'\"'");
            }
            int b = bytes[i] & 0xFF;
            if (b == '"' || b == '\\') {
                s.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
                if (b == '"') {
                    pos = i + 1;
                    return s.toString();
                }
                i = escape(s, i);
                run = i + 1;
            } else if (b < 0x20) {
                pos = i;
                throw unexpected("a character of a string (a control character must be escaped)");
            }
        }
    }

    /** Appends the escape at {@code i}, a backslash; returns the index of its last byte. */
    private int escape(StringBuilder s, int i) {
        if (i + 1 >= end) {
            pos = end;
            throw unexpected("an escape");
        }
        byte e = bytes[i + 1];
        switch (e) {
            case '"': s.append('"'); return i + 1;
            case '\\': s.append('\\'); return i + 1;
            case '/': s.append('/'); return i + 1;
            case 'b': s.append('\b'); return i + 1;
            case 'f': s.append('\f'); return i + 1;
            case 'n': s.append('\n'); return i + 1;
            case 'r': s.append('\r'); return i + 1;
            case 't': s.append('\t'); return i + 1;
            case 'u':
                int unit = 0;
                for (int k = i + 2; k < i + 6; k++) {
                    int digit = k < end ? Character.digit(bytes[k], 16) : -1;
                    if (digit < 0 || bytes[k] < 0) {
                        pos = Math.min(k, end);
                        throw unexpected("a hexadecimal digit of a \\u escape");
                    }
                    unit = unit * 16 + digit;
                }
                s.append((char) unit);
                return i + 5;
            default:
                pos = i + 1;
                throw unexpected("an escape");
        }
    }

    /**
     * Reads a string, number, {@code true}, {@code false} or {@code null} in its canonical form
     * ({@link Members#canonical}): a number with no fraction, once scaled, as the smallest whole
     * type that holds it.
     */
    public Object scalar() {
        int b = peek();
        switch (b) {
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return number();
                }
                throw unexpected("a value");
        }
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (pos + k >= end || bytes[pos + k] != word.charAt(k)) {
                pos += k;
                throw unexpected("'" + word + "'");
            }
        }
        pos += word.length();
    }

    private Object number() {
        int start = pos;
        int i = pos;
        if (bytes[i] == '-') {
            i++;
        }
        int digits = i;
        if (i < end && bytes[i] == '0') {
            i++;
        } else {
            i = digits(i);
        }
        int integerEnd = i;
        boolean fraction = i < end && bytes[i] == '.';
        if (fraction) {
            i = digits(i + 1);
        }
        boolean exponent = i < end && (bytes[i] == 'e' || bytes[i] == 'E');
        if (exponent) {
            i++;
            if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
            }
            i = digits(i);
        }
        pos = i;
        if (!fraction && !exponent && integerEnd - digits <= 18) {
            long value = 0;
            for (int k = digits; k < integerEnd; k++) {
                value = value * 10 + (bytes[k] - '0');
            }
            return Members.integer(bytes[start] == '-' ? -value : value);
        }
        String text = new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
        if (!fraction && !exponent) {
            return Members.integer(new BigInteger(text));
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text);
        } catch (NumberFormatException e) { // an exponent beyond an int: no BigDecimal holds it
            pos = start;
            throw unexpected("a number whose exponent fits in 32 bits");
        }
        return Members.decimal(decimal);
    }

    /** The index after one or more digits from {@code i}. */
    private int digits(int i) {
        int start = i;
        while (i < end && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        if (i == start) {
            pos = i;
            throw unexpected("a digit");
        }
        return i;
    }

    /**
     * Reads any value, to be shown in a message: numbers as {@code BigDecimal}, objects as ordered
     * maps (a repeated name keeps its first place and its last value), names not checked.
     */
    public Object tree() {
        return tree(0);
    }

    private Object tree(int depth) {
        int b = peek();
        if (b != '[' && b != '{') {
            Object scalar = scalar();
            return scalar instanceof Number ? new BigDecimal(scalar.toString()) : scalar;
        }
        if (depth >= MAX_TREE_DEPTH) {
            throw unexpected("a value nested less deeply");
        }
        pos++;
        if (b == '[') {
            List<Object> list = new ArrayList<>();
            if (first(']')) {
                do {
                    list.add(tree(depth + 1));
                } while (more(']'));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        if (first('}')) {
            do {
                String key = string();
                expect(':');
                map.put(key, tree(depth + 1));
            } while (more('}'));
        }
        return map;
    }

    /** Consumes the next significant byte, the start of an object or array. */
    public void open() {
        peek();
        pos++;
    }

    private ProblemFormatException unexpected(String expected) {
        String found = pos >= end ? "the end of the document"
                : bytes[pos] >= 0x20 ? "'" + (char) bytes[pos] + "'"
                : String.format("byte 0x%02x", bytes[pos] & 0xFF);
        return new ProblemFormatException("not a problem document: malformed JSON: expected " + expected
                + " but found " + found + " at byte " + pos);
    }
}
