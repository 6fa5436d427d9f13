package dev.statusproblems.jaxrs;

import dev.statusproblems.model.ProblemDetail;
import jakarta.ws.rs.core.Response;

/** A problem response with a client error status (4xx). */
public final class ClientErrorProblemException extends ProblemResponseException {

    private static final long serialVersionUID = 1L;

    ClientErrorProblemException(Response response, String message, ProblemDetail problem, Throwable cause) {
        super(response, message, problem, cause);
    }
}
