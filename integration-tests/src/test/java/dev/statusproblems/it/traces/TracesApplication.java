package dev.statusproblems.it.traces;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The traced application's JAX-RS resources, found by scanning. */
@ApplicationPath("api")
public class TracesApplication extends Application {
}
