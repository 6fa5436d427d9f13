package dev.statusproblems.jaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;

/**
 * A Bean Validation failure that is not a constraint violation (a bad constraint definition, a
 * validator that threw): the server's bug, a 500. Outranks the runtimes' own mappers for the type.
 */
@Priority(ConstraintViolationMapper.PRIORITY)
public final class ValidationFailureMapper extends RequestMapper<ValidationException> {

    /** Created by the runtime. */
    public ValidationFailureMapper() {
    }

    @Override
    public Response toResponse(ValidationException exception) {
        return ExceptionProblems.throwable(exception, this);
    }
}
