package dev.statusproblems.restclient;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A Rest Client interface that asks for nothing. */
@Path("")
public interface PlainShopClient {

    @GET
    @Path("credit")
    String credit();

    @GET
    @Path("quota")
    String quota();
}
