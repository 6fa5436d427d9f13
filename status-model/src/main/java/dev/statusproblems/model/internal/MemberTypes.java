package dev.statusproblems.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java types a member can be read back into from a problem a client received, and the reading:
 * the reverse of {@link Members#canonical}, strict, so that a value of another kind is named rather
 * than guessed.
 */
public final class MemberTypes {

    private static final Set<Class<?>> SUPPORTED = Set.of(String.class, CharSequence.class, Character.class,
            char.class, URI.class, Boolean.class, boolean.class, Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class, BigDecimal.class, Double.class,
            double.class, Float.class, float.class, Number.class, List.class, Collection.class, Map.class,
            Object.class);

    private MemberTypes() {
    }

    /** Whether a member declared as {@code type} can be set from a problem's extension value. */
    public static boolean isSupported(Class<?> type) {
        return SUPPORTED.contains(type) || type.isEnum();
    }

    /**
     * The canonical extension {@code value} as a {@code type}; {@code null} becomes the type's default
     * ({@code 0}, {@code false}, {@code null}).
     *
     * @throws IllegalArgumentException naming the member when the value is not of that kind or does
     *     not fit
     */
    public static Object convert(String member, Object value, Class<?> type) {
        if (value == null) {
            return defaultValue(type);
        }
        Object converted = convertOrNull(value, type);
        if (converted == null) {
            throw new IllegalArgumentException("member '" + member + "' is declared " + type.getName()
                    + ", but the problem holds " + describe(value));
        }
        return converted;
    }

    private static Object convertOrNull(Object value, Class<?> type) {
        if (type == Object.class) {
            return value;
        }
        if (type == String.class || type == CharSequence.class) {
            return value instanceof String ? value : null;
        }
        if (type == char.class || type == Character.class) {
            return value instanceof String && ((String) value).length() == 1 ? ((String) value).charAt(0) : null;
        }
        if (type == URI.class) {
            return value instanceof String ? uri((String) value) : null;
        }
        if (type.isEnum()) {
            return value instanceof String ? constant(type, (String) value) : null;
        }
        if (type == boolean.class || type == Boolean.class) {
            return value instanceof Boolean ? value : null;
        }
        if (type == List.class || type == Collection.class) {
            return value instanceof List ? value : null;
        }
        if (type == Map.class) {
            return value instanceof Map ? value : null;
        }
        if (!(value instanceof Number)) {
            return null;
        }
        return number((Number) value, type);
    }

    private static Object number(Number value, Class<?> type) {
        if (type == Number.class || type == BigDecimal.class) {
            return type == Number.class ? value : decimal(value);
        }
        if (type == double.class || type == Double.class) {
            return value.doubleValue();
        }
        if (type == float.class || type == Float.class) {
            return value.floatValue();
        }
        BigInteger whole;
        try {
            whole = decimal(value).toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            return null;
        }
        if (type == BigInteger.class) {
            return whole;
        }
        try {
            if (type == long.class || type == Long.class) {
                return whole.longValueExact();
            }
            if (type == int.class || type == Integer.class) {
                return whole.intValueExact();
            }
            if (type == short.class || type == Short.class) {
                return whole.shortValueExact();
            }
            return whole.byteValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    private static BigDecimal decimal(Number value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return value instanceof BigInteger ? new BigDecimal((BigInteger) value) : BigDecimal.valueOf(value.longValue());
    }

    private static URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Object constant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return type == byte.class ? (Object) (byte) 0 : (Object) 0;
    }

    private static String describe(Object value) {
        if (value instanceof String) {
            return "the string \"" + Text.abbreviate((String) value, 40) + "\"";
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        if (value instanceof Boolean) {
            return "the boolean " + value;
        }
        return value instanceof List ? "a list" : "an object";
    }
}
