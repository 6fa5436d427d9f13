package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.Languages;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemHtml;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.model.internal.Details;
import dev.statusproblems.model.internal.Incidents;
import dev.statusproblems.model.internal.InstanceStrategy;
import dev.statusproblems.model.internal.Negotiation;
import dev.statusproblems.model.internal.ProblemEvents;
import dev.statusproblems.model.internal.Settings;
import dev.statusproblems.model.internal.StatusTexts;
import dev.statusproblems.model.internal.Text;
import dev.statusproblems.model.internal.TypeBase;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared policy every mapper applies (the servlet filter applies the same): titles in the
 * negotiated language, application messages as 4xx details but never a runtime's canned text or a
 * URL, a generic detail and a logged incident id for 5xx, the headers the status requires kept, no
 * body where HTTP forbids one.
 */
final class ProblemResponses {

    static final MediaType PROBLEM_JSON = MediaType.valueOf(ProblemJson.MEDIA_TYPE);
    static final MediaType PROBLEM_XML = MediaType.valueOf(ProblemXml.MEDIA_TYPE);
    static final MediaType HTML = MediaType.valueOf(ProblemHtml.MEDIA_TYPE + ";charset=UTF-8");

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private static final Set<String> ENTITY_HEADERS = caseInsensitive(HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_LANGUAGE, "Transfer-Encoding", HttpHeaders.CONTENT_ENCODING);

    private final TypeBase typeBase;
    private final InstanceStrategy instanceStrategy;
    private final boolean serverErrorDetails;
    private final int detailMaxLength;

    private ProblemResponses(TypeBase typeBase, InstanceStrategy instanceStrategy, boolean serverErrorDetails, int detailMaxLength) {
        this.typeBase = typeBase;
        this.instanceStrategy = instanceStrategy;
        this.serverErrorDetails = serverErrorDetails;
        this.detailMaxLength = detailMaxLength;
    }

    /** The policy configured by {@link Settings}. */
    static ProblemResponses fromSettings() {
        Settings settings = Settings.load();
        TypeBase typeBase = TypeBase.of(settings);
        InstanceStrategy instance = InstanceStrategy.of(settings);
        return new ProblemResponses(typeBase, instance, settings.flag(Settings.SERVER_ERROR_DETAILS, false),
                Math.max(1, settings.number(Settings.DETAIL_MAX_LENGTH, 512)));
    }

    /** The language the request asks for. */
    Locale language(RequestFacts request) {
        return Languages.negotiate(request.acceptLanguage());
    }

    /** The problem factory for the request, in its language; types are resolved when sent. */
    StatusProblems problems(RequestFacts request) {
        return StatusProblems.create().withLanguage(language(request));
    }

    /**
     * The detail a client error takes from an application's message: the message, cut to the
     * configured length, unless it is no message of the application's own ({@link Details}).
     */
    String clientDetail(String message, int status, RequestFacts request) {
        String own = Details.applicationMessage(message, request.path(), status);
        return own == null ? null : Text.abbreviate(own, detailMaxLength);
    }

    /** The longest detail taken from an application's message. */
    int detailMaxLength() {
        return detailMaxLength;
    }

    /** Whether server errors show the exception's message (development only). */
    boolean showsServerDetails() {
        return serverErrorDetails;
    }

    /** The detail of a server error: the generic one, or the exception's message in development. */
    String serverDetail(Throwable cause, RequestFacts request) {
        if (serverErrorDetails && cause != null && cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return Text.abbreviate(cause.getMessage(), detailMaxLength);
        }
        return StatusTexts.serverErrorDetail(language(request));
    }

    /** A 500 for {@code cause}: generic title and detail, nothing of the exception. */
    Response serverError(Throwable cause, RequestFacts request) {
        ProblemDetail problem = problems(request).internalServerError().detail(serverDetail(cause, request)).build();
        return respond(problem, null, cause, request);
    }

    /**
     * The response carrying {@code problem}: its {@code instance} completed per the configuration,
     * its type resolved against the type base, logged (5xx at ERROR with the id and {@code cause}'s
     * stack trace, 4xx at DEBUG), announced as {@link ProblemSent}, written in the negotiated format
     * with {@code headers} (the ones a status requires, e.g. {@code Allow}) kept.
     */
    Response respond(ProblemDetail problem, MultivaluedMap<String, Object> headers, Throwable cause,
            RequestFacts request) {
        Locale language = language(request);
        ProblemDetail completed = complete(problem, language, request);
        HttpStatus status = completed.httpStatus();
        if (status.statusClass() == dev.statusproblems.model.StatusClass.SERVER_ERROR) {
            Incidents.serverError(completed.instance().orElse(null), status.code(), request.method(), request.path(),
                    cause);
        } else {
            Incidents.clientError(status.code(), request.method(), request.path(), completed.detail().orElse(null));
        }
        Response.ResponseBuilder response = Response.status(status.code(), status.reasonPhrase());
        if (headers != null) {
            for (Map.Entry<String, List<Object>> header : headers.entrySet()) {
                if (!ENTITY_HEADERS.contains(header.getKey())) {
                    for (Object value : header.getValue()) {
                        response.header(header.getKey(), value);
                    }
                }
            }
        }
        if (status.allowsContent()) {
            MediaType type = mediaType(request);
            response.type(type).header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
            if (headers == null || !headers.containsKey(HttpHeaders.VARY)) {
                response.header(HttpHeaders.VARY, "Accept, Accept-Language");
            }
            // Counted here, so that HEAD states the length GET sends, whatever the runtime does with HEAD.
            response.entity(completed)
                    .header(HttpHeaders.CONTENT_LENGTH, ProblemWriter.bytes(completed, type, language).length);
        }
        ProblemEvents.fire(new ProblemSent(completed, request.method(), request.path()));
        return response.build();
    }

    private ProblemDetail complete(ProblemDetail sent, Locale language, RequestFacts request) {
        ProblemDetail problem = typeBase.resolve(sent, request.contextPath());
        ProblemDetail.Builder builder = null;
        if (problem.type().equals(ProblemDetail.ABOUT_BLANK)
                && problem.title().equals(problem.httpStatus().title(Languages.DEFAULT))
                && !language.equals(Languages.DEFAULT)) {
            builder = problem.toBuilder().title(problem.httpStatus().title(language));
        }
        if (problem.instance().isEmpty()) {
            URI instance = instance(problem.httpStatus(), request);
            if (instance != null) {
                builder = (builder != null ? builder : problem.toBuilder()).instance(instance);
            }
        }
        return builder != null ? builder.build() : problem;
    }

    private URI instance(HttpStatus status, RequestFacts request) {
        if (status.statusClass() == dev.statusproblems.model.StatusClass.SERVER_ERROR) {
            return Incidents.newInstanceId();
        }
        return instanceStrategy.forClientError(request.path());
    }

    private static MediaType mediaType(RequestFacts request) {
        switch (Negotiation.choose(request.accept())) {
            case XML:
                return PROBLEM_XML;
            case HTML:
                return HTML;
            default:
                return PROBLEM_JSON;
        }
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
