package dev.statusproblems.benchmarks.app.zalando;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.zalando.problem.jackson.ProblemModule;
import org.zalando.problem.violations.ConstraintViolationProblemModule;

/** The Jackson mapper the runtime's Jackson provider writes with, knowing zalando's problems. */
@Provider
public class ProblemObjectMapper implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModules(new ProblemModule(), new ConstraintViolationProblemModule());

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
