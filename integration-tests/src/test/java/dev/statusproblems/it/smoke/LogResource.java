package dev.statusproblems.it.smoke;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Writes a marker line to the server log through System.Logger, as our modules log incidents. */
@Path("log")
public class LogResource {

    private static final System.Logger LOGGER = System.getLogger("dev.statusproblems.it");

    /** Logs "smoke marker {marker}" at INFO and answers 204. */
    @POST
    @Path("{marker}")
    public void log(@PathParam("marker") String marker) {
        LOGGER.log(System.Logger.Level.INFO, "smoke marker {0}", marker);
    }
}
