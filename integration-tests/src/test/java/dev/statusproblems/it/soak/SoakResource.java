package dev.statusproblems.it.soak;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The JAX-RS side of the soak: one success, one application 404, one 500, a JSON body reader. */
@Path("items")
public class SoakResource {

    /** The exact bytes (UTF-8) of item 7, which the soak compares every 200 against. */
    public static final String ITEM_7 = "{\"id\":7,\"name\":\"soak item\",\"tags\":[\"a\",\"b\",\"c\"]}";

    /** Returns item 7 as fixed JSON text, or a 404 with the application's own message. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String item(@PathParam("id") String id) {
        if (!"7".equals(id)) {
            throw new NotFoundException("Item " + id + " does not exist");
        }
        return ITEM_7;
    }

    /** Fails the way a bug does: an uncaught exception whose message must not leave the server. */
    @GET
    @Path("boom")
    @Produces(MediaType.APPLICATION_JSON)
    public String boom() {
        throw new IllegalStateException("soak failure with internal state");
    }

    /** Reads a JSON object (a malformed one must be a 400) and answers with its size. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String create(JsonObject item) {
        return Integer.toString(item.size());
    }
}
