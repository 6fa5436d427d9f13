package dev.statusproblems.testsupport.conformance;

import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.testsupport.Conformance;
import java.time.Duration;

/** The exceptions of the situations an application throws, the same for a JAX-RS resource and a servlet. */
final class Failures {

    private Failures() {
    }

    /** The exception the situation {@code slug} throws, or {@code null} if it throws none. */
    static RuntimeException of(String slug) {
        StatusProblems problems = StatusProblems.create();
        switch (slug) {
            case "problem-4xx":
                return problems.conflict().detail(Conformance.LOCKED).toException();
            case "problem-4xx-no-detail":
                return problems.notFound().toException();
            case "problem-5xx":
                return problems.serviceUnavailable().detail(Conformance.MAINTENANCE).header("Retry-After", 120)
                        .toException();
            case "problem-5xx-no-detail":
                return problems.serviceUnavailable().header("Retry-After", 120).toException();
            case "too-many-requests":
                return problems.tooManyRequests().retryAfter(Duration.ofSeconds(30)).toException();
            case "challenge":
                return problems.unauthorized().challenge(Conformance.CHALLENGE).toException();
            case "problem-type":
                return new OutOfCreditException(Conformance.NO_CREDIT, 30);
            case "uncaught":
                return new IllegalStateException(Conformance.SECRET);
            default:
                return null;
        }
    }
}
