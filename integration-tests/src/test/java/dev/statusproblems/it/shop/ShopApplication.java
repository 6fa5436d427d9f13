package dev.statusproblems.it.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The shop's JAX-RS application: resources and our feature found by scanning. */
@ApplicationPath("api")
public class ShopApplication extends Application {
}
