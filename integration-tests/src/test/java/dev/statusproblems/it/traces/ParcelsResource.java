package dev.statusproblems.it.traces;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A resource whose methods fail: a declared 404, and an uncaught exception. */
@Path("parcels")
public class ParcelsResource {

    @GET
    @Path("{id}")
    public String parcel(@PathParam("id") String id) {
        throw new ParcelNotFoundException(id);
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("the parcel database is down");
    }
}
