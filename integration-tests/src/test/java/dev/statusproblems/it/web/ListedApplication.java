package dev.statusproblems.it.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Lists its classes by hand, which turns the runtime's scanning off: our feature, not listed, must
 * still arrive through {@code META-INF/services/jakarta.ws.rs.core.Feature}.
 */
@ApplicationPath("rest")
public class ListedApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PaymentsResource.class);
    }
}
