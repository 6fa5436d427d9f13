package dev.statusproblems.jaxrs;

import dev.statusproblems.model.ProblemDetail;
import jakarta.ws.rs.core.Response;

/** A problem response with a server error status (5xx). */
public final class ServerErrorProblemException extends ProblemResponseException {

    private static final long serialVersionUID = 1L;

    ServerErrorProblemException(Response response, String message, ProblemDetail problem, Throwable cause) {
        super(response, message, problem, cause);
    }
}
