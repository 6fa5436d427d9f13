package dev.statusproblems.it.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What both echo endpoints send with a status: the headers it requires and, for a 2xx with content, a body. */
public final class Echo {

    private Echo() {
    }

    /** The headers RFC 9110 requires (or the application is expected to send) with {@code status}. */
    public static Map<String, String> headers(int status) {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (status) {
            case 401:
                headers.put("WWW-Authenticate", "Bearer realm=\"battery\"");
                break;
            case 405:
                headers.put("Allow", "GET, HEAD, OPTIONS");
                break;
            case 407:
                headers.put("Proxy-Authenticate", "Basic realm=\"battery\"");
                break;
            case 416:
                headers.put("Content-Range", "bytes */12");
                break;
            case 426:
                headers.put("Upgrade", "HTTP/2.0");
                break;
            case 429:
            case 503:
                headers.put("Retry-After", "5");
                break;
            default:
                if (status >= 300 && status < 400 && status != 304) {
                    headers.put("Location", "/elsewhere");
                }
                break;
        }
        return headers;
    }

    /** The body of a 2xx that may carry content; none for 1xx, 204, 205, 304 and every error. */
    public static Optional<String> body(int status) {
        return status >= 200 && status < 300 && status != 204 && status != 205
                ? Optional.of("echo " + status) : Optional.empty();
    }
}
