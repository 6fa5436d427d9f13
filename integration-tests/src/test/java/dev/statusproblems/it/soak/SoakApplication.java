package dev.statusproblems.it.soak;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The soak deployment's JAX-RS application, found by scanning. */
@ApplicationPath("api")
public class SoakApplication extends Application {
}
