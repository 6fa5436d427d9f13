package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A {@code WebApplicationException}, the application's or the runtime's own (404, 405, 406, 415, ...), as a problem with its status and headers. */
@Priority(Priorities.USER + 1000)
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

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
    public WebApplicationExceptionMapper() {
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        return problems.webApplication(exception, RequestFacts.of(request, uriInfo, headers, application));
    }
}
