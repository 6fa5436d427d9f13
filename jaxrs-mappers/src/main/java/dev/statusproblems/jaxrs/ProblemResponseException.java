package dev.statusproblems.jaxrs;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemFormatException;
import jakarta.ws.rs.client.ResponseProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A problem response a client received, thrown by {@link ProblemClientFilter}: the response's status
 * and headers ({@link #getResponse()}), and the problem it carried, parsed. A
 * {@code ResponseProcessingException}, as the client API has response filters throw; a
 * {@link ClientErrorProblemException} for a 4xx, a {@link ServerErrorProblemException} for a 5xx.
 *
 * <p>When the problem's type is one of the client's {@link ClientProblems}, its cause is that
 * exception, rebuilt with its members ({@link #typed(Class)}).
 */
public abstract sealed class ProblemResponseException extends ResponseProcessingException
        permits ClientErrorProblemException, ServerErrorProblemException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ProblemDetail problem;

    ProblemResponseException(Response response, String message, ProblemDetail problem, Throwable cause) {
        super(response, message, cause);
        this.status = response.getStatus();
        this.problem = problem;
    }

    /** The exception for {@code response}, which carried {@code problem}. */
    public static ProblemResponseException of(Response response, ProblemDetail problem) {
        return of(response, problem, null);
    }

    /**
     * The exception for {@code response}, which carried {@code problem}, caused by {@code typed}, the
     * application's exception that problem stands for ({@code null} when none).
     */
    public static ProblemResponseException of(Response response, ProblemDetail problem, Throwable typed) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(problem, "problem");
        return create(response, statusLine(response.getStatus()) + ": " + problem.detail().orElse(problem.title()),
                problem, typed);
    }

    /** The exception for {@code response}, whose problem document could not be read. */
    public static ProblemResponseException malformed(Response response, ProblemFormatException cause) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(cause, "cause");
        return create(response, statusLine(response.getStatus())
                + ": the response's problem document is malformed (" + cause.getMessage() + ")", null, cause);
    }

    /**
     * The {@code ProblemResponseException} {@code exception} is, or carries as a cause or a suppressed
     * exception: from a typed exception a client rebuilt, the response and the problem it came from.
     */
    public static Optional<ProblemResponseException> from(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof ProblemResponseException) {
                return Optional.of((ProblemResponseException) t);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed instanceof ProblemResponseException) {
                    return Optional.of((ProblemResponseException) suppressed);
                }
            }
        }
        return Optional.empty();
    }

    /** The response's status code. */
    public int status() {
        return status;
    }

    /** The problem the response carried; empty when its document was malformed. */
    public Optional<ProblemDetail> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The application's exception the problem stands for, when the client knows its type and it is a
     * {@code type}: {@code e.typed(OutOfCreditException.class).ifPresent(...)}.
     */
    public <T extends Throwable> Optional<T> typed(Class<T> type) {
        Throwable cause = getCause();
        return problem != null && type.isInstance(cause) ? Optional.of(type.cast(cause)) : Optional.empty();
    }

    private static ProblemResponseException create(Response response, String message, ProblemDetail problem,
            Throwable cause) {
        return response.getStatus() >= 500
                ? new ServerErrorProblemException(response, message, problem, cause)
                : new ClientErrorProblemException(response, message, problem, cause);
    }

    private static String statusLine(int status) {
        return status + " " + HttpStatus.of(status).reasonPhrase();
    }
}
