package dev.statusproblems.benchmarks;

import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.Settings;
import java.util.function.Supplier;

/**
 * The pipeline's error path: one application answering a JAX-RS 500 with the suite's defaults. Public,
 * so that {@link TracesBenchmark} can load a second copy of it where OpenTelemetry is absent.
 */
public final class ErrorPath implements Supplier<Object> {

    private final ProblemResponses responses = ProblemResponses.of(Settings.defaults(), sent -> { });
    private final ProblemRequest request = ProblemRequest.of("GET", "/shop/api/orders/42", "/shop",
            "application/problem+json", "en").by("JAX-RS");
    private final Failure failure = Failure.status(500);

    /** Made by the benchmark, reflectively where it loads it in a class loader of its own. */
    public ErrorPath() {
    }

    @Override
    public Object get() {
        return responses.respond(request, failure);
    }
}
