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
        if (text.isEmpty() || text.startsWith("!") || CANNED.matcher(text).matches()
                || RUNTIME_CODE.matcher(text).find() || INTERNAL.matcher(text).find()
                || (requestPath != null && requestPath.length() > 1 && text.contains(requestPath))
                || text.equalsIgnoreCase(HttpStatus.of(status).reasonPhrase())
                || text.contains("not supported by this URL") || text.contains("is not implemented by this servlet")) {
            return null;
        }
        return text;
    }
}
