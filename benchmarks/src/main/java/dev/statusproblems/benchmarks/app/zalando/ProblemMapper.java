package dev.statusproblems.benchmarks.app.zalando;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zalando.problem.ThrowableProblem;

/** A problem the application threw, sent as it is. */
@Provider
public class ProblemMapper implements ExceptionMapper<ThrowableProblem> {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(ThrowableProblem problem) {
        int status = problem.getStatus() == null ? 500 : problem.getStatus().getStatusCode();
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
