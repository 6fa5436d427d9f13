package dev.statusproblems.model;

import java.net.URI;
import java.util.Objects;

/**
 * That a problem was sent in answer to a request: the event CDI observers receive
 * ({@code void onProblem(@Observes ProblemSent sent)}), for metrics and audit.
 */
public final class ProblemSent {

    private final ProblemDetail problem;
    private final URI typeAsGiven;
    private final String method;
    private final String path;
    private final String wayIn;

    /** The event for {@code problem}, sent in answer to {@code method} {@code path} by an unknown sender. */
    public ProblemSent(ProblemDetail problem, String method, String path) {
        this(problem, method, path, "unknown");
    }

    /**
     * The event for {@code problem}, sent in answer to {@code method} {@code path} by the sender
     * {@code wayIn} (e.g. {@code JAX-RS}, {@code servlet}).
     */
    public ProblemSent(ProblemDetail problem, String method, String path, String wayIn) {
        this(problem, problem.type(), method, path, wayIn);
    }

    /**
     * The event for {@code problem}, sent in answer to {@code method} {@code path} by the sender
     * {@code wayIn}, whose type was {@code typeAsGiven} before the sender resolved it (a relative type
     * resolved against the application's type base).
     */
    public ProblemSent(ProblemDetail problem, URI typeAsGiven, String method, String path, String wayIn) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.typeAsGiven = Objects.requireNonNull(typeAsGiven, "typeAsGiven");
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.wayIn = Objects.requireNonNull(wayIn, "wayIn");
    }

    /** The problem sent. */
    public ProblemDetail problem() {
        return problem;
    }

    /**
     * The problem's type as the application (or the suite) gave it: a relative type before it was
     * resolved against the application's type base, as an {@code @ProblemType} declares it; else the
     * problem's type.
     */
    public URI typeAsGiven() {
        return typeAsGiven;
    }

    /** The request method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The request path, from the context root on, without the query. */
    public String path() {
        return path;
    }

    /**
     * The sender that answered: {@code JAX-RS}, {@code servlet}, {@code the container's error page},
     * {@code catalogue}, or {@code unknown}. One of a few fixed values, never from the request.
     */
    public String wayIn() {
        return wayIn;
    }

    @Override
    public String toString() {
        return "ProblemSent{" + method + " " + path + " -> " + problem.status() + " " + problem.type() + "}";
    }
}
