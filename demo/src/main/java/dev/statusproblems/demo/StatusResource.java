package dev.statusproblems.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code GET /api/status/{code}}: answers with that status through JAX-RS, with the header fields
 * the status requires ({@link RequiredHeaders}).
 */
@Path("status/{code}")
public class StatusResource {

    private static final String ALLOWED = "GET, HEAD, OPTIONS";

    /** Errors are thrown as the JAX-RS exception for the code; other codes are answered as they are. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("code") int code) {
        if (code < 100 || code > 599) {
            throw new WebApplicationException("Status must be between 100 and 599, but was " + code, 400);
        }
        Response.ResponseBuilder response = Response.status(code);
        String body = "{\"status\":" + code + "}";
        if (code >= 200) {
            RequiredHeaders.of(code, body.length(), ALLOWED).forEach(response::header);
        }
        if (code >= 400) {
            throw new WebApplicationException(response.build());
        }
        if (code >= 300) {
            response.location(URI.create("/demo/"));
        }
        if (code >= 200 && code != 204 && code != 205 && code != 304) {
            response.entity(body);
        }
        return response.build();
    }
}
