package dev.statusproblems.jaxrs.shop;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * An application that lists its classes by hand and does not name the feature: the feature comes
 * through {@code META-INF/services/jakarta.ws.rs.core.Feature}.
 */
public class ShopApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ShopResource.class);
    }
}
