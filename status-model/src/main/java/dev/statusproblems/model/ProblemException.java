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
 * <p>Only a server error's (5xx) exception has a stack trace. A client error's exception exists only
 * to carry its problem to a mapper, which logs it at DEBUG without a trace; filling one in would
 * cost more than building the problem (several microseconds, growing with the depth of the call
 * stack) and serve no one. A 5xx is logged at ERROR with the stack trace of the exception that
 * caused it, and there the place this exception was thrown from is what a reader needs. Exceptions
 * of the application's own classes ({@link ProblemType}) keep their stack traces in every case.
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
        super(Objects.requireNonNull(problem, "problem").detail().orElse(problem.title()), null, false,
                problem.httpStatus().statusClass() == StatusClass.SERVER_ERROR);
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
