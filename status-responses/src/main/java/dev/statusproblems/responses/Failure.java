package dev.statusproblems.responses;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What went wrong, as an adapter found it: an error status with what the application said, or a
 * problem the application built, and the exception behind it. Immutable; each {@code with} method
 * returns a new failure.
 *
 * <p>Whatever the adapter found, a {@code ProblemException} or an exception whose class declares a
 * {@code @ProblemType} in the chain of the {@linkplain #withCause cause} decides the problem, so that
 * every sender answers such an exception the same way.
 */
public final class Failure {

    private final int status;
    private final ProblemDetail problem;
    private final String message;
    private final Function<Locale, String> detail;
    private final Map<String, List<String>> headers;
    private final Throwable cause;

    private Failure(int status, ProblemDetail problem, String message, Function<Locale, String> detail,
            Map<String, List<String>> headers, Throwable cause) {
        this.status = status;
        this.problem = problem;
        this.message = message;
        this.detail = detail;
        this.headers = headers;
        this.cause = cause;
    }

    /** An error with {@code status} (4xx or 5xx; anything else answers as a 500). */
    public static Failure status(int status) {
        int code = status >= 400 && status <= 599 ? status : 500;
        HttpStatus.of(code); // checks the range
        return new Failure(code, null, null, null, Map.of(), null);
    }

    /** The problem the application built, sent as it is but for what the configuration completes. */
    public static Failure problem(ProblemDetail problem) {
        Objects.requireNonNull(problem, "problem");
        return new Failure(problem.status(), problem, null, null, Map.of(), null);
    }

    /**
     * An exception that escaped the application: the problem its chain carries, else a 500.
     */
    public static Failure thrown(Throwable exception) {
        return status(500).withCause(Objects.requireNonNull(exception, "exception"));
    }

    /**
     * With what the application said of the error ({@code sendError}'s message, an exception's
     * message), which becomes a client error's detail unless it is no text of the application's own
     * (a runtime's canned text, a class name, a URL, the request path).
     */
    public Failure withMessage(String message) {
        return new Failure(status, problem, message, detail, headers, cause);
    }

    /** With the suite's own detail, written in the request's language. */
    public Failure withDetail(Function<Locale, String> detail) {
        return new Failure(status, problem, message, Objects.requireNonNull(detail, "detail"), headers, cause);
    }

    /**
     * With the header fields the application meant to send with the error: all are kept but the
     * metadata of a body (the problem has its own), unless the status requires it.
     */
    public Failure withHeaders(Map<String, ? extends List<?>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            List<String> strings = new ArrayList<>();
            for (Object value : values) {
                if (value != null) {
                    strings.add(value.toString());
                }
            }
            if (!strings.isEmpty()) {
                copy.put(name, List.copyOf(strings));
            }
        });
        return new Failure(status, problem, message, detail, Collections.unmodifiableMap(copy), cause);
    }

    /** With the exception behind the error: logged with a server error, and its chain may carry the problem. */
    public Failure withCause(Throwable cause) {
        return new Failure(status, problem, message, detail, headers, cause);
    }

    /** The status, when no problem in the cause's chain decides another. */
    public int status() {
        return status;
    }

    /** The problem the application built, or {@code null}. */
    public ProblemDetail problem() {
        return problem;
    }

    /** What the application said, or {@code null}. */
    public String message() {
        return message;
    }

    /** The suite's own detail, or {@code null}. */
    public Function<Locale, String> detail() {
        return detail;
    }

    /** The header fields the application meant to send. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The exception behind the error, or {@code null}. */
    public Throwable cause() {
        return cause;
    }

    @Override
    public String toString() {
        return "Failure{" + (problem != null ? problem : Integer.toString(status))
                + (cause != null ? ", " + cause.getClass().getName() : "") + "}";
    }
}
