package dev.statusproblems.benchmarks.app;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.TimeUnit;

/**
 * The errors of the side-by-side comparison, the same in every WAR: what an application throws (a
 * 404, a Bean Validation 400, an uncaught exception) and what the runtime answers for it (a body it
 * cannot read, a media type it does not consume, an async request that times out).
 */
@Path("/")
public class ShopResource {

    /** {@code GET /api/orders/{id}}: no order exists, a 404 thrown as an exception. */
    @GET
    @Path("orders/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String order(@PathParam("id") String id) {
        throw new NotFoundException("Order " + id + " does not exist");
    }

    /** {@code GET /api/items?size=N}: a page size out of 1–100 fails Bean Validation, a 400. */
    @GET
    @Path("items")
    @Produces(MediaType.APPLICATION_JSON)
    public String items(@QueryParam("size") @Min(1) @Max(100) int size) {
        return "{\"size\":" + size + "}";
    }

    /** {@code POST /api/items}: a JSON item, so a malformed body or another media type is refused. */
    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Item create(Item item) {
        return item;
    }

    /** {@code GET /api/boom}: an exception nothing catches, a 500. */
    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("the stock service is down");
    }

    /** {@code GET /api/slow}: never resumed, so the runtime times the request out after 50 ms. */
    @GET
    @Path("slow")
    public void slow(@Suspended AsyncResponse response) {
        response.setTimeout(50, TimeUnit.MILLISECONDS);
    }

    /** The item {@code POST /api/items} reads. */
    public static class Item {

        /** Its name. */
        public String name;
    }
}
