package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.model.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A {@link ProblemException} as its problem, with its headers. */
@Priority(Priorities.USER)
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

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
    public ProblemExceptionMapper() {
    }

    @Override
    public Response toResponse(ProblemException exception) {
        return problems.problem(exception, RequestFacts.of(request, uriInfo, headers, application));
    }
}
