package dev.statusproblems.it.metrics;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The metered deployment's JAX-RS application, found by scanning. */
@ApplicationPath("api")
public class MeterApplication extends Application {
}
