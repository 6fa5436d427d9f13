package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.internal.DeclaredProblems;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.StatusClass;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which problem each kind of exception becomes; the mappers are thin doors into this. */
final class ExceptionProblems {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");
    private static final int MAX_CAUSES = 32;

    private final ProblemResponses responses;

    private ExceptionProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    static ExceptionProblems fromSettings() {
        return new ExceptionProblems(ProblemResponses.fromSettings());
    }

    ProblemResponses responses() {
        return responses;
    }

    /**
     * A {@code WebApplicationException}, thrown by the application or by the runtime: redirects and
     * other non-errors, and responses that already have an entity, pass through as they are; errors
     * keep their status and headers and get the application's message, if it gave one, as detail.
     */
    Response webApplication(WebApplicationException exception, RequestFacts request) {
        if (ProblemTypeDefinition.isDeclaredBy(exception.getClass())) {
            return declared(exception, request);
        }
        Response original = exception.getResponse();
        if (original == null) {
            return responses.serverError(exception, request);
        }
        if (original.getStatus() < 400 || original.hasEntity()) {
            return original;
        }
        return fromStatus(original.getStatus(), original.getHeaders(), exception, request);
    }

    /** Our own {@link ProblemException}: its problem, with its headers. */
    Response problem(ProblemException exception, RequestFacts request) {
        ProblemDetail problem = exception.problem();
        if (problem.httpStatus().statusClass() == StatusClass.SERVER_ERROR && problem.detail().isEmpty()) {
            problem = problem.toBuilder().detail(responses.serverDetail(null, request)).build();
        }
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        for (Map.Entry<String, List<String>> header : exception.headers().entrySet()) {
            for (String value : header.getValue()) {
                headers.add(header.getKey(), value);
            }
        }
        return responses.respond(problem, headers, exception, request);
    }

    /** Anything else: a {@code @ProblemType} exception, unreadable content, or a 500. */
    Response throwable(Throwable exception, RequestFacts request) {
        Response carried = carriedResponse(exception);
        if (carried != null && (carried.getStatus() < 400 || carried.hasEntity())) {
            return carried; // e.g. RESTEasy answers OPTIONS by throwing a Failure holding a 200
        }
        if (ProblemTypeDefinition.isDeclaredBy(exception.getClass())) {
            return declared(exception, request);
        }
        Optional<UnreadableContentException> unreadable = find(exception, UnreadableContentException.class);
        if (unreadable.isPresent()) {
            ProblemDetail problem = responses.problems(request).badRequest()
                    .detail(unreadable.get().detail(responses.language(request))).build();
            LOG.log(Level.DEBUG, "status-problems: unreadable request content", unreadable.get().getCause());
            return responses.respond(problem, null, exception, request);
        }
        Optional<ProblemException> problem = find(exception, ProblemException.class);
        if (problem.isPresent()) {
            return problem(problem.get(), request);
        }
        Optional<WebApplicationException> wrapped = find(exception, WebApplicationException.class);
        if (wrapped.isPresent() && wrapped.get() != exception) {
            return webApplication(wrapped.get(), request);
        }
        if (carried != null) {
            return fromStatus(carried.getStatus(), carried.getHeaders(), exception, request);
        }
        return responses.serverError(exception, request);
    }

    private Response fromStatus(int status, MultivaluedMap<String, Object> headers, Throwable exception,
            RequestFacts request) {
        HttpStatus httpStatus = HttpStatus.of(status);
        if (httpStatus.statusClass() == StatusClass.SERVER_ERROR) {
            ProblemDetail problem = responses.problems(request).of(httpStatus)
                    .detail(responses.serverDetail(exception, request)).build();
            return responses.respond(problem, headers, exception, request);
        }
        Optional<ParameterFailure> parameter = ParameterFailure.of(exception);
        if (parameter.isPresent()) {
            ParameterFailure failure = parameter.get();
            ProblemDetail problem = responses.problems(request).of(failure.status())
                    .detail(failure.detail(responses.language(request))).build();
            MultivaluedMap<String, Object> kept = failure.status() == status ? headers : null;
            return responses.respond(problem, kept, exception, request);
        }
        ProblemDetail problem = responses.problems(request).of(httpStatus)
                .detail(responses.clientDetail(exception.getMessage(), status, request)).build();
        return responses.respond(problem, headers, exception, request);
    }

    private Response declared(Throwable exception, RequestFacts request) {
        return DeclaredProblems.of(exception, responses.language(request), responses.showsServerDetails(),
                        responses.detailMaxLength())
                .map(problem -> responses.respond(problem, null, exception, request))
                .orElseGet(() -> responses.serverError(exception, request));
    }

    private static <T extends Throwable> Optional<T> find(Throwable exception, Class<T> type) {
        int depth = 0;
        for (Throwable t = exception; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /**
     * The response an exception that is not a {@code WebApplicationException} carries, as RESTEasy's
     * {@code Failure} does; read by its public {@code getResponse()}, so that no runtime is required.
     */
    private static Response carriedResponse(Throwable exception) {
        try {
            Method getResponse = exception.getClass().getMethod("getResponse");
            if (Response.class.isAssignableFrom(getResponse.getReturnType())) {
                return (Response) getResponse.invoke(exception);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError none) {
            // carries no response
        }
        return null;
    }
}
