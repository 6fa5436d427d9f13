package dev.statusproblems.jaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/** Any other exception: a {@code @ProblemType} exception as its problem, unreadable content as 400, the rest as a 500 that shows nothing of the exception. */
@Priority(Priorities.USER + 1000)
public final class ThrowableMapper extends RequestMapper<Throwable> {

    /** Created by the runtime. */
    public ThrowableMapper() {
    }

    @Override
    public Response toResponse(Throwable exception) {
        return ExceptionProblems.throwable(exception, this);
    }
}
