package dev.statusproblems.jaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A Bean Validation failure that is not a constraint violation (a bad constraint definition, a
 * validator that threw): the server's bug, a 500. Outranks the runtimes' own mappers for the type.
 */
@Priority(ConstraintViolationMapper.PRIORITY)
public final class ValidationFailureMapper implements ExceptionMapper<ValidationException> {

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
    public ValidationFailureMapper() {
    }

    @Override
    public Response toResponse(ValidationException exception) {
        return problems.throwable(exception, RequestFacts.of(request, uriInfo, headers, application));
    }
}
