package dev.statusproblems.it.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Carts, with no OpenAPI annotation: what MicroProfile OpenAPI finds on its own. */
@Path("carts")
public class CartResource {

    /** Cart 1, or the problem of a locked cart. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String cart(@PathParam("id") String id) {
        if (!"1".equals(id)) {
            throw new CartLockedException(id);
        }
        return "cart 1";
    }
}
