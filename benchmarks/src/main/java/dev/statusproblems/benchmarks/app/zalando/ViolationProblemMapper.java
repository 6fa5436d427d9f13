package dev.statusproblems.benchmarks.app.zalando;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zalando.problem.Status;
import org.zalando.problem.violations.ConstraintViolationProblem;
import org.zalando.problem.violations.Violation;

/** A Bean Validation failure as zalando's 400 problem with its violations. */
@Provider
public class ViolationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage())).toList();
        return Response.status(400).type(ProblemMapper.PROBLEM_JSON)
                .entity(new ConstraintViolationProblem(Status.BAD_REQUEST, violations)).build();
    }
}
