package dev.statusproblems.benchmarks.app.zalando;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;

/**
 * Any other exception as a 500 problem, logged with its stack trace as the suite logs its own, so
 * both sides of the comparison pay for the log line a production application needs.
 */
@Provider
public class UncaughtProblemMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UncaughtProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "uncaught exception", exception);
        return Response.status(500).type(ProblemMapper.PROBLEM_JSON)
                .entity(Problem.valueOf(Status.INTERNAL_SERVER_ERROR)).build();
    }
}
