package dev.statusproblems.model.internal;

import java.util.regex.Pattern;

/**
 * Quality values, RFC 9110 §12.4.2: {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )}.
 * A leading dot ({@code .2}) is taken as {@code 0.2}: the JDK's {@code HttpURLConnection} sent it
 * in its default {@code Accept} up to Java 16, and every runtime reads it.
 */
public final class QualityValues {

    private static final Pattern QVALUE = Pattern.compile("(?:0?\\.[0-9]{0,3}|0)|1(?:\\.0{0,3})?");

    private QualityValues() {
    }

    /** The weight {@code value} states, or {@code -1} when it is no quality value. */
    public static double parse(String value) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty() || trimmed.equals(".") || !QVALUE.matcher(trimmed).matches()) {
            return -1;
        }
        return Double.parseDouble(trimmed.startsWith(".") ? "0" + trimmed : trimmed);
    }

    /**
     * Whether every {@code q} parameter in {@code field}, a comma-separated list of elements with
     * {@code ;} parameters as {@code Accept} and its kin hold, has a quality value; {@code true} for
     * {@code null}. Quoted strings are skipped, so a quoted comma or semicolon splits nothing.
     */
    public static boolean wellFormed(String field) {
        if (field == null) {
            return true;
        }
        int start = 0;
        boolean firstOfElement = true;
        boolean quoted = false;
        for (int i = 0; i <= field.length(); i++) {
            char c = i < field.length() ? field.charAt(i) : ',';
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';' || c == ',') {
                if (!firstOfElement && !parameterWellFormed(field.substring(start, i))) {
                    return false;
                }
                firstOfElement = c == ',';
                start = i + 1;
            }
        }
        return !quoted;
    }

    /** Whether {@code parameter}, one {@code name=value} of an element, is no malformed weight. */
    private static boolean parameterWellFormed(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).trim();
        if (!name.equalsIgnoreCase("q")) {
            return true;
        }
        return equals >= 0 && parse(parameter.substring(equals + 1)) >= 0;
    }

    /**
     * The quality of one element of an {@code Accept}-like header, split at {@code ;}: its
     * {@code q} parameter, 1 without one, 0 when it is no quality value.
     */
    public static double of(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i];
            int equals = parameter.indexOf('=');
            if ((equals < 0 ? parameter : parameter.substring(0, equals)).trim().equalsIgnoreCase("q")) {
                return equals < 0 ? 0 : Math.max(0, parse(parameter.substring(equals + 1)));
            }
        }
        return 1;
    }
}
