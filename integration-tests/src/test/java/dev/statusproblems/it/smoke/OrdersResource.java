package dev.statusproblems.it.smoke;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource that knows order 7 only. */
@Path("orders")
public class OrdersResource {

    /** Returns order 7, or a 404 with the application's own message. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String order(@PathParam("id") String id) {
        if (!"7".equals(id)) {
            throw new NotFoundException("Order " + id + " does not exist");
        }
        return "order 7";
    }
}
