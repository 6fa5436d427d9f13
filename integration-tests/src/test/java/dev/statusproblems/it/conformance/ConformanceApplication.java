package dev.statusproblems.it.conformance;

import dev.statusproblems.testsupport.conformance.ConformanceResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The conformance table's JAX-RS application, at {@code /api}. */
@ApplicationPath("api")
public class ConformanceApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ConformanceResource.class);
    }
}
