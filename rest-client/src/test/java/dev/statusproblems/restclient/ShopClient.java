package dev.statusproblems.restclient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** A Rest Client interface that asks for the problem types its methods declare. */
@Path("")
@ThrowsProblems
public interface ShopClient {

    @GET
    @Path("credit")
    String credit() throws OutOfCreditException;

    @GET
    @Path("credit")
    @Produces("application/problem+xml")
    String creditAsXml() throws OutOfCreditException;

    @GET
    @Path("quota")
    String quota() throws QuotaExceededException;

    @GET
    @Path("orders/{id}")
    String order(@PathParam("id") int id);

    @GET
    @Path("boom")
    String boom();

    @GET
    @Path("credit-with-text-balance")
    String creditWithTextBalance() throws OutOfCreditException;

    @GET
    @Path("malformed")
    String malformed();
}
