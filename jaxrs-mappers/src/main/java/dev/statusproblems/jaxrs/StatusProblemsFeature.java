package dev.statusproblems.jaxrs;

import dev.statusproblems.jaxrs.internal.Providers;
import dev.statusproblems.jaxrs.internal.JaxrsApplication;
import dev.statusproblems.responses.Settings;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The one entry point: on a server, registers the exception mappers, the problem writer and the
 * reader guard, so that every error response is an RFC 9457 problem. Found with no configuration by
 * classpath scanning and through {@code META-INF/services/jakarta.ws.rs.core.Feature}; registering it
 * more than once does no harm. Turned off by the setting {@code statusproblems.jaxrs.enabled=false}, read
 * when the application starts from system properties, MicroProfile Config and the JAX-RS
 * application's properties. A malformed setting fails the application's start, naming it.
 *
 * <p>On a client it does nothing unless created by {@link #withClientFilter()}: runtimes apply
 * service-loaded features to every client too, and a client that never asked for it must keep
 * receiving problem responses as responses.
 */
@Provider
public final class StatusProblemsFeature implements Feature {

    private final boolean clientFilter;

    /** The feature as the runtime finds it: server side only. */
    public StatusProblemsFeature() {
        this(false);
    }

    private StatusProblemsFeature(boolean clientFilter) {
        this.clientFilter = clientFilter;
    }

    /** The feature that, registered on a client, also registers {@link ProblemClientFilter}. */
    public static StatusProblemsFeature withClientFilter() {
        return new StatusProblemsFeature(true);
    }

    /** Registers the providers for the side being configured; {@code false} when there are none to register. */
    @Override
    public boolean configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() == RuntimeType.CLIENT) {
            return clientFilter && Providers.registerClient(context, ProblemClientFilter.class);
        }
        Settings settings = JaxrsApplication.settings(context.getConfiguration());
        return settings.jaxrsEnabled() && Providers.registerServer(context, settings);
    }
}
