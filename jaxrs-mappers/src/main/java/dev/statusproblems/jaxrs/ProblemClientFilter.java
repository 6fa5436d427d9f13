package dev.statusproblems.jaxrs;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemFormatException;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Turns an error response carrying a problem ({@code application/problem+json} or
 * {@code application/problem+xml}) into a thrown {@link ProblemResponseException} holding the parsed
 * problem. Register it on a {@code Client} (or register {@link StatusProblemsFeature}). Other
 * responses pass untouched.
 */
@ConstrainedTo(RuntimeType.CLIENT)
public final class ProblemClientFilter implements ClientResponseFilter {

    private static final MediaType PROBLEM_JSON = MediaType.valueOf(ProblemJson.MEDIA_TYPE);
    private static final MediaType PROBLEM_XML = MediaType.valueOf(ProblemXml.MEDIA_TYPE);

    /** A filter; it holds no state. */
    public ProblemClientFilter() {
    }

    /**
     * Throws a {@link ProblemResponseException} for an error response that carries a problem.
     *
     * @throws ProblemResponseException for a problem response, also when its document is malformed
     */
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if (status < 400 || type == null || !response.hasEntity()) {
            return;
        }
        boolean json = PROBLEM_JSON.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype();
        boolean xml = PROBLEM_XML.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype();
        if (!json && !xml) {
            return;
        }
        Response carried = headersOnly(status, response.getHeaders());
        ProblemDetail problem;
        try (InputStream in = response.getEntityStream()) {
            problem = json ? ProblemJson.read(in, status) : ProblemXml.read(in, status);
        } catch (ProblemFormatException malformed) {
            throw ProblemResponseException.malformed(carried, malformed);
        } catch (RuntimeException unreadable) {
            throw ProblemResponseException.malformed(carried,
                    new ProblemFormatException("not a problem document: " + unreadable.getMessage(), unreadable));
        }
        throw ProblemResponseException.of(carried, problem);
    }

    private static Response headersOnly(int status, Map<String, List<String>> headers) {
        Response.ResponseBuilder builder = Response.status(status, HttpStatus.of(status).reasonPhrase());
        headers.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        return builder.build();
    }
}
