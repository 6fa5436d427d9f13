package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

/** A {@code WebApplicationException}, the application's or the runtime's own (404, 405, 406, 415, ...), as a problem with its status and headers. */
@Priority(Priorities.USER + 1000)
public final class WebApplicationExceptionMapper extends RequestMapper<WebApplicationException> {

    /** Created by the runtime. */
    public WebApplicationExceptionMapper() {
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        return ExceptionProblems.webApplication(exception, this);
    }
}
