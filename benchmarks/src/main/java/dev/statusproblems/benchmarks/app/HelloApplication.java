package dev.statusproblems.benchmarks.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application of the benchmark WARs: resources (and, in with.war, the suite) found by scanning. */
@ApplicationPath("/api")
public class HelloApplication extends Application {
}
