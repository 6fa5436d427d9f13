package dev.statusproblems.jaxrs;

import dev.statusproblems.jaxrs.internal.Providers;
import dev.statusproblems.model.internal.Settings;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The one entry point: on a server, registers the exception mappers, the problem writer and the
 * reader guard, so that every error response is an RFC 9457 problem; on a client, registers
 * {@link ProblemClientFilter}. Found with no configuration by classpath scanning and through
 * {@code META-INF/services/jakarta.ws.rs.core.Feature}; registering it more than once does no harm.
 * Turned off by the setting {@code statusproblems.jaxrs.enabled=false}.
 */
@Provider
public final class StatusProblemsFeature implements Feature {

    /** Created by the runtime, or by an application that registers it by hand. */
    public StatusProblemsFeature() {
    }

    /** Registers the providers for the runtime side being configured; {@code false} when turned off. */
    @Override
    public boolean configure(FeatureContext context) {
        if (!Settings.load().flag(Settings.JAXRS_ENABLED, true)) {
            return false;
        }
        return Providers.register(context, ProblemClientFilter.class);
    }
}
