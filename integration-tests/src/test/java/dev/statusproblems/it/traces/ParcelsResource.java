package dev.statusproblems.it.traces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource whose methods fail: a declared 404, and an uncaught exception. */
@Path("parcels")
@RequestScoped
public class ParcelsResource {

    @GET
    @Path("{id}")
    public String parcel(@PathParam("id") String id) {
        throw new ParcelNotFoundException(id);
    }

    @GET
    @Path("{id}/label")
    public String label(@PathParam("id") String id) {
        throw new IllegalStateException("the label printer of parcel " + id + " is down");
    }
}
