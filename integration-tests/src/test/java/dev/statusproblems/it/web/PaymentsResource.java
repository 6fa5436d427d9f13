package dev.statusproblems.it.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Knows no payment at all. */
@Path("payments")
public class PaymentsResource {

    /** Every payment is missing. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String payment(@PathParam("id") String id) {
        throw new NotFoundException("Payment " + id + " does not exist");
    }
}
