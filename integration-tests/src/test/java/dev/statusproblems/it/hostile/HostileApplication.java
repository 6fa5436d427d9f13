package dev.statusproblems.it.hostile;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The hostile-input deployment's JAX-RS application, found by scanning. */
@ApplicationPath("api")
public class HostileApplication extends Application {
}
