package dev.statusproblems.restclient;

import dev.statusproblems.model.StatusProblems;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The server side: it throws the shared exceptions, and sends a few problems no server of ours would. */
@Path("")
public class ShopResource {

    @GET
    @Path("credit")
    public String credit() {
        throw new OutOfCreditException(30, 50);
    }

    @GET
    @Path("quota")
    public String quota() throws QuotaExceededException {
        throw new QuotaExceededException("You may place 10 orders a day", 10);
    }

    @GET
    @Path("orders/{id}")
    public String order(@PathParam("id") int id) {
        throw StatusProblems.create().notFound().detail("Order %s does not exist", id).toException();
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("the database is gone");
    }

    @GET
    @Path("credit-with-text-balance")
    public Response creditWithTextBalance() {
        return Response.status(403).type("application/problem+json")
                .entity("{\"type\":\"/shop/problems/out-of-credit\",\"title\":\"You do not have enough credit\","
                        + "\"status\":403,\"balance\":\"lots\",\"cost\":50}")
                .build();
    }

    @GET
    @Path("malformed")
    public Response malformed() {
        return Response.status(502).type("application/problem+json").entity("{not json").build();
    }
}
