package dev.statusproblems.testsupport.conformance;

import dev.statusproblems.testsupport.Conformance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;

/**
 * The conformance table's JAX-RS endpoints: each situation at {@code conformance/<situation>}, and
 * two resources that succeed, apart from that template so that no runtime can take one for the other.
 */
@Path("")
public class ConformanceResource {

    @GET
    @Path("conformance/{situation}")
    public String fail(@PathParam("situation") String situation) {
        RuntimeException thrown = Failures.of(situation);
        if (thrown != null) {
            throw thrown;
        }
        switch (situation) {
            case "status-with-message":
                throw new WebApplicationException(Conformance.LOCKED, 409);
            case "status-without-message":
                throw new WebApplicationException(409);
            case "request-timeout":
                throw new WebApplicationException(408);
            case "unavailable":
                throw new WebApplicationException(503);
            case "unauthorized":
                throw new WebApplicationException(401);
            case "server-status-with-message":
                throw new WebApplicationException(Conformance.SECRET, 502);
            case "headers-kept":
                throw new WebApplicationException(Response.status(409).type(MediaType.TEXT_PLAIN_TYPE).tag("v1")
                        .lastModified(new Date(0)).header("X-Trace", "trace-7").build());
            default:
                throw new NotFoundException();
        }
    }

    @GET
    @Path("conformance/hidden/{situation}")
    public String failHidden(@PathParam("situation") String situation) {
        if (situation.equals("forbidden")) {
            throw new ForbiddenException(Conformance.LOCKED, Response.status(403)
                    .header("WWW-Authenticate", "Basic realm=\"conformance\"").build());
        }
        return fail(situation);
    }

    @GET
    @Path("conformance-only/get")
    @Produces(MediaType.TEXT_PLAIN)
    public String getOnly() {
        return "served";
    }

    @GET
    @Path("conformance-only/json")
    @Produces(MediaType.APPLICATION_JSON)
    public String jsonOnly() {
        return "{}";
    }
}
