package dev.statusproblems.it.apps.beta;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The beta application's resource: its own problem type, a plain 404 with a message, and its ledger. */
@Path("")
@RequestScoped
public class BetaResource {

    @Inject
    BetaLedger ledger;

    /** Always refused with the application's own problem type. */
    @GET
    @Path("refuse/{marker}")
    @Produces(MediaType.APPLICATION_JSON)
    public String refuse(@PathParam("marker") String marker) {
        throw new BetaRefusedException("The beta application refuses " + marker);
    }

    /** Always a 404 with the application's own message. */
    @GET
    @Path("things/{marker}")
    @Produces(MediaType.APPLICATION_JSON)
    public String thing(@PathParam("marker") String marker) {
        throw new NotFoundException("The beta application has no thing " + marker);
    }

    /** What the application's observer recorded, a line each. */
    @GET
    @Path("ledger")
    @Produces(MediaType.TEXT_PLAIN)
    public String ledger() {
        return String.join("\n", ledger.entries());
    }
}
