package dev.statusproblems.benchmarks.app.ours;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** {@code GET /api/credit}: the application's own problem, thrown. */
@Path("credit")
public class CreditResource {

    /** Always out of credit. */
    @GET
    public String buy() {
        throw new OutOfCreditException(30, 50);
    }
}
