package dev.statusproblems.benchmarks.app.zalando;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;

/**
 * A JAX-RS exception (the application's or the runtime's) as a problem of its status, with its
 * message as the detail and the headers of its response kept (the {@code Allow} of a 405).
 */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        Problem problem = Problem.valueOf(Status.valueOf(response.getStatus()), exception.getMessage());
        return Response.fromResponse(response).type(ProblemMapper.PROBLEM_JSON).entity(problem).build();
    }
}
