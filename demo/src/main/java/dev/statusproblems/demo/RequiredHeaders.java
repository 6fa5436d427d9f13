package dev.statusproblems.demo;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.StatusHeader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The header fields the demo's echo endpoints send with a status, as an application must: every one
 * that HTTP requires of it ({@code Allow} with 405, {@code WWW-Authenticate} with 401,
 * {@code Proxy-Authenticate} with 407, {@code Upgrade} with 426, {@code Content-Range} with 206 and
 * 416) and {@code Retry-After} where the status admits one, with values that fit the demo.
 */
final class RequiredHeaders {

    private RequiredHeaders() {
    }

    /**
     * The fields for {@code code} (200–599), for a body of {@code contentLength} bytes and a resource
     * that answers {@code allowedMethods}.
     */
    static Map<String, String> of(int code, int contentLength, String allowedMethods) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (StatusHeader header : HttpStatus.of(code).headers()) {
            String value = value(header.name(), code, contentLength, allowedMethods);
            if (value != null && (header.requirement() != StatusHeader.Requirement.MAY
                    || header.name().equals("Retry-After"))) {
                fields.put(header.name(), value);
            }
        }
        return fields;
    }

    private static String value(String name, int code, int contentLength, String allowedMethods) {
        switch (name) {
            case "Allow":
                return allowedMethods;
            case "WWW-Authenticate":
                return "Bearer realm=\"demo\"";
            case "Proxy-Authenticate":
                return "Basic realm=\"demo proxy\"";
            case "Upgrade":
                return code == 426 ? "HTTP/3.0" : null; // a 101 would have to switch for real
            case "Content-Range":
                return code == 206 ? "bytes 0-" + (contentLength - 1) + "/" + contentLength : "bytes */0";
            case "Retry-After":
                return "120";
            default:
                return null; // Location: the endpoints set it themselves
        }
    }
}
