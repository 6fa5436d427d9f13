package dev.statusproblems.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: every resource is found by scanning, and so is status-problems. */
@ApplicationPath("/api")
public class DemoApplication extends Application {
}
