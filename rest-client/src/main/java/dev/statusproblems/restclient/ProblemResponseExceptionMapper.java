package dev.statusproblems.restclient;

import dev.statusproblems.jaxrs.ClientProblems;
import dev.statusproblems.jaxrs.ProblemResponseException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a problem response a MicroProfile Rest Client receives into the exception to throw: the
 * application's {@code @ProblemType} exception when the problem is of one of the types it was given,
 * members set, else a {@link ProblemResponseException} ({@code ClientErrorProblemException} or
 * {@code ServerErrorProblemException}). From a typed exception,
 * {@link ProblemResponseException#from(Throwable)} gives the problem and the response headers.
 *
 * <p>Register it with {@link ThrowsProblems} on the interface, or with one line on a builder:
 * {@code RestClientBuilder.newBuilder().register(ProblemResponseExceptionMapper.throwing(OutOfCreditException.class))}.
 * As the Rest Client requires, a checked exception reaches the caller only from a method that declares it.
 */
public final class ProblemResponseExceptionMapper implements ResponseExceptionMapper<Throwable> {

    /**
     * After the application's own mappers ({@link ResponseExceptionMapper#DEFAULT_PRIORITY}), before the
     * Rest Client's default one.
     */
    public static final int PRIORITY = Priorities.USER + 100;

    private final ClientProblems problems;

    /** A mapper that knows no application types: every problem becomes a {@link ProblemResponseException}. */
    public ProblemResponseExceptionMapper() {
        this(ClientProblems.none());
    }

    private ProblemResponseExceptionMapper(ClientProblems problems) {
        this.problems = problems;
    }

    /**
     * A mapper that also rebuilds these {@code @ProblemType} exceptions.
     *
     * @throws IllegalArgumentException naming a class that declares no valid {@code @ProblemType} or
     *     that a client cannot build
     */
    public static ProblemResponseExceptionMapper throwing(Class<?>... exceptionClasses) {
        Objects.requireNonNull(exceptionClasses, "exceptionClasses");
        return throwing(List.of(exceptionClasses));
    }

    /** {@link #throwing(Class[])} with a list. */
    public static ProblemResponseExceptionMapper throwing(List<? extends Class<?>> exceptionClasses) {
        return new ProblemResponseExceptionMapper(ClientProblems.of(exceptionClasses));
    }

    /** The application exception classes this mapper rebuilds. */
    public List<Class<? extends Throwable>> exceptionClasses() {
        return problems.exceptionClasses();
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return ClientProblems.isProblem(status, mediaType(headers.getFirst(HttpHeaders.CONTENT_TYPE)));
    }

    @Override
    public Throwable toThrowable(Response response) {
        MediaType type = response.getMediaType();
        if (!ClientProblems.isProblem(response.getStatus(), type) || !response.hasEntity()) {
            return null;
        }
        // the Rest Client API gives no request URI: a relative type stays relative, and matches by its path
        ProblemResponseException thrown = problems.read(response.getStatus(), type, response.getStringHeaders(),
                response.readEntity(InputStream.class), null);
        return thrown.typed(Throwable.class).orElse(thrown);
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    private static MediaType mediaType(Object header) {
        if (header instanceof MediaType) {
            return (MediaType) header;
        }
        try {
            return header == null ? null : MediaType.valueOf(header.toString());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
