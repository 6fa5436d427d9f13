package dev.statusproblems.it.roundtrip;

import dev.statusproblems.restclient.ThrowsProblems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The client deployment's view of the server's charges. */
@RegisterRestClient
@ThrowsProblems
@Path("charges")
public interface CreditApi {

    @GET
    @Path("{cost}")
    @Produces("application/json")
    String charge(@PathParam("cost") int cost) throws OutOfCreditException;

    @GET
    @Path("{cost}")
    @Produces("application/xml")
    String chargeAsXml(@PathParam("cost") int cost) throws OutOfCreditException;
}
