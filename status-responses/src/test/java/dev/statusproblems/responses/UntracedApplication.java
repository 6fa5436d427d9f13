package dev.statusproblems.responses;

/** An application answering a server error, run by {@link TracesAbsentTest} where OpenTelemetry is absent. */
public final class UntracedApplication implements Runnable {

    /** Created by the test, reflectively, in its own class loader. */
    public UntracedApplication() {
    }

    @Override
    public void run() {
        ProblemResponse response = ProblemResponses.of(Settings.of(java.util.Map.of(
                Setting.SERVER_ERROR_TRACE_ID.key(), "true")), sent -> { })
                .respond(ProblemRequest.of("GET", "/shop/api/x", "/shop", null, null),
                        Failure.thrown(new IllegalStateException("boom")));
        if (response.status() != 500 || response.problem().extensions().containsKey("traceId")) {
            throw new AssertionError("not the untraced 500: " + response.problem());
        }
    }
}
