package dev.statusproblems.responses.internal;

import dev.statusproblems.model.HttpStatus;
import java.util.regex.Pattern;

/**
 * Which messages may become a client error's {@code detail}: the application's own, never a
 * runtime's or a container's canned text, a class name, a URL or the request path. The one rule for
 * every sender (JAX-RS mappers, servlet filter).
 */
public final class Details {

    /** "HTTP 404 Not Found": what WebApplicationException says when it was given no message. */
    private static final Pattern CANNED = Pattern.compile("HTTP \\d{3}( .*)?");
    /** Servers' message codes, e.g. "RESTEASY003210: Could not find resource for full path". */
    private static final Pattern RUNTIME_CODE = Pattern.compile("\\b(RESTEASY|UT|WFLY|ISPN|JBREST)\\d{3,}",
            Pattern.CASE_INSENSITIVE);
    /**
     * A qualified class name (org.glassfish.jersey.Foo, java.lang.NumberFormatException) or a URL. Both
     * are looked for ({@code find}), not matched with {@code .*} around them, whose backtracking took a
     * third of a thrown 404's time in the benchmarks' profile.
     */
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$]*\\b|[a-zA-Z][a-zA-Z0-9+.-]*://");

    private Details() {
    }

    /**
     * {@code message}, stripped, if it is the application's own text for an error with {@code status}
     * answering {@code requestPath} ({@code null} when unknown); {@code null} if it is absent or is
     * something the client must not see: a runtime's canned text ("HTTP 404 Not Found",
     * "RESTEASY003210: …", HttpServlet's "not supported by this URL", Jetty's "!role"), the bare
     * reason phrase, a class name, a URL, or the request path.
     */
    public static String applicationMessage(String message, String requestPath, int status) {
        if (message == null) {
            return null;
        }
        String text = message.strip();
        if (text.isEmpty() || text.startsWith("!")
                || (text.startsWith("HTTP ") && CANNED.matcher(text).matches())
                || (mayHoldRuntimeCode(text) && RUNTIME_CODE.matcher(text).find())
                || (mayHoldInternal(text) && INTERNAL.matcher(text).find())
                || (requestPath != null && requestPath.length() > 1 && text.contains(requestPath))
                || text.equalsIgnoreCase(HttpStatus.of(status).reasonPhrase())
                || text.contains("not supported by this URL") || text.contains("is not implemented by this servlet")) {
            return null;
        }
        return text;
    }

    /*
     * What each pattern cannot match without, found in one pass over the characters: most messages have
     * none of it, and looking for a pattern at every position of a message was, even with find, a third
     * of a thrown 404's time on the server in the benchmarks' profile.
     */

    /** Whether a digit follows a letter that ends one of {@link #RUNTIME_CODE}'s prefixes. */
    private static boolean mayHoldRuntimeCode(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                switch (text.charAt(i - 1)) {
                    case 'Y': case 'y': case 'T': case 't': case 'N': case 'n':
                        return true;
                    default:
                        break;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text holds {@code ://} (a URL) or a lower-case letter, digit or underscore, a dot and an
     * upper-case letter (where a qualified class name's simple name begins).
     */
    private static boolean mayHoldInternal(String text) {
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == '.') {
                char before = text.charAt(i - 1);
                char after = text.charAt(i + 1);
                if (after >= 'A' && after <= 'Z'
                        && ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '_')) {
                    return true;
                }
            }
        }
        return text.contains("://");
    }
}
