package dev.statusproblems.model;

import java.util.Objects;

/**
 * That a problem was sent in answer to a request: the event CDI observers receive
 * ({@code void onProblem(@Observes ProblemSent sent)}), for metrics and audit.
 */
public final class ProblemSent {

    private final ProblemDetail problem;
    private final String method;
    private final String path;

    /** The event for {@code problem}, sent in answer to {@code method} {@code path}. */
    public ProblemSent(ProblemDetail problem, String method, String path) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
    }

    /** The problem sent. */
    public ProblemDetail problem() {
        return problem;
    }

    /** The request method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The request path, from the context root on, without the query. */
    public String path() {
        return path;
    }

    @Override
    public String toString() {
        return "ProblemSent{" + method + " " + path + " -> " + problem.status() + " " + problem.type() + "}";
    }
}
