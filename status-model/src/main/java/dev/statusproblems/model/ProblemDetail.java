package dev.statusproblems.model;

import dev.statusproblems.model.internal.Members;
import dev.statusproblems.model.internal.Text;
import dev.statusproblems.model.internal.TypeUris;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An RFC 9457 problem details object: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance} and extension members in the order they were added.
 *
 * <p>Immutable. Built with {@link #builder(int)}; when {@code type} is {@code about:blank} and no
 * title is given, the title is the status's reason phrase, "as the problem type has no semantics
 * beyond that of the HTTP status code" (RFC 9457, Section 4.2.1).
 */
public final class ProblemDetail {

    /** The default problem type (RFC 9457, Section 4.2.1). */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    /** The member names RFC 9457 defines, which extension members cannot take. */
    public static final Set<String> RESERVED_MEMBERS = Members.RESERVED;

    private final URI type;
    private final String title;
    private final HttpStatus status;
    private final String detail;
    private final URI instance;
    private final Map<String, Object> extensions;
    private final Map<String, Object> members; // the extensions unwrapped, for this package's codecs to walk

    private ProblemDetail(Builder builder) {
        this(builder.status, builder.type,
                builder.title != null ? builder.title : builder.status.title(builder.language), builder.detail,
                builder.instance, new LinkedHashMap<>(builder.extensions));
    }

    private ProblemDetail(HttpStatus status, URI type, String title, String detail, URI instance,
            Map<String, Object> extensions) {
        this.type = type;
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.instance = instance;
        this.extensions = Collections.unmodifiableMap(extensions);
        this.members = extensions;
    }

    /**
     * A problem a codec read: {@code status} 0 if the document had none, which {@code responseStatus}
     * (0: none) then stands for; {@code type} and {@code title} as for a builder when {@code null};
     * {@code extensions} checked and canonical already, and kept, not copied: no one else may hold it.
     *
     * @throws ProblemFormatException if there is no status, or {@code type} or {@code instance} is not
     *     a URI reference
     */
    static ProblemDetail read(int status, int responseStatus, String type, String title, String detail,
            String instance, LinkedHashMap<String, Object> extensions) {
        if (status == 0 && responseStatus == 0) {
            throw new ProblemFormatException("not a problem document: it has no 'status' member");
        }
        HttpStatus httpStatus = HttpStatus.of(status != 0 ? status : responseStatus);
        return new ProblemDetail(httpStatus, type != null ? readUri("type", type) : ABOUT_BLANK,
                title != null ? title : httpStatus.title(Languages.DEFAULT), detail,
                instance != null ? readUri("instance", instance) : null, extensions);
    }

    private static URI readUri(String member, String value) {
        try {
            return member.equals("type") ? TypeUris.parse(value) : new URI(value);
        } catch (URISyntaxException e) {
            throw new ProblemFormatException("not a problem document: member '" + member
                    + "' must be a URI reference, but was '" + Text.abbreviate(value, 60) + "'");
        }
    }

    /**
     * A builder for a problem with {@code status}.
     *
     * @throws IllegalArgumentException if {@code status} is outside 100–599
     */
    public static Builder builder(int status) {
        return new Builder(HttpStatus.of(status));
    }

    /** A builder for a problem with {@code status}. */
    public static Builder builder(HttpStatus status) {
        return new Builder(Objects.requireNonNull(status, "status"));
    }

    /** A builder holding everything this problem holds. */
    public Builder toBuilder() {
        Builder builder = new Builder(status).type(type).title(title);
        builder.detail = detail;
        builder.instance = instance;
        builder.extensions.putAll(extensions);
        return builder;
    }

    /** The problem type, a URI reference; {@code about:blank} by default. */
    public URI type() {
        return type;
    }

    /** A short, human-readable summary of the problem type. */
    public String title() {
        return title;
    }

    /** The HTTP status code. */
    public int status() {
        return status.code();
    }

    /** The HTTP status, with what HTTP says about it. */
    public HttpStatus httpStatus() {
        return status;
    }

    /** The explanation specific to this occurrence, if any. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The URI reference of this occurrence, if any. */
    public Optional<URI> instance() {
        return Optional.ofNullable(instance);
    }

    /**
     * The extension members in the order they were added, unmodifiable. Values are {@code null},
     * {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code BigInteger},
     * {@code BigDecimal}, {@code List} or {@code Map} of these.
     */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The extension members, not wrapped: to be read only, and without an entry wrapper per member. */
    Map<String, Object> members() {
        return members;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProblemDetail)) {
            return false;
        }
        ProblemDetail that = (ProblemDetail) other;
        return type.equals(that.type) && title.equals(that.title) && status.equals(that.status)
                && Objects.equals(detail, that.detail) && Objects.equals(instance, that.instance)
                && List.copyOf(extensions.entrySet()).equals(List.copyOf(that.extensions.entrySet()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, status, detail, instance, extensions);
    }

    @Override
    public String toString() {
        return "ProblemDetail{type=" + type + ", title=" + title + ", status=" + status.code()
                + (detail != null ? ", detail=" + detail : "")
                + (instance != null ? ", instance=" + instance : "")
                + (extensions.isEmpty() ? "" : ", extensions=" + extensions) + "}";
    }

    /** Builds a {@link ProblemDetail}. Not thread-safe; each {@link #build()} returns a new value. */
    public static final class Builder {

        /** IMF-fixdate, the HTTP-date senders must write (RFC 9110 §5.6.7). */
        private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
                .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

        private final HttpStatus status;
        private final Map<String, Object> extensions = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private URI type = ABOUT_BLANK;
        private String title;
        private String detail;
        private URI instance;
        private Locale language = Languages.DEFAULT;

        private Builder(HttpStatus status) {
            this.status = status;
        }

        /** The problem type, a URI reference; {@code about:blank} when not set. */
        public Builder type(URI type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * The problem type, a URI reference.
         *
         * @throws IllegalArgumentException naming {@code type} if it is not a URI reference
         */
        public Builder type(String type) {
            return type(uri("type", type));
        }

        /** The title; by default the status's title in the {@linkplain #language language}. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The detail of this occurrence; {@code null} for none. */
        public Builder detail(String detail) {
            this.detail = detail;
            return this;
        }

        /** The detail of this occurrence, formatted with {@link String#format(Locale, String, Object...)}. */
        public Builder detail(String format, Object... args) {
            this.detail = String.format(Locale.ROOT, Objects.requireNonNull(format, "format"), args);
            return this;
        }

        /** The URI reference of this occurrence; {@code null} for none. */
        public Builder instance(URI instance) {
            this.instance = instance;
            return this;
        }

        /**
         * The URI reference of this occurrence.
         *
         * @throws IllegalArgumentException naming {@code instance} if it is not a URI reference
         */
        public Builder instance(String instance) {
            return instance(uri("instance", instance));
        }

        /** The language of the default title; English when not set or not supported. */
        public Builder language(Locale language) {
            this.language = Languages.of(language);
            return this;
        }

        /**
         * Adds an extension member, or replaces the one of the same name in place.
         *
         * @throws IllegalArgumentException if {@code name} is reserved or invalid, or {@code value}
         *     is not something a problem document can hold
         */
        public Builder with(String name, Object value) {
            Members.checkExtensionName(name);
            extensions.put(name, Members.canonical(name, value));
            return this;
        }

        /**
         * Adds a header field that the response carrying this problem must have, e.g.
         * {@code Retry-After}; kept by {@link #toException()}, not part of the problem document.
         */
        public Builder header(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            headers.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value.toString());
            return this;
        }

        /**
         * Sets {@code Retry-After} to the delay {@code after}, in whole seconds rounded up (RFC 9110
         * §10.2.3), telling a client of a 503 or 429 when to try again; a header field, not a member.
         *
         * @throws IllegalArgumentException if {@code after} is negative
         */
        public Builder retryAfter(Duration after) {
            Objects.requireNonNull(after, "after");
            if (after.isNegative()) {
                throw new IllegalArgumentException("after must not be negative, but was " + after);
            }
            long seconds = after.getSeconds() + (after.getNano() > 0 ? 1 : 0);
            return replaceHeader("Retry-After", Long.toString(seconds));
        }

        /**
         * Sets {@code Retry-After} to the moment {@code at}, as an HTTP-date (RFC 9110 §5.6.7, to the
         * second, in GMT), telling a client of a 503 or 429 when to try again; a header field, not a member.
         */
        public Builder retryAfter(Instant at) {
            Objects.requireNonNull(at, "at");
            return replaceHeader("Retry-After", HTTP_DATE.format(at));
        }

        /**
         * Adds a {@code WWW-Authenticate} challenge, e.g. {@code Bearer realm="shop"}, which a 401 must
         * carry (RFC 9110 §15.5.2); a header field, not a member. Call it once per challenge.
         *
         * @throws IllegalArgumentException if {@code challenge} is blank
         */
        public Builder challenge(String challenge) {
            Objects.requireNonNull(challenge, "challenge");
            if (challenge.isBlank()) {
                throw new IllegalArgumentException("challenge must name an authentication scheme, but was blank");
            }
            return header("WWW-Authenticate", challenge.strip());
        }

        private Builder replaceHeader(String name, String value) {
            headers.keySet().removeIf(name::equalsIgnoreCase);
            headers.put(name, new java.util.ArrayList<>(List.of(value)));
            return this;
        }

        /** The problem. */
        public ProblemDetail build() {
            return new ProblemDetail(this);
        }

        /**
         * An exception carrying the problem and the {@linkplain #header headers}, to be thrown; with
         * a stack trace only for a server error (see {@link ProblemException}).
         */
        public ProblemException toException() {
            ProblemDetail problem = build();
            return new ProblemException(problem, headers, problem.httpStatus().statusClass() == StatusClass.SERVER_ERROR);
        }

        private static URI uri(String member, String value) {
            Objects.requireNonNull(value, member);
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(member + " must be a URI reference, but was '" + value
                        + "': " + e.getReason());
            }
        }
    }
}
