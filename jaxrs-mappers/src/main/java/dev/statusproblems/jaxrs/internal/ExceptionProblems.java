package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.responses.Failure;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * What each kind of exception is to the pipeline: the JAX-RS knowledge (what a
 * {@code WebApplicationException} carries, what runtimes wrap) that turns an exception into a
 * {@link Failure}, or into the runtime's own response where it is no error of ours to answer. The
 * mappers are thin doors into this.
 */
final class ExceptionProblems {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");
    private static final int MAX_CAUSES = 32;

    private ExceptionProblems() {
    }

    /**
     * A {@code WebApplicationException}, thrown by the application or by the runtime: redirects and
     * other non-errors, and responses that already have an entity, pass through as they are; errors
     * keep their status and headers and get the application's message, if it gave one, as detail.
     */
    static Response webApplication(WebApplicationException exception, RequestAware sender) {
        if (ProblemTypeDefinition.isDeclaredBy(exception.getClass())) {
            return sender.send(Failure.thrown(exception));
        }
        Response original = exception.getResponse();
        if (original == null) {
            return sender.send(Failure.thrown(exception));
        }
        if (original.getStatus() < 400 || original.hasEntity()) {
            return original;
        }
        return fromStatus(original.getStatus(), original.getHeaders(), exception, sender);
    }

    /** Anything else: a problem exception, a {@code @ProblemType} exception, unreadable content, or a 500. */
    static Response throwable(Throwable exception, RequestAware sender) {
        Response carried = carriedResponse(exception);
        if (carried != null && (carried.getStatus() < 400 || carried.hasEntity())) {
            return carried; // e.g. RESTEasy answers OPTIONS by throwing a Failure holding a 200
        }
        if (ProblemTypeDefinition.isDeclaredBy(exception.getClass()) || find(exception, ProblemException.class).isPresent()) {
            return sender.send(Failure.thrown(exception));
        }
        Optional<UnreadableContentException> unreadable = find(exception, UnreadableContentException.class);
        if (unreadable.isPresent()) {
            LOG.log(Level.DEBUG, "status-problems: unreadable request content", unreadable.get().getCause());
            return sender.send(Failure.status(400).withDetail(unreadable.get()::detail).withCause(exception));
        }
        Optional<WebApplicationException> wrapped = find(exception, WebApplicationException.class);
        if (wrapped.isPresent() && wrapped.get() != exception) {
            return webApplication(wrapped.get(), sender);
        }
        if (carried != null) {
            return fromStatus(carried.getStatus(), carried.getHeaders(), exception, sender);
        }
        return sender.send(Failure.thrown(exception));
    }

    private static Response fromStatus(int status, MultivaluedMap<String, Object> headers, Throwable exception,
            RequestAware sender) {
        if (!sender.responses().settings().handles(status)) {
            Response.ResponseBuilder left = Response.status(status);
            headers.forEach((name, values) -> values.forEach(value -> left.header(name, value)));
            return left.build();
        }
        Optional<ParameterFailure> parameter = status < 500 ? ParameterFailure.of(exception) : Optional.empty();
        if (parameter.isPresent()) {
            ParameterFailure failure = parameter.get();
            Failure sent = Failure.status(failure.status()).withDetail(failure::detail).withCause(exception);
            return sender.send(failure.status() == status ? sent.withHeaders(headers) : sent);
        }
        return sender.send(Failure.status(status).withMessage(exception.getMessage()).withHeaders(headers)
                .withCause(exception));
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
