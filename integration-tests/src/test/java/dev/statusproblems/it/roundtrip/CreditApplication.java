package dev.statusproblems.it.roundtrip;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application of either deployment, at /api. */
@ApplicationPath("api")
public class CreditApplication extends Application {
}
