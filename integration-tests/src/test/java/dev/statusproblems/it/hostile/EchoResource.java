package dev.statusproblems.it.hostile;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Answers {@code GET echo/<n>} with {@code Response.status(n)}: the headers HTTP requires with the
 * status (as a careful application sets them), a text body for a 2xx that may carry one, none else.
 */
@Path("echo/{status}")
public class EchoResource {

    /** The status {@code status}, with what {@link Echo} says goes with it. */
    @GET
    public Response echo(@PathParam("status") int status) {
        Response.ResponseBuilder response = Response.status(status);
        Echo.headers(status).forEach(response::header);
        Echo.body(status).ifPresent(body -> response.entity(body).type("text/plain"));
        return response.build();
    }
}
