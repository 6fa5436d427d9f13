package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.jaxrs.StatusProblemsFeature;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The feature as {@code META-INF/services/jakarta.ws.rs.core.Feature} names it. Scanning finds the
 * {@code @Provider} {@link StatusProblemsFeature}; runtimes register service-loaded features by class
 * too, so naming that same class here made RESTEasy register it twice and warn (RESTEASY002155) at
 * every deployment that scans. A class of its own is registered once by each path, and the providers
 * it shares with the scanned feature are registered only once ({@link Providers}).
 */
public final class ServiceLoadedFeature implements Feature {

    /** Called by the runtime's service loading. */
    public ServiceLoadedFeature() {
    }

    @Override
    public boolean configure(FeatureContext context) {
        return new StatusProblemsFeature().configure(context);
    }
}
