package dev.statusproblems.it.apps.beta;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The beta application's JAX-RS resources and our feature, found by scanning. */
@ApplicationPath("api")
public class BetaApplication extends Application {
}
