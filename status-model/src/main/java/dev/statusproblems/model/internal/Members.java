package dev.statusproblems.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
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

    /** How deeply lists and objects may nest inside one extension value. */
    public static final int MAX_DEPTH = 32;

    private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

    private Members() {
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
}
