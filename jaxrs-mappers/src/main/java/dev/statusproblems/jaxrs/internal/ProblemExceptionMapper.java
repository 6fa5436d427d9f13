package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/** A {@link ProblemException} as its problem, with its headers. */
@Priority(Priorities.USER)
public final class ProblemExceptionMapper extends RequestMapper<ProblemException> {

    /** Created by the runtime. */
    public ProblemExceptionMapper() {
    }

    @Override
    public Response toResponse(ProblemException exception) {
        return send(dev.statusproblems.responses.Failure.thrown(exception));
    }
}
