package dev.statusproblems.it.roundtrip;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The server deployment: every charge is more than the balance of 30. */
@Path("charges")
public class ChargeResource {

    @GET
    @Path("{cost}")
    public String charge(@PathParam("cost") int cost) {
        throw new OutOfCreditException(30, cost);
    }
}
