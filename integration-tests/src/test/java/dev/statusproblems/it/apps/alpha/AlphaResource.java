package dev.statusproblems.it.apps.alpha;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The alpha application's resource: its own problem type, a plain 404 with a message, and its ledger. */
@Path("")
@RequestScoped
public class AlphaResource {

    @Inject
    AlphaLedger ledger;

    /** Always refused with the application's own problem type. */
    @GET
    @Path("refuse/{marker}")
    @Produces(MediaType.APPLICATION_JSON)
    public String refuse(@PathParam("marker") String marker) {
        throw new AlphaRejectedException("The alpha application refuses " + marker);
    }

    /** Always a 404 with the application's own message. */
    @GET
    @Path("things/{marker}")
    @Produces(MediaType.APPLICATION_JSON)
    public String thing(@PathParam("marker") String marker) {
        throw new NotFoundException("The alpha application has no thing " + marker);
    }

    /** What the application's observer recorded, a line each. */
    @GET
    @Path("ledger")
    @Produces(MediaType.TEXT_PLAIN)
    public String ledger() {
        return String.join("\n", ledger.entries());
    }
}
