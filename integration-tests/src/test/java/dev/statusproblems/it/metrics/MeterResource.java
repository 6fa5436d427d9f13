package dev.statusproblems.it.metrics;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Meters, each failing its own way; a CDI bean, so the deployment is a CDI one, as metered ones are. */
@Path("meters")
@RequestScoped
public class MeterResource {

    /** Meter 1; a declared problem type for "locked"; a type the application builds per meter for "gone"; else a bug. */
    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String meter(@PathParam("id") String id) {
        switch (id) {
            case "1":
                return "meter 1";
            case "locked":
                throw new MeterLockedException(id);
            case "gone":
                throw new ProblemException(ProblemDetail.builder(410)
                        .type("https://meters.example/" + System.nanoTime() + "/gone").build());
            default:
                throw new IllegalStateException("meter " + id + " is unreadable");
        }
    }
}
