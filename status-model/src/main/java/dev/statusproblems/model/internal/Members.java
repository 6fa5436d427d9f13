package dev.statusproblems.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules for extension members: which names they may have and which values, kept in the one
 * canonical form that the JSON and XML codecs write and read back unchanged.
 */
public final class Members {

    /** The members RFC 9457 defines; they cannot be extensions. */
    public static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance");

    /** The numbers the readers give the members RFC 9457 defines ({@link #defined}). */
    public static final int STATUS = 0;
    public static final int TYPE = 1;
    public static final int TITLE = 2;
    public static final int DETAIL = 3;
    public static final int INSTANCE = 4;

    private static final String[] DEFINED = {"status", "type", "title", "detail", "instance"};
    private static final byte[][] DEFINED_BYTES = new byte[DEFINED.length][];

    static {
        for (int d = 0; d < DEFINED.length; d++) {
            DEFINED_BYTES[d] = DEFINED[d].getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** How deeply lists and objects may nest inside one extension value. */
    public static final int MAX_DEPTH = 32;

    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private Members() {
    }

    /**
     * The number ({@link #STATUS} to {@link #INSTANCE}) of the defined member whose name is the
     * bytes from {@code from} to {@code to}, or -1: the readers match names on the bytes, with no
     * String for them.
     */
    public static int defined(byte[] bytes, int from, int to) {
        int d;
        switch (to - from) { // one candidate per length but 6
            case 4: d = TYPE; break;
            case 5: d = TITLE; break;
            case 6: d = bytes[from] == 's' ? STATUS : DETAIL; break;
            case 8: d = INSTANCE; break;
            default: return -1;
        }
        byte[] name = DEFINED_BYTES[d];
        for (int i = 0; i < name.length; i++) {
            if (bytes[from + i] != name[i]) {
                return -1;
            }
        }
        return d;
    }

    /** The number of the defined member named {@code name}, or -1. */
    public static int defined(String name) {
        for (int d = 0; d < DEFINED.length; d++) {
            if (name.equals(DEFINED[d])) {
                return d;
            }
        }
        return -1;
    }

    /** The name of the defined member numbered {@code member}. */
    public static String definedName(int member) {
        return DEFINED[member];
    }

    /**
     * Whether {@code name} can name a member: a letter or underscore, then letters, digits,
     * {@code _}, {@code -} or {@code .} (RFC 9457, Section 3.2, so that it is an XML name too).
     */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!isAsciiLetter(first) && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Checks an extension member's name.
     *
     * @throws IllegalArgumentException naming the member when the name is reserved or invalid
     */
    public static String checkExtensionName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("extension member name must not be null");
        }
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name
                    + "' is a member RFC 9457 defines and cannot be an extension member");
        }
        if (!isValidName(name)) {
            throw new IllegalArgumentException("extension member name '" + name + "' is invalid:"
                    + " it must start with a letter or '_' and hold only letters, digits, '_', '-' and '.'"
                    + " (RFC 9457, Section 3.2)");
        }
        return name;
    }

    /**
     * The canonical form of an extension value: {@code null}, {@code String}, {@code Boolean},
     * {@code Integer}, {@code Long} or {@code BigInteger} for whole numbers (the smallest that holds
     * it; a {@code BigDecimal} of scale 0 is one), {@code BigDecimal} for other numbers, an unmodifiable {@code List} or an unmodifiable,
     * ordered {@code Map} with valid names as keys, of canonical values.
     *
     * @throws IllegalArgumentException naming the member when the value cannot be held
     */
    public static Object canonical(String member, Object value) {
        return canonical(member, value, 0);
    }

    private static Object canonical(String member, Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer) {
            return value;
        }
        if (value instanceof Long || value instanceof Short || value instanceof Byte) {
            return integer(((Number) value).longValue());
        }
        if (value instanceof BigInteger) {
            BigInteger big = (BigInteger) value;
            return big.compareTo(MIN_LONG) >= 0 && big.compareTo(MAX_LONG) <= 0 ? integer(big.longValue()) : big;
        }
        if (value instanceof BigDecimal) {
            // a scale of 0 is written as a whole number, and read back as one
            BigDecimal decimal = (BigDecimal) value;
            return decimal.scale() == 0 ? canonical(member, decimal.unscaledValue(), depth) : decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("extension member '" + member + "' is " + d
                        + ", which a problem document cannot hold");
            }
            return value instanceof Float ? new BigDecimal(value.toString()) : BigDecimal.valueOf(d);
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof URI
                || value instanceof Enum) {
            return value instanceof Enum ? ((Enum<?>) value).name() : value.toString();
        }
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("extension member '" + member + "' nests deeper than "
                    + MAX_DEPTH + " levels");
        }
        if (value instanceof Collection || value instanceof Object[]) {
            Collection<?> items = value instanceof Object[] ? List.of((Object[]) value) : (Collection<?>) value;
            List<Object> list = new ArrayList<>(items.size());
            for (Object item : items) {
                list.add(canonical(member, item, depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Map) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object key = entry.getKey();
                if (!(key instanceof String) || !isValidName((String) key)) {
                    throw new IllegalArgumentException("extension member '" + member + "' holds the key '"
                            + key + "', which is not a valid member name");
                }
                map.put((String) key, canonical(member, entry.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(map);
        }
        throw new IllegalArgumentException("extension member '" + member + "' has a value of type "
                + value.getClass().getName() + "; use a String, Number, Boolean, List, Map or null");
    }

    /** The canonical form of a whole number. */
    public static Object integer(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    /** The canonical form of a whole number read from a document. */
    public static Object integer(BigInteger value) {
        return canonical("", value);
    }

    /**
     * The canonical form of a whole number written in decimal, as {@link BigInteger#BigInteger(String)}
     * reads it; the usual short ASCII one without a BigInteger.
     *
     * @throws NumberFormatException if it is not one
     */
    public static Object integer(String text) {
        int n = text.length();
        int from = n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        if (n == from || n - from > 18) {
            return integer(new BigInteger(text));
        }
        long value = 0;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return integer(new BigInteger(text));
            }
            value = value * 10 + (c - '0');
        }
        return integer(text.charAt(0) == '-' ? -value : value);
    }

    /** The canonical form of a number read from a document: a whole number if its scale is 0. */
    public static Object decimal(BigDecimal value) {
        return value.scale() == 0 ? integer(value.unscaledValue()) : value;
    }
}
