package dev.statusproblems.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** {@code GET /api/boom}: an uncaught exception whose message holds a secret that must never leave. */
@Path("boom")
public class BoomResource {

    /** Always fails. */
    @GET
    public String boom() {
        throw new IllegalStateException("Cannot connect to jdbc:postgresql://db/orders as admin/s3cr3t-password");
    }
}
