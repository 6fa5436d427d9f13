package dev.statusproblems.responses;

import dev.statusproblems.model.StatusClass;
import dev.statusproblems.responses.internal.Sources;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The suite's configuration of one application: typed, checked and immutable, read once when the
 * application starts ({@link #read}) and the same for every sender. Every key is a {@link Setting}.
 */
public final class Settings {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");
    private static final Settings DEFAULTS = of(Map.of());

    /** The {@code instance} of a client error. */
    public enum Instance {
        /** The request path as the client sent it, without the query (the default). */
        PATH,
        /** A new {@code urn:uuid:} id. */
        UUID,
        /** No instance. */
        NONE
    }

    /** Where a problem's {@code detail} comes from. */
    public enum Detail {
        /** The application's own message, when it gave one (the 4xx default). */
        MESSAGE,
        /** A fixed text: the status's description for 4xx, the generic server-error text for 5xx (the 5xx default). */
        GENERIC,
        /** No detail. */
        NONE
    }

    /** Who answers an async request that timed out with nobody answering it. */
    public enum AsyncTimeout {
        /** The filter on Undertow (WildFly), which has no error dispatch for it; the container elsewhere. */
        AUTO,
        /** A listener of the filter sends the problem. */
        FILTER,
        /** The container's error dispatch reaches the error page. */
        CONTAINER
    }

    private final boolean jaxrsEnabled;
    private final boolean servletEnabled;
    private final boolean openApiEnabled;
    private final URI typeBase;
    private final Instance instance;
    private final boolean serverErrorDetails;
    private final boolean serverErrorTraceId;
    private final int detailMaxLength;
    private final String cataloguePath;
    private final AsyncTimeout asyncTimeout;
    private final Map<String, Boolean> problems;
    private final Map<String, Detail> details;
    private final Map<String, Duration> retryAfters;
    /** Where a 403 to a client not authenticated is hidden as a 404: path prefixes; {@code "/"} for everywhere. */
    private final List<String> forbiddenHidden;

    private Settings(Map<String, String> values) {
        Map<String, Boolean> problems = new HashMap<>();
        Map<String, Detail> details = new HashMap<>();
        Map<String, Duration> retryAfters = new HashMap<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String key = entry.getKey();
            Optional<Setting> setting = Setting.ofKey(key);
            if (setting.isEmpty()) {
                LOG.log(Level.WARNING, "status-problems: " + key + " is no setting of the suite; it is ignored"
                        + " (the settings: " + java.util.Arrays.toString(Setting.values()) + ")");
            } else if (setting.get() == Setting.STATUS_PROBLEM) {
                problems.put(Setting.statusOf(Setting.STATUS_PROBLEM, key), flag(key, entry.getValue()));
            } else if (setting.get() == Setting.STATUS_DETAIL) {
                details.put(Setting.statusOf(Setting.STATUS_DETAIL, key), choice(key, entry.getValue(), Detail.class));
            } else if (setting.get() == Setting.STATUS_RETRY_AFTER) {
                retryAfters.put(Setting.statusOf(Setting.STATUS_RETRY_AFTER, key), seconds(key, entry.getValue()));
            }
        }
        this.jaxrsEnabled = flag(values, Setting.JAXRS_ENABLED);
        this.servletEnabled = flag(values, Setting.SERVLET_ENABLED);
        this.openApiEnabled = flag(values, Setting.OPENAPI_ENABLED);
        this.typeBase = Optional.ofNullable(values.get(Setting.TYPE_BASE.key())).map(Settings::parseTypeBase).orElse(null);
        this.instance = choice(Setting.INSTANCE.key(), value(values, Setting.INSTANCE), Instance.class);
        this.serverErrorDetails = flag(values, Setting.SERVER_ERROR_DETAILS);
        this.serverErrorTraceId = flag(values, Setting.SERVER_ERROR_TRACE_ID);
        this.detailMaxLength = detailMaxLength(value(values, Setting.DETAIL_MAX_LENGTH));
        this.cataloguePath = cataloguePath(value(values, Setting.CATALOGUE_PATH));
        this.asyncTimeout = choice(Setting.ASYNC_TIMEOUT.key(), value(values, Setting.ASYNC_TIMEOUT), AsyncTimeout.class);
        this.problems = Collections.unmodifiableMap(problems);
        this.details = Collections.unmodifiableMap(details);
        this.retryAfters = Collections.unmodifiableMap(retryAfters);
        this.forbiddenHidden = forbiddenHidden(value(values, Setting.FORBIDDEN_AS_NOT_FOUND));
    }

    /** Every setting at its default. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /**
     * The settings {@code values} give (keys as {@link Setting} names them, e.g.
     * {@code statusproblems.instance}), the others at their defaults; for tests and for applications
     * that configure the suite in code. A key that is no setting is logged and ignored.
     *
     * @throws IllegalArgumentException naming the key and the value, when a value is malformed
     */
    public static Settings of(Map<String, String> values) {
        Map<String, String> trimmed = new HashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                trimmed.put(key.trim(), value.trim());
            }
        });
        return new Settings(trimmed);
    }

    /**
     * The settings of the application whose own parameters are {@code applicationParameters}
     * (servlet context parameters, or a JAX-RS application's properties), read from every source in
     * the order {@link Setting} documents. Call it once per application, with its class loader as
     * the thread's context class loader, as it is while the application starts or answers.
     *
     * @throws IllegalArgumentException naming the key and the value, when a value is malformed
     */
    public static Settings read(Map<String, String> applicationParameters) {
        return of(Sources.read(Objects.requireNonNull(applicationParameters, "applicationParameters")));
    }

    /** Whether the JAX-RS feature registers its providers. */
    public boolean jaxrsEnabled() {
        return jaxrsEnabled;
    }

    /** Whether the servlet filter and the default error page are installed. */
    public boolean servletEnabled() {
        return servletEnabled;
    }

    /** Whether the OpenAPI filter documents the problems. */
    public boolean openApiEnabled() {
        return openApiEnabled;
    }

    /** The configured base of relative problem type URIs, if one is. */
    public Optional<URI> typeBase() {
        return Optional.ofNullable(typeBase);
    }

    /**
     * What relative problem type URIs resolve against in the application at {@code contextPath}
     * ({@code ""} for the root): the configured base, else the application's catalogue,
     * {@code {context path}{catalogue path}/}; none when neither is there.
     */
    public Optional<URI> typeBase(String contextPath) {
        if (typeBase != null) {
            return Optional.of(typeBase);
        }
        if (cataloguePath == null) {
            return Optional.empty();
        }
        String context = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        return Optional.of(URI.create(context + cataloguePath + "/"));
    }

    /** The {@code instance} of a client error. */
    public Instance instance() {
        return instance;
    }

    /** Whether server errors show the exception's message (development only). */
    public boolean serverErrorDetails() {
        return serverErrorDetails;
    }

    /** Whether a server error of a traced request carries its trace id as the member {@code traceId}. */
    public boolean serverErrorTraceId() {
        return serverErrorTraceId;
    }

    /** The longest detail taken from an application's message, in characters. */
    public int detailMaxLength() {
        return detailMaxLength;
    }

    /** The catalogue's path from the context root, without a trailing slash, if there is a catalogue. */
    public Optional<String> cataloguePath() {
        return Optional.ofNullable(cataloguePath);
    }

    /** Who answers an async request that timed out unanswered. */
    public AsyncTimeout asyncTimeout() {
        return asyncTimeout;
    }

    /** Whether an error with {@code status} becomes a problem: 4xx and 5xx unless switched off; never 1xx, 2xx, 3xx. */
    public boolean handles(int status) {
        if (status < 400 || status > 599) {
            return false;
        }
        Boolean set = byStatus(problems, status);
        return set == null || set;
    }

    /** Where the detail of a problem with {@code status} comes from. */
    public Detail detail(int status) {
        Detail set = byStatus(details, status);
        return set != null ? set : StatusClass.of(status) == StatusClass.SERVER_ERROR ? Detail.GENERIC : Detail.MESSAGE;
    }

    /** The {@code Retry-After} to send with an error with {@code status} that the application sent none with, if one is set. */
    public Optional<Duration> retryAfter(int status) {
        return Optional.ofNullable(byStatus(retryAfters, status));
    }

    /**
     * Whether a 403 for {@code path} (from the context root, decoded) to a client that is not
     * authenticated leaves as a 404: the path is, or is under, a configured prefix.
     */
    public boolean hidesForbidden(String path) {
        for (String prefix : forbiddenHidden) {
            if (prefix.equals("/") || path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Settings{instance=" + instance + ", typeBase=" + typeBase + ", cataloguePath=" + cataloguePath
                + ", detailMaxLength=" + detailMaxLength + ", serverErrorDetails=" + serverErrorDetails
                + ", serverErrorTraceId=" + serverErrorTraceId
                + ", problems=" + problems + ", details=" + details + ", retryAfters=" + retryAfters
                + ", forbiddenHidden=" + forbiddenHidden + "}";
    }

    /** What a per-status setting says of {@code status}: its code's ({@code 404}), else its class's ({@code 4xx}), else {@code null}. */
    private static <T> T byStatus(Map<String, T> set, int status) {
        if (set.isEmpty()) {
            return null;
        }
        T byCode = set.get(Integer.toString(status));
        return byCode != null ? byCode : set.get(StatusClass.of(status) == StatusClass.SERVER_ERROR ? "5xx" : "4xx");
    }

    private static String value(Map<String, String> values, Setting setting) {
        return values.getOrDefault(setting.key(), setting.defaultValue());
    }

    private static boolean flag(Map<String, String> values, Setting setting) {
        return flag(setting.key(), value(values, setting));
    }

    private static boolean flag(String key, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        throw malformed(key, value, "is neither true nor false");
    }

    private static <E extends Enum<E>> E choice(String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            StringBuilder names = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
            }
            throw malformed(key, value, "is not one of " + names);
        }
    }

    private static List<String> forbiddenHidden(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.equalsIgnoreCase("true") ? List.of("/") : List.of();
        }
        List<String> prefixes = new ArrayList<>();
        for (String part : value.split(",")) {
            String prefix = part.strip();
            boolean valid = prefix.startsWith("/") && !prefix.contains("//") && prefix.chars().noneMatch(
                    c -> Character.isWhitespace(c) || c == '?' || c == '#' || c == '%' || c == ';');
            if (!valid || prefix.contains("/./") || prefix.contains("/../") || prefix.endsWith("/..")) {
                throw malformed(Setting.FORBIDDEN_AS_NOT_FOUND.key(), value,
                        "is neither true, false nor a list of path prefixes such as /admin, /internal");
            }
            prefixes.add(prefix.length() > 1 && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1)
                    : prefix);
        }
        return List.copyOf(prefixes);
    }

    private static Duration seconds(String key, String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw malformed(key, value, "is not a whole number of seconds, 0 or more");
    }

    private static int detailMaxLength(String value) {
        try {
            int length = Integer.parseInt(value);
            if (length >= 1) {
                return length;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw malformed(Setting.DETAIL_MAX_LENGTH.key(), value, "is not a whole number of 1 or more");
    }

    private static String cataloguePath(String path) {
        if (path.equalsIgnoreCase("none")) {
            return null;
        }
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        boolean valid = trimmed.length() > 1 && trimmed.startsWith("/") && !trimmed.contains("//");
        for (int i = 0; valid && i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-._~".indexOf(c) >= 0;
        }
        if (!valid || trimmed.contains("/./") || trimmed.contains("/../") || trimmed.endsWith("/.")
                || trimmed.endsWith("/..")) {
            throw malformed(Setting.CATALOGUE_PATH.key(), path,
                    "is not a path for the catalogue; use one like /problems, or none to turn it off");
        }
        return trimmed;
    }

    private static URI parseTypeBase(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw malformed(Setting.TYPE_BASE.key(), value, "is not a URI: " + e.getReason());
        }
        if (uri.isOpaque() || uri.getRawQuery() != null || uri.getRawFragment() != null
                || (!uri.isAbsolute() && (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")))) {
            throw malformed(Setting.TYPE_BASE.key(), value, "cannot be a base for type URIs; use an absolute URI"
                    + " or a path, such as https://example.com/problems/ or /problems/");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        // Without the trailing slash, resolution would drop the last segment: .../problems + x = .../x.
        return path.endsWith("/") ? uri : URI.create(uri + "/");
    }

    private static IllegalArgumentException malformed(String key, String value, String fault) {
        return new IllegalArgumentException("status-problems: " + key + " '" + value + "' " + fault);
    }
}
