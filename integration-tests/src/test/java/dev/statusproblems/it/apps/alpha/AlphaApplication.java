package dev.statusproblems.it.apps.alpha;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The alpha application's JAX-RS resources and our feature, found by scanning. */
@ApplicationPath("api")
public class AlphaApplication extends Application {
}
