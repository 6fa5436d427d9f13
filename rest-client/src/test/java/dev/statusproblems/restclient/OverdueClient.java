package dev.statusproblems.restclient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A Rest Client interface declaring a problem type a client cannot rebuild. */
@Path("")
@ThrowsProblems
public interface OverdueClient {

    @GET
    @Path("overdue")
    String overdue() throws DatedException;
}
