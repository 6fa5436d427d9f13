package dev.statusproblems.jaxrs;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemFormatException;
import jakarta.ws.rs.client.ResponseProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem response a client received, thrown by {@link ProblemClientFilter}: the response's status
 * and headers ({@link #getResponse()}), and the problem it carried, parsed. A
 * {@code ResponseProcessingException}, as the client API has response filters throw.
 */
public final class ProblemResponseException extends ResponseProcessingException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ProblemDetail problem;

    private ProblemResponseException(Response response, String message, ProblemDetail problem, Throwable cause) {
        super(response, message, cause);
        this.status = response.getStatus();
        this.problem = problem;
    }

    /** The exception for {@code response}, which carried {@code problem}. */
    public static ProblemResponseException of(Response response, ProblemDetail problem) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(problem, "problem");
        return new ProblemResponseException(response, statusLine(response.getStatus()) + ": "
                + problem.detail().orElse(problem.title()), problem, null);
    }

    /** The exception for {@code response}, whose problem document could not be read. */
    public static ProblemResponseException malformed(Response response, ProblemFormatException cause) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(cause, "cause");
        return new ProblemResponseException(response, statusLine(response.getStatus())
                + ": the response's problem document is malformed (" + cause.getMessage() + ")", null, cause);
    }

    /** The response's status code. */
    public int status() {
        return status;
    }

    /** The problem the response carried; empty when its document was malformed. */
    public Optional<ProblemDetail> problem() {
        return Optional.ofNullable(problem);
    }

    private static String statusLine(int status) {
        return status + " " + HttpStatus.of(status).reasonPhrase();
    }
}
