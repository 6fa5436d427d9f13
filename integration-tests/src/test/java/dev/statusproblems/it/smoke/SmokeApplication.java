package dev.statusproblems.it.smoke;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The smoke deployment's JAX-RS application, found by scanning. */
@ApplicationPath("api")
public class SmokeApplication extends Application {
}
