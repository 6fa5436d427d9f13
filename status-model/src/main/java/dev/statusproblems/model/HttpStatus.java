package dev.statusproblems.model;

import dev.statusproblems.model.StatusHeader.Requirement;
import dev.statusproblems.model.internal.StatusTexts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP status code and what HTTP says about it.
 *
 * <p>Every code of the IANA HTTP Status Code Registry is known with its RFC 9110 reason phrase and
 * the specification that defines it. Any other code from 100 to 599 is accepted too: it keeps its
 * own number and behaves as the {@code x00} code of its class, as RFC 9110, Section 15 requires of
 * a recipient that does not recognise it. Instances are immutable and shared; {@link #of(int)}
 * never allocates.
 */
public final class HttpStatus {

    private static final HttpStatus[] ALL = new HttpStatus[500];
    private static final List<HttpStatus> REGISTERED;

    static {
        List<HttpStatus> registered = new ArrayList<>();
        String[][] table = {
            {"100", "Continue", "RFC 9110, Section 15.2.1"},
            {"101", "Switching Protocols", "RFC 9110, Section 15.2.2"},
            {"102", "Processing", "RFC 2518, Section 10.1"},
            {"103", "Early Hints", "RFC 8297"},
            {"200", "OK", "RFC 9110, Section 15.3.1"},
            {"201", "Created", "RFC 9110, Section 15.3.2"},
            {"202", "Accepted", "RFC 9110, Section 15.3.3"},
            {"203", "Non-Authoritative Information", "RFC 9110, Section 15.3.4"},
            {"204", "No Content", "RFC 9110, Section 15.3.5"},
            {"205", "Reset Content", "RFC 9110, Section 15.3.6"},
            {"206", "Partial Content", "RFC 9110, Section 15.3.7"},
            {"207", "Multi-Status", "RFC 4918, Section 11.1"},
            {"208", "Already Reported", "RFC 5842, Section 7.1"},
            {"226", "IM Used", "RFC 3229, Section 10.4.1"},
            {"300", "Multiple Choices", "RFC 9110, Section 15.4.1"},
            {"301", "Moved Permanently", "RFC 9110, Section 15.4.2"},
            {"302", "Found", "RFC 9110, Section 15.4.3"},
            {"303", "See Other", "RFC 9110, Section 15.4.4"},
            {"304", "Not Modified", "RFC 9110, Section 15.4.5"},
            {"305", "Use Proxy", "RFC 9110, Section 15.4.6"},
            {"306", "(Unused)", "RFC 9110, Section 15.4.7"},
            {"307", "Temporary Redirect", "RFC 9110, Section 15.4.8"},
            {"308", "Permanent Redirect", "RFC 9110, Section 15.4.9"},
            {"400", "Bad Request", "RFC 9110, Section 15.5.1"},
            {"401", "Unauthorized", "RFC 9110, Section 15.5.2"},
            {"402", "Payment Required", "RFC 9110, Section 15.5.3"},
            {"403", "Forbidden", "RFC 9110, Section 15.5.4"},
            {"404", "Not Found", "RFC 9110, Section 15.5.5"},
            {"405", "Method Not Allowed", "RFC 9110, Section 15.5.6"},
            {"406", "Not Acceptable", "RFC 9110, Section 15.5.7"},
            {"407", "Proxy Authentication Required", "RFC 9110, Section 15.5.8"},
            {"408", "Request Timeout", "RFC 9110, Section 15.5.9"},
            {"409", "Conflict", "RFC 9110, Section 15.5.10"},
            {"410", "Gone", "RFC 9110, Section 15.5.11"},
            {"411", "Length Required", "RFC 9110, Section 15.5.12"},
            {"412", "Precondition Failed", "RFC 9110, Section 15.5.13"},
            {"413", "Content Too Large", "RFC 9110, Section 15.5.14"},
            {"414", "URI Too Long", "RFC 9110, Section 15.5.15"},
            {"415", "Unsupported Media Type", "RFC 9110, Section 15.5.16"},
            {"416", "Range Not Satisfiable", "RFC 9110, Section 15.5.17"},
            {"417", "Expectation Failed", "RFC 9110, Section 15.5.18"},
            {"418", "(Unused)", "RFC 9110, Section 15.5.19"},
            {"421", "Misdirected Request", "RFC 9110, Section 15.5.20"},
            {"422", "Unprocessable Content", "RFC 9110, Section 15.5.21"},
            {"423", "Locked", "RFC 4918, Section 11.3"},
            {"424", "Failed Dependency", "RFC 4918, Section 11.4"},
            {"425", "Too Early", "RFC 8470, Section 5.2"},
            {"426", "Upgrade Required", "RFC 9110, Section 15.5.22"},
            {"428", "Precondition Required", "RFC 6585, Section 3"},
            {"429", "Too Many Requests", "RFC 6585, Section 4"},
            {"431", "Request Header Fields Too Large", "RFC 6585, Section 5"},
            {"451", "Unavailable For Legal Reasons", "RFC 7725, Section 3"},
            {"500", "Internal Server Error", "RFC 9110, Section 15.6.1"},
            {"501", "Not Implemented", "RFC 9110, Section 15.6.2"},
            {"502", "Bad Gateway", "RFC 9110, Section 15.6.3"},
            {"503", "Service Unavailable", "RFC 9110, Section 15.6.4"},
            {"504", "Gateway Timeout", "RFC 9110, Section 15.6.5"},
            {"505", "HTTP Version Not Supported", "RFC 9110, Section 15.6.6"},
            {"506", "Variant Also Negotiates", "RFC 2295, Section 8.1"},
            {"507", "Insufficient Storage", "RFC 4918, Section 11.5"},
            {"508", "Loop Detected", "RFC 5842, Section 7.2"},
            {"510", "Not Extended", "RFC 2774, Section 7"},
            {"511", "Network Authentication Required", "RFC 6585, Section 6"},
        };
        for (String[] row : table) {
            HttpStatus status = new HttpStatus(Integer.parseInt(row[0]), row[1], row[2], null);
            ALL[status.code - 100] = status;
            registered.add(status);
        }
        for (int code = 100; code < 600; code++) {
            if (ALL[code - 100] == null) {
                HttpStatus base = ALL[code / 100 * 100 - 100];
                ALL[code - 100] = new HttpStatus(code, base.reasonPhrase, base.reference, base);
            }
        }
        REGISTERED = Collections.unmodifiableList(registered);
    }

    private final int code;
    private final String reasonPhrase;
    private final String reference;
    private final HttpStatus behavesAs; // null when registered
    private final List<StatusHeader> headers;

    private HttpStatus(int code, String reasonPhrase, String reference, HttpStatus behavesAs) {
        this.code = code;
        this.reasonPhrase = reasonPhrase;
        this.reference = reference;
        this.behavesAs = behavesAs;
        this.headers = behavesAs == null ? headersOf(code) : behavesAs.headers;
    }

    /**
     * The status for {@code code}.
     *
     * @throws IllegalArgumentException if {@code code} is outside 100–599
     */
    public static HttpStatus of(int code) {
        checkRange(code);
        return ALL[code - 100];
    }

    /** Every code of the IANA registry, in ascending order. */
    public static List<HttpStatus> registered() {
        return REGISTERED;
    }

    static void checkRange(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException(
                    "HTTP status code must be between 100 and 599, but was " + code);
        }
    }

    /** The three-digit code. */
    public int code() {
        return code;
    }

    /** The RFC 9110 reason phrase; for an unregistered code, that of its class's {@code x00}. */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /** The class, from the first digit. */
    public StatusClass statusClass() {
        return StatusClass.values()[code / 100 - 1];
    }

    /** Whether the code is in the IANA HTTP Status Code Registry. */
    public boolean isRegistered() {
        return behavesAs == null;
    }

    /**
     * The registered status this one behaves as: itself when registered, else the {@code x00} of its
     * class (RFC 9110, Section 15).
     */
    public HttpStatus behavesAs() {
        return behavesAs == null ? this : behavesAs;
    }

    /** The specification that defines the code, e.g. {@code RFC 9110, Section 15.5.5}. */
    public String reference() {
        return reference;
    }

    /**
     * Whether a response with this status may carry content: never for 1xx, 204, 205 and 304
     * (RFC 9110, Sections 15.2, 15.3.5, 15.3.6, 15.4.5).
     */
    public boolean allowsContent() {
        int c = behavesAs().code;
        return c >= 200 && c != 204 && c != 205 && c != 304;
    }

    /** The header fields HTTP associates with this status, e.g. {@code Allow} for 405. */
    public List<StatusHeader> headers() {
        return headers;
    }

    /**
     * What a user agent does with the method when following this redirect; empty for a status that
     * does not redirect automatically.
     */
    public Optional<RedirectMethod> redirectMethod() {
        switch (behavesAs().code) {
            case 301:
            case 302:
                return Optional.of(RedirectMethod.MAY_BECOME_GET);
            case 303:
                return Optional.of(RedirectMethod.BECOMES_GET);
            case 307:
            case 308:
                return Optional.of(RedirectMethod.KEPT);
            default:
                return Optional.empty();
        }
    }

    /**
     * Whether a response with this status is heuristically cacheable by default (RFC 9110,
     * Section 15.1). An unregistered code never is: a cache must not store a status it does not
     * recognise.
     */
    public boolean isCacheableByDefault() {
        if (!isRegistered()) {
            return false;
        }
        switch (code) {
            case 200: case 203: case 204: case 206:
            case 300: case 301: case 308:
            case 404: case 405: case 410: case 414: case 451:
            case 501:
                return true;
            default:
                return false;
        }
    }

    /**
     * Whether repeating the same request later may succeed: a timeout, a rate limit, a temporary
     * unavailability or a failed upstream, not a fault in the request.
     */
    public boolean isRetryable() {
        switch (behavesAs().code) {
            case 408: case 421: case 425: case 429:
            case 502: case 503: case 504:
                return true;
            default:
                return false;
        }
    }

    /** The title in {@code locale}'s language, English when that language is not supported. */
    public String title(Locale locale) {
        return StatusTexts.title(behavesAs().code, locale);
    }

    /** A description for developers in {@code locale}'s language, English when not supported. */
    public String description(Locale locale) {
        return StatusTexts.description(behavesAs().code, locale);
    }

    private static List<StatusHeader> headersOf(int code) {
        switch (code) {
            case 101:
            case 426:
                return List.of(new StatusHeader("Upgrade", Requirement.MUST));
            case 201:
            case 300:
                return List.of(new StatusHeader("Location", Requirement.MAY));
            case 206:
                return List.of(new StatusHeader("Content-Range", Requirement.MUST));
            case 301: case 302: case 303: case 307: case 308:
                return List.of(new StatusHeader("Location", Requirement.SHOULD));
            case 401:
                return List.of(new StatusHeader("WWW-Authenticate", Requirement.MUST));
            case 405:
                return List.of(new StatusHeader("Allow", Requirement.MUST));
            case 407:
                return List.of(new StatusHeader("Proxy-Authenticate", Requirement.MUST));
            case 416:
                return List.of(new StatusHeader("Content-Range", Requirement.SHOULD));
            case 413:
            case 429:
            case 503:
                return List.of(new StatusHeader("Retry-After", Requirement.MAY));
            default:
                return List.of();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HttpStatus && ((HttpStatus) other).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /** The status line's code and reason phrase, e.g. {@code 404 Not Found}. */
    @Override
    public String toString() {
        return code + " " + reasonPhrase;
    }
}
