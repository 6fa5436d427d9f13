package dev.statusproblems.jaxrs.shop;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * An application that lists its classes by hand and does not name the feature: the feature comes
 * through {@code META-INF/services/jakarta.ws.rs.core.Feature}.
 */
public class ShopApplication extends Application {

    private final Map<String, Object> properties;

    /** The application with no properties of its own. */
    public ShopApplication() {
        this(Map.of());
    }

    /** The application with {@code properties}, which configure the suite as a JAX-RS application's do. */
    public ShopApplication(Map<String, Object> properties) {
        this.properties = properties;
    }

    @Override
    public Map<String, Object> getProperties() {
        return TestServer.applicationProperties(properties);
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ShopResource.class);
    }
}
