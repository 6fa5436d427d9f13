package dev.statusproblems.it.serverwide;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Knows no order. */
@Path("orders")
public class BareResource {

    /** Every order is missing. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String order(@PathParam("id") String id) {
        throw new NotFoundException("Order " + id + " does not exist");
    }
}
