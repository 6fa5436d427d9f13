package dev.statusproblems.responses;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.Languages;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.StatusClass;
import dev.statusproblems.model.SuiteText;
import dev.statusproblems.model.internal.Text;
import dev.statusproblems.model.StatusHeader;
import dev.statusproblems.responses.internal.Bodies;
import dev.statusproblems.responses.internal.DeclaredProblems;
import dev.statusproblems.responses.internal.Details;
import dev.statusproblems.responses.internal.Incidents;
import dev.statusproblems.responses.internal.InstanceStrategy;
import dev.statusproblems.responses.internal.Negotiation;
import dev.statusproblems.responses.internal.Observers;
import dev.statusproblems.responses.internal.ServerSpan;
import dev.statusproblems.responses.internal.Traces;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one send pipeline of an application: given a view of the request and what went wrong, it
 * decides what the error response holds, once for every sender (JAX-RS mappers, servlet filter,
 * error page servlet, catalogue), logs it and announces it as {@link ProblemSent}.
 *
 * <p>What it decides:
 * <ul>
 * <li>the problem: the one a {@code ProblemException} or {@code @ProblemType} exception in the cause's
 *     chain carries, else the application's, else the status's;</li>
 * <li>its language (from {@code Accept-Language}) and format (from {@code Accept}: problem+json,
 *     problem+xml, or HTML for browsers); an {@code about:blank} problem is titled in that language;</li>
 * <li>its {@code detail}: a 4xx's is the application's own message, cut to the configured length,
 *     never a runtime's canned text; a 5xx's is the generic text unless server error details are on;</li>
 * <li>its {@code instance}: a 4xx's per {@link Settings#instance()}, a 5xx's a new {@code urn:uuid:} id
 *     which the ERROR log line holding the stack trace also shows;</li>
 * <li>its type: a relative type resolves against the type base ({@link Settings#typeBase(String)});</li>
 * <li>the header fields: the application's are kept but for the metadata of a body, unless the status
 *     requires it; {@code Content-Language} and {@code Vary} with the body; {@code Connection: close}
 *     with a 408 unless the application chose its own; the configured {@code Retry-After}
 *     ({@link Settings#retryAfter}) where the application sent none; a 401 without
 *     {@code WWW-Authenticate} is logged once per way in, never given an invented challenge.</li>
 * <li>a 403 to a client that is not authenticated, where {@link Settings#hidesForbidden} says so, leaves
 *     as the plain 404 problem, without {@code WWW-Authenticate}; the DEBUG log keeps the 403.</li>
 * <li>where OpenTelemetry traces the request, its current span gets the problem's type and, for a 5xx,
 *     the error status and the incident id; the 5xx log line gets the trace and span ids, and the 5xx
 *     its trace id as the member {@code traceId} where {@link Settings#serverErrorTraceId} says so.</li>
 * </ul>
 * One per application, held by the application (its servlet context, its JAX-RS configuration);
 * immutable but for the observers it finds once. Thread-safe.
 */
public final class ProblemResponses {

    /** Representation metadata of a body the application meant to send; the problem has its own. */
    private static final Set<String> REPRESENTATION_HEADERS = Set.of("content-type", "content-length",
            "content-encoding", "content-language", "content-location", "content-range", "content-disposition",
            "content-md5", "etag", "last-modified", "transfer-encoding", "accept-ranges");

    private static final List<String> VARY = List.of("Accept", "Accept-Language");
    private static final List<String> VARY_ALONE = List.of(String.join(", ", VARY));

    /** The extension member of a server error that holds its trace id, where the setting asks for it. */
    static final String TRACE_ID = "traceId";

    private final Settings settings;
    private final Observers observers;
    private final Traces traces;
    /** The ways in whose 401 without a challenge was logged: once each. */
    private final Set<String> challengeless = ConcurrentHashMap.newKeySet();

    private ProblemResponses(Settings settings, Observers observers) {
        this.settings = settings;
        this.observers = observers;
        this.traces = Traces.probe();
    }

    /** The pipeline configured by {@code settings}, announcing problems to the application's observers. */
    public static ProblemResponses of(Settings settings) {
        return new ProblemResponses(Objects.requireNonNull(settings, "settings"), Observers.found());
    }

    /** The pipeline configured by {@code settings}, announcing problems to {@code observers}. */
    public static ProblemResponses of(Settings settings, Consumer<ProblemSent> observers) {
        return new ProblemResponses(Objects.requireNonNull(settings, "settings"), Observers.given(observers));
    }

    /** The configuration this pipeline follows. */
    public Settings settings() {
        return settings;
    }

    /** The language the request asks for: English unless it prefers another supported one. */
    public Locale language(ProblemRequest request) {
        return Languages.negotiate(request.acceptLanguage());
    }

    /** Whether the request prefers the page for browsers ({@code text/html}) to a problem document. */
    public boolean prefersHtml(ProblemRequest request) {
        return Negotiation.choose(request.accept()) == Negotiation.Format.HTML;
    }

    /**
     * What to send for {@code failure} in answer to {@code request}; logged (5xx at ERROR with the
     * cause's stack trace and the instance id, 4xx at DEBUG) and announced before it returns, so that
     * no client sees the answer before the observers do.
     */
    public ProblemResponse respond(ProblemRequest request, Failure failure) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(failure, "failure");
        Locale language = language(request);
        Throwable carrier = carrier(failure.cause());
        ProblemDetail decided = problem(failure, carrier, request, language);
        boolean hidden = decided.status() == 403 && !request.isAuthenticated()
                && settings.hidesForbidden(request.pathInApplication());
        if (hidden) {
            // the 404 says nothing of the resource; the log keeps the truth
            Incidents.hiddenForbidden(request.method(), request.path(), decided.detail().orElse(null));
            decided = ProblemDetail.builder(404).language(language).build();
        }
        ProblemDetail problem = complete(decided, request, language);
        HttpStatus status = problem.httpStatus();
        ServerSpan span = traces.current();
        if (status.statusClass() == StatusClass.SERVER_ERROR) {
            if (span != null && settings.serverErrorTraceId() && !problem.extensions().containsKey(TRACE_ID)) {
                problem = problem.toBuilder().with(TRACE_ID, span.traceId()).build();
            }
            Incidents.serverError(problem.instance().orElse(null), status.code(), request.method(), request.path(),
                    failure.cause(), span);
        } else {
            Incidents.clientError(status.code(), request.method(), request.path(), problem.detail().orElse(null));
        }
        traces.mark(span, problem.type(), status.code(), problem.instance().orElse(null));
        Map<String, List<String>> headers = kept(failure, carrier, status);
        if (hidden) {
            headers.remove(canonical(headers, "WWW-Authenticate"));
        }
        statusHeaders(headers, status, request);
        String mediaType = null;
        byte[] body = new byte[0];
        if (status.allowsContent()) {
            Negotiation.Format format = Negotiation.choose(request.accept());
            mediaType = Bodies.mediaType(format);
            body = Bodies.encode(problem, format, language);
            headers.put("Content-Language", List.of(language.toLanguageTag()));
            headers.put("Vary", vary(headers.remove(canonical(headers, "Vary"))));
        }
        observers.announce(new ProblemSent(problem, decided.type(), request.method(), request.path(), request.wayIn()));
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, values) -> sent.put(name, List.copyOf(values)));
        return new ProblemResponse(problem, language, Collections.unmodifiableMap(sent), mediaType, body);
    }

    /**
     * Logs that an error with {@code status} happened after the response was committed, which is then
     * left as it is; a server error with a {@code cause} also at ERROR with its stack trace, under a
     * new incident id.
     */
    public void committed(ProblemRequest request, int status, Throwable cause) {
        URI incident = null;
        if (cause != null && StatusClass.of(status) == StatusClass.SERVER_ERROR) {
            incident = Incidents.newInstanceId();
            Incidents.serverError(incident, status, request.method(), request.path(), cause, traces.current());
        }
        Incidents.committed(status, request.method(), request.path(), incident);
    }

    /**
     * Adds to {@code headers} what HTTP asks of {@code status} where the application gave none: the
     * application's own field always wins, and a required one that cannot be known is never invented.
     */
    private void statusHeaders(Map<String, List<String>> headers, HttpStatus status, ProblemRequest request) {
        if (status.code() == 408 && !has(headers, "Connection")) {
            // RFC 9110 §15.5.9: a 408 means the server is closing the connection
            headers.put("Connection", List.of("close"));
        }
        if (status.code() == 401 && !has(headers, "WWW-Authenticate") && challengeless.add(request.wayIn())) {
            Incidents.missingChallenge(request.wayIn(), request.method(), request.path());
        }
        Duration retryAfter = settings.retryAfter(status.code()).orElse(null);
        if (retryAfter != null && !has(headers, "Retry-After")) {
            headers.put("Retry-After", List.of(Long.toString(retryAfter.getSeconds())));
        }
    }

    /** The problem the failure stands for, before completion. */
    private ProblemDetail problem(Failure failure, Throwable carrier, ProblemRequest request, Locale language) {
        if (carrier instanceof ProblemException) {
            return withServerErrorDetail(((ProblemException) carrier).problem(), language);
        }
        if (carrier != null) {
            // an invalid declaration, which the deployment reports, answers as a plain 500
            return DeclaredProblems.of(carrier, language, settings.serverErrorDetails(), settings.detailMaxLength())
                    .orElseGet(() -> ProblemDetail.builder(500).language(language)
                            .detail(serverErrorDetail(null, language)).build());
        }
        if (failure.problem() != null) {
            return withServerErrorDetail(failure.problem(), language);
        }
        int code = failure.status();
        HttpStatus status = HttpStatus.of(code);
        ProblemDetail.Builder builder = ProblemDetail.builder(status).language(language);
        Settings.Detail source = settings.detail(code);
        if (status.statusClass() == StatusClass.SERVER_ERROR) {
            if (source != Settings.Detail.NONE) {
                String message = failure.message() != null ? failure.message()
                        : failure.cause() != null ? failure.cause().getMessage() : null;
                builder.detail(serverErrorDetail(message, language));
            }
            return builder.build();
        }
        if (source == Settings.Detail.GENERIC) {
            builder.detail(status.description(language));
        } else if (source == Settings.Detail.MESSAGE) {
            String detail = failure.detail() != null ? failure.detail().apply(language)
                    : Details.applicationMessage(failure.message(), request.path(), code);
            if (detail != null) {
                builder.detail(Text.abbreviate(detail, settings.detailMaxLength()));
            }
        }
        return builder.build();
    }

    /** {@code problem}, with the generic detail if it is a server error with none. */
    private ProblemDetail withServerErrorDetail(ProblemDetail problem, Locale language) {
        if (problem.httpStatus().statusClass() == StatusClass.SERVER_ERROR && problem.detail().isEmpty()) {
            return problem.toBuilder().detail(serverErrorDetail(null, language)).build();
        }
        return problem;
    }

    /**
     * The exception in the chain of {@code cause} that carries the problem: a {@link ProblemException},
     * or an exception whose class declares a {@code @ProblemType}; {@code null} for none.
     */
    private static Throwable carrier(Throwable cause) {
        int depth = 0;
        for (Throwable t = cause; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof ProblemException || ProblemTypeDefinition.isDeclaredBy(t.getClass())) {
                return t;
            }
        }
        return null;
    }

    /** The detail of a server error: the generic one, or {@code message} when server error details are on. */
    private String serverErrorDetail(String message, Locale language) {
        if (settings.serverErrorDetails() && message != null && !message.isBlank()) {
            return Text.abbreviate(message, settings.detailMaxLength());
        }
        return SuiteText.SERVER_ERROR_DETAIL.in(language);
    }

    /** The problem with its type resolved, its title localized and its instance set, as configured. */
    private ProblemDetail complete(ProblemDetail sent, ProblemRequest request, Locale language) {
        ProblemDetail.Builder builder = null;
        URI type = sent.type();
        if (!type.isAbsolute() && type.getRawAuthority() == null && type.getRawPath() != null
                && !type.getRawPath().isEmpty() && !type.getRawPath().startsWith("/")) {
            URI base = settings.typeBase(request.contextPath()).orElse(null);
            if (base != null) {
                builder = sent.toBuilder().type(base.resolve(type));
            }
        }
        if (sent.type().equals(ProblemDetail.ABOUT_BLANK) && !language.equals(Languages.DEFAULT)
                && sent.title().equals(sent.httpStatus().title(Languages.DEFAULT))) {
            builder = (builder != null ? builder : sent.toBuilder()).title(sent.httpStatus().title(language));
        }
        if (sent.instance().isEmpty()) {
            URI instance = sent.httpStatus().statusClass() == StatusClass.SERVER_ERROR ? Incidents.newInstanceId()
                    : InstanceStrategy.forClientError(settings.instance(), request.path());
            if (instance != null) {
                builder = (builder != null ? builder : sent.toBuilder()).instance(instance);
            }
        }
        return builder != null ? builder.build() : sent;
    }

    /** The application's header fields to keep: all but the metadata of its body, unless the status requires it. */
    private static Map<String, List<String>> kept(Failure failure, Throwable carrier, HttpStatus status) {
        Map<String, List<String>> intended = new LinkedHashMap<>(failure.headers());
        if (carrier instanceof ProblemException) {
            intended.putAll(((ProblemException) carrier).headers());
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : intended.entrySet()) {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            if (REPRESENTATION_HEADERS.contains(lower) && !requires(status, lower)) {
                continue;
            }
            String name = canonical(kept, header.getKey());
            kept.computeIfAbsent(name, n -> new ArrayList<>()).addAll(header.getValue());
        }
        return kept;
    }

    private static boolean requires(HttpStatus status, String lowerName) {
        for (StatusHeader header : status.headers()) {
            if (header.name().equalsIgnoreCase(lowerName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code headers} has {@code name}, in any case. */
    private static boolean has(Map<String, List<String>> headers, String name) {
        return headers.containsKey(canonical(headers, name));
    }

    /** The name under which {@code headers} already has {@code name} in another case, or {@code name}. */
    private static String canonical(Map<String, List<String>> headers, String name) {
        for (String existing : headers.keySet()) {
            if (existing.equalsIgnoreCase(name)) {
                return existing;
            }
        }
        return name;
    }

    /** The application's {@code Vary} with {@code Accept} and {@code Accept-Language} added, once each. */
    private static List<String> vary(List<String> application) {
        if (application == null) {
            return VARY_ALONE; // nearly every problem: nothing to merge
        }
        List<String> tokens = new ArrayList<>();
        for (String value : application) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    tokens.add(token.trim());
                }
            }
        }
        if (tokens.contains("*")) {
            return List.of("*");
        }
        for (String token : VARY) {
            if (tokens.stream().noneMatch(token::equalsIgnoreCase)) {
                tokens.add(token);
            }
        }
        return List.of(String.join(", ", tokens));
    }
}
