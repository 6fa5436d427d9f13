package dev.statusproblems.jaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Any other exception: a {@code @ProblemType} exception as its problem, unreadable content as 400, the rest as a 500 that shows nothing of the exception. */
@Priority(Priorities.USER + 1000)
public final class ThrowableMapper implements ExceptionMapper<Throwable> {

    private final ExceptionProblems problems = ExceptionProblems.fromSettings();

    @Context
    private Request request;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;
    @Context
    private Application application;

    /** Created by the runtime. */
    public ThrowableMapper() {
    }

    @Override
    public Response toResponse(Throwable exception) {
        return problems.throwable(exception, RequestFacts.of(request, uriInfo, headers, application));
    }
}
