package dev.statusproblems.benchmarks.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/hello}: a small JSON document, the typical 2xx of a REST endpoint. */
@Path("/hello")
public class HelloResource {

    private static final String BODY = "{\"message\":\"hello\",\"items\":[1,2,3],\"ok\":true}";

    /** Returns the constant greeting, so the measured cost is the stack's and not the resource's. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String hello() {
        return BODY;
    }
}
