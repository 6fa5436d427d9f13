package dev.statusproblems.it.serverwide;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** A JAX-RS application in a WAR without our jars. */
@ApplicationPath("api")
public class BareApplication extends Application {
}
