package dev.statusproblems.jaxrs;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemFormatException;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.ProblemXml;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's {@code @ProblemType} exceptions a client rebuilds from the problem responses it
 * receives, and the reading of those responses, for the JAX-RS client filter and the MicroProfile
 * Rest Client mapper alike. Immutable.
 */
public final class ClientProblems {

    private static final ClientProblems NONE = new ClientProblems(List.of());
    private static final MediaType PROBLEM_JSON = MediaType.valueOf(ProblemJson.MEDIA_TYPE);
    private static final MediaType PROBLEM_XML = MediaType.valueOf(ProblemXml.MEDIA_TYPE);

    private final List<ProblemTypeDefinition> types;

    private ClientProblems(List<ProblemTypeDefinition> types) {
        this.types = types;
    }

    /** No application types: every problem response becomes a {@link ProblemResponseException}. */
    public static ClientProblems none() {
        return NONE;
    }

    /**
     * The client problems of {@code exceptionClasses}, each checked now.
     *
     * @throws IllegalArgumentException naming the class that declares no valid {@code @ProblemType} or
     *     that a client cannot build (no usable constructor, a member of a type a problem cannot hold)
     */
    public static ClientProblems of(Collection<? extends Class<?>> exceptionClasses) {
        List<ProblemTypeDefinition> types = new ArrayList<>();
        for (Class<?> exceptionClass : exceptionClasses) {
            types.add(ProblemTypeDefinition.of(Objects.requireNonNull(exceptionClass, "exceptionClass"))
                    .requireConstructible());
        }
        return types.isEmpty() ? NONE : new ClientProblems(List.copyOf(types));
    }

    /** The exception classes, in the order given. */
    public List<Class<? extends Throwable>> exceptionClasses() {
        return types.stream().<Class<? extends Throwable>>map(ProblemTypeDefinition::exceptionClass).toList();
    }

    /** Whether a response with {@code status} and {@code type} carries a problem this reads. */
    public static boolean isProblem(int status, MediaType type) {
        return status >= 400 && status <= 599 && type != null && !type.isWildcardType() && !type.isWildcardSubtype()
                && (PROBLEM_JSON.isCompatible(type) || PROBLEM_XML.isCompatible(type));
    }

    /**
     * The exception for a problem response: its status and headers, the problem read from
     * {@code body} with a relative type resolved against {@code requestUri} ({@code null} if not
     * known), and, when that type is one of these, the application's exception as its cause, which in
     * turn carries a {@code ProblemResponseException} of its own ({@link ProblemResponseException#from}).
     * A member of the wrong kind makes that exception impossible: the problem stays a
     * {@code ProblemResponseException}, with the reason as a suppressed exception.
     */
    public ProblemResponseException read(int status, MediaType type, Map<String, List<String>> headers,
            InputStream body, URI requestUri) {
        Response carried = headersOnly(status, headers);
        ProblemDetail read;
        try (InputStream in = body) {
            read = PROBLEM_JSON.isCompatible(type) ? ProblemJson.read(in, status) : ProblemXml.read(in, status);
        } catch (ProblemFormatException malformed) {
            return ProblemResponseException.malformed(carried, malformed);
        } catch (IOException | RuntimeException unreadable) {
            return ProblemResponseException.malformed(carried,
                    new ProblemFormatException("not a problem document: " + unreadable.getMessage(), unreadable));
        }
        ProblemDetail problem = requestUri != null && !read.type().isAbsolute()
                ? read.toBuilder().type(requestUri.resolve(read.type())).build()
                : read;
        Optional<ProblemTypeDefinition> declared = types.stream().filter(t -> t.isTypeOf(problem)).findFirst();
        if (declared.isEmpty()) {
            return ProblemResponseException.of(carried, problem);
        }
        Throwable typed;
        try {
            typed = declared.get().toException(problem);
        } catch (IllegalArgumentException mismatch) {
            ProblemResponseException untyped = ProblemResponseException.of(carried, problem);
            untyped.addSuppressed(mismatch);
            return untyped;
        }
        ProblemResponseException origin = ProblemResponseException.of(carried, problem);
        try {
            typed.initCause(origin);
        } catch (IllegalStateException causeSetByItsConstructor) {
            typed.addSuppressed(origin);
        }
        return ProblemResponseException.of(carried, problem, typed);
    }

    private static Response headersOnly(int status, Map<String, List<String>> headers) {
        Response.ResponseBuilder builder = Response.status(status, HttpStatus.of(status).reasonPhrase());
        headers.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }
}
