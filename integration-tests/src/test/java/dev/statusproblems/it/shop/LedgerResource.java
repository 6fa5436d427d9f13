package dev.statusproblems.it.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET api/ledger}: the problems the application's observer recorded, a line each. */
@Path("ledger")
@RequestScoped
public class LedgerResource {

    @Inject
    ProblemLedger ledger;

    /** The recorded problems. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String entries() {
        return String.join("\n", ledger.entries());
    }
}
