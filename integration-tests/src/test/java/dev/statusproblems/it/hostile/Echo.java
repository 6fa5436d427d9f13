package dev.statusproblems.it.hostile;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.StatusHeader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What both echo endpoints send with a status: the headers it requires and, for a 2xx with content, a body. */
public final class Echo {

    private Echo() {
    }

    /**
     * The header fields the status model says go with {@code status} (those HTTP requires or
     * recommends, {@code Retry-After} where it may go, a {@code Location} on a redirect), with values
     * that fit the echo; none with a 1xx, which would announce a protocol switch or hints.
     */
    public static Map<String, String> headers(int status) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (status < 200) {
            return headers;
        }
        for (StatusHeader header : HttpStatus.of(status).headers()) {
            boolean sent = header.requirement() != StatusHeader.Requirement.MAY
                    || header.name().equals("Retry-After") || header.name().equals("Location");
            if (sent) {
                headers.put(header.name(), value(header.name(), status));
            }
        }
        return headers;
    }

    private static String value(String name, int status) {
        switch (name) {
            case "WWW-Authenticate":
                return "Bearer realm=\"battery\"";
            case "Allow":
                return "GET, HEAD, OPTIONS";
            case "Proxy-Authenticate":
                return "Basic realm=\"battery\"";
            case "Content-Range":
                int length = body(status).map(String::length).orElse(0);
                return length > 0 ? "bytes 0-" + (length - 1) + "/" + length : "bytes */12";
            case "Upgrade":
                return "HTTP/2.0";
            case "Retry-After":
                return "5";
            case "Location":
                return "/elsewhere";
            default:
                throw new IllegalArgumentException("no echo value for " + name);
        }
    }

    /** The body of a 2xx that may carry content; none for 1xx, 204, 205, 304 and every error. */
    public static Optional<String> body(int status) {
        return status >= 200 && status < 300 && status != 204 && status != 205
                ? Optional.of("echo " + status) : Optional.empty();
    }
}
