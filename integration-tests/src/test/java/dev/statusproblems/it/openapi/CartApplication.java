package dev.statusproblems.it.openapi;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The openapi deployment's JAX-RS application, found by scanning. */
@ApplicationPath("api")
public class CartApplication extends Application {
}
