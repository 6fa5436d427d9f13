package dev.statusproblems.it.hostile;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An application's own exception mapper with a bug: it throws instead of answering. */
@Provider
public class ThrowingMapper implements ExceptionMapper<AppFailure> {

    @Override
    public Response toResponse(AppFailure exception) {
        throw new IllegalStateException("mapper failed on " + exception.getMessage() + " " + Secrets.SECRET);
    }
}
