package dev.statusproblems.jaxrs;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.util.List;
import java.util.Objects;

/**
 * Turns an error response carrying a problem ({@code application/problem+json} or
 * {@code application/problem+xml}) into a thrown {@link ProblemResponseException} holding the parsed
 * problem. Register it on a {@code Client} (or register {@link StatusProblemsFeature}), or register
 * {@link #throwing(Class[])} to have the application's own {@code @ProblemType} exceptions rebuilt as
 * well. Other responses pass untouched.
 */
@ConstrainedTo(RuntimeType.CLIENT)
public final class ProblemClientFilter implements ClientResponseFilter {

    private final ClientProblems problems;

    /** A filter that knows no application types. */
    public ProblemClientFilter() {
        this(ClientProblems.none());
    }

    private ProblemClientFilter(ClientProblems problems) {
        this.problems = problems;
    }

    /**
     * A filter that also rebuilds these {@code @ProblemType} exceptions: a problem of one of their
     * types is thrown as a {@link ProblemResponseException} whose {@link ProblemResponseException#typed
     * typed(Class)} (its cause) is that exception, members set.
     *
     * @throws IllegalArgumentException naming a class that declares no valid {@code @ProblemType} or
     *     that a client cannot build
     */
    public static ProblemClientFilter throwing(Class<?>... exceptionClasses) {
        Objects.requireNonNull(exceptionClasses, "exceptionClasses");
        return new ProblemClientFilter(ClientProblems.of(List.of(exceptionClasses)));
    }

    /**
     * Throws a {@link ProblemResponseException} for an error response that carries a problem.
     *
     * @throws ProblemResponseException for a problem response, also when its document is malformed
     */
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (!ClientProblems.isProblem(response.getStatus(), response.getMediaType()) || !response.hasEntity()) {
            return;
        }
        throw problems.read(response.getStatus(), response.getMediaType(), response.getHeaders(),
                response.getEntityStream(), request.getUri());
    }
}
