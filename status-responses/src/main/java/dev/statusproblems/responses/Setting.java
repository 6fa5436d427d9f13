package dev.statusproblems.responses;

import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key of the suite, in one place. A key is read, once per application, from the
 * first of these sources that has it:
 * <ol>
 * <li>a JVM system property;</li>
 * <li>MicroProfile Config, where the server has it (its own sources: environment variables,
 *     {@code META-INF/microprofile-config.properties}, ...);</li>
 * <li>the application's own parameters: servlet context parameters ({@code web.xml}), which the JAX-RS
 *     mappers of the same application read too, or the properties of a JAX-RS application that runs
 *     without a servlet container;</li>
 * <li>the default.</li>
 * </ol>
 * A malformed value fails the application's deployment with a message naming the key and the value.
 */
public enum Setting {

    /** Whether the JAX-RS feature registers its providers. */
    JAXRS_ENABLED("jaxrs.enabled", "true", "true, false",
            "Whether the JAX-RS mappers answer errors; read as the JAX-RS application starts, so not from web.xml"),
    /** Whether the servlet filter and the default error page are installed. */
    SERVLET_ENABLED("servlet.enabled", "true", "true, false",
            "Whether the servlet filter and the default error page answer errors"),
    /** What relative problem type URIs resolve against. */
    TYPE_BASE("type-base", "", "an absolute URI or a path ending in /",
            "What relative problem type URIs resolve against; unset, the application's catalogue"),
    /** The {@code instance} of a client error. */
    INSTANCE("instance", "path", "path, uuid, none",
            "The instance of a 4xx: the request path, a new urn:uuid id, or none"),
    /** Whether a server error shows its exception's message (development only). */
    SERVER_ERROR_DETAILS("server-error-details", "false", "true, false",
            "Whether a 5xx shows its exception's message as detail (development only)"),
    /** Whether a server error carries the trace id of its request, for its user to quote. */
    SERVER_ERROR_TRACE_ID("server-error-trace-id", "false", "true, false",
            "Whether a 5xx carries the trace id of its request as the member traceId, where OpenTelemetry traces it"),
    /** The longest detail taken from an application's message. */
    DETAIL_MAX_LENGTH("detail-max-length", "512", "a whole number, 1 or more",
            "The longest detail taken from an application's message, in characters"),
    /** Where the problem catalogue is served. */
    CATALOGUE_PATH("catalogue-path", "/problems", "a path, or none",
            "Where the problem catalogue is served; none turns it off"),
    /** Who answers an async request that timed out unanswered. */
    ASYNC_TIMEOUT("servlet.async-timeout", "auto", "auto, filter, container",
            "Who answers an async request that timed out: the filter on Undertow, the container elsewhere (auto)"),
    /** Whether the OpenAPI filter documents the problems. */
    OPENAPI_ENABLED("openapi.enabled", "true", "true, false",
            "Whether the OpenAPI filter documents the problems of every operation"),
    /** Where a 403 to a client that is not authenticated leaves as a 404, hiding the resource. */
    FORBIDDEN_AS_NOT_FOUND("forbidden-as-not-found", "false", "true, false, or path prefixes such as /admin, /internal",
            "Whether a 403 to a client that is not authenticated leaves as a 404, to hide the resource: everywhere,"
                    + " or under these paths from the context root"),
    /** Whether errors with one status, or one class of statuses, become problems. */
    STATUS_PROBLEM("<status>.problem", "true", "true, false",
            "Whether errors with this status (404) or class (4xx) become problems; false leaves them alone"),
    /** Where the detail of problems with one status, or one class of statuses, comes from. */
    STATUS_DETAIL("<status>.detail", "message (4xx), generic (5xx)", "message, generic, none",
            "Where the detail comes from: the application's message, a fixed text, or nowhere"),
    /** The {@code Retry-After} of errors with one status, or one class, that the application sent none with. */
    STATUS_RETRY_AFTER("<status>.retry-after", "", "a whole number of seconds, 0 or more",
            "The Retry-After sent with this status (503) or class when the application sent none; unset, none");

    /** The prefix of every key. */
    public static final String PREFIX = "statusproblems.";

    private static final String STATUS = "<status>";

    private final String key;
    private final String defaultValue;
    private final String accepted;
    private final String description;

    Setting(String name, String defaultValue, String values, String description) {
        this.key = PREFIX + name;
        this.defaultValue = defaultValue;
        this.accepted = values;
        this.description = description;
    }

    /**
     * The key, e.g. {@code statusproblems.instance}; for a per-status setting it holds
     * {@code <status>}, which stands for a code ({@code 404}) or a class ({@code 4xx}).
     */
    public String key() {
        return key;
    }

    /** The key for {@code status}, a code ({@code 404}) or a class ({@code 4xx}), of a per-status setting. */
    public String key(String status) {
        if (!perStatus()) {
            throw new IllegalStateException(key + " is not set per status");
        }
        return key.replace(STATUS, status);
    }

    /** Whether the key is set per status code or class. */
    public boolean perStatus() {
        return key.contains(STATUS);
    }

    /** The value when none is set, as the documentation states it; empty for none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The values it accepts, as the documentation states them. */
    public String accepted() {
        return accepted;
    }

    /** What it does. */
    public String description() {
        return description;
    }

    /** The setting {@code key} is a key of, if it is one. */
    public static Optional<Setting> ofKey(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (Setting setting : values()) {
            if (setting.perStatus() ? statusOf(setting, key) != null : setting.key.equals(key)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }

    /** The status ({@code 404} or {@code 4xx}) of a per-status {@code key}, or {@code null}. */
    static String statusOf(Setting setting, String key) {
        String suffix = setting.key.substring(setting.key.indexOf(STATUS) + STATUS.length());
        if (!key.endsWith(suffix) || key.length() <= PREFIX.length() + suffix.length()) {
            return null;
        }
        String status = key.substring(PREFIX.length(), key.length() - suffix.length()).toLowerCase(Locale.ROOT);
        boolean code = status.length() == 3 && status.charAt(0) >= '4' && status.charAt(0) <= '5'
                && Character.isDigit(status.charAt(1)) && Character.isDigit(status.charAt(2));
        boolean statusClass = status.equals("4xx") || status.equals("5xx");
        return code || statusClass ? status : null;
    }
}
