package dev.statusproblems.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An exception that carries a problem, and the header fields its response must have, to whatever
 * turns exceptions into responses (the JAX-RS mappers, the servlet filter).
 *
 * <p>One built by {@link ProblemDetail.Builder#toException()} for a client error (4xx) has no stack
 * trace: it exists only to carry its problem to a mapper, which logs a client error at DEBUG without
 * one, so filling it in would cost more than building the problem (the more so the deeper the call
 * stack) and serve no one. A server error's (5xx) has one, since its ERROR log line shows where it
 * was thrown from. Exceptions built with a constructor (an application's subclasses among them) and
 * the application's own {@link ProblemType} exceptions keep their stack traces in every case.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemDetail problem;
    private final transient Map<String, List<String>> headers;

    /** An exception carrying {@code problem}, whose detail, if any, is its message. */
    public ProblemException(ProblemDetail problem) {
        this(problem, Map.of());
    }

    /** An exception carrying {@code problem} and the header fields its response must have. */
    public ProblemException(ProblemDetail problem, Map<String, List<String>> headers) {
        this(problem, headers, true);
    }

    ProblemException(ProblemDetail problem, Map<String, List<String>> headers, boolean stackTrace) {
        super(Objects.requireNonNull(problem, "problem").detail().orElse(problem.title()), null, false, stackTrace);
        this.problem = problem;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers")
                .forEach((name, values) -> copy.put(name, Collections.unmodifiableList(new ArrayList<>(values))));
        this.headers = Collections.unmodifiableMap(copy);
    }

    /** The problem. */
    public ProblemDetail problem() {
        return problem;
    }

    /** The header fields the response must have, by name, unmodifiable. */
    public Map<String, List<String>> headers() {
        return headers;
    }
}
