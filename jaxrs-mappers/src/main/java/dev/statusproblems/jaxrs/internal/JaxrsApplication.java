package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.responses.ServletApplications;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.Setting;
import dev.statusproblems.responses.Settings;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Configuration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The pipeline of one JAX-RS application, kept as a property of its configuration, where every
 * provider finds it: the pipeline of its web application once a request has shown it runs in one
 * (so that it follows the same settings as the servlet filter, context parameters included), else
 * one of its own, from the JAX-RS application's properties and the other sources.
 */
public final class JaxrsApplication {

    /** The configuration property that holds it. */
    static final String PROPERTY = JaxrsApplication.class.getName();

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private final ProblemResponses own;
    private volatile ProblemResponses servlet;
    private volatile boolean unbindable;
    private volatile PayaraServerSpan payaraSpan;
    private volatile BooleanSupplier targetPlain = () -> false;

    private JaxrsApplication(Settings settings) {
        this.own = ProblemResponses.of(settings);
    }

    /**
     * The settings of the JAX-RS application {@code configuration} configures.
     *
     * @throws IllegalArgumentException naming the key and the value, when a setting is malformed
     */
    public static Settings settings(Configuration configuration) {
        Map<String, String> properties = new HashMap<>();
        for (String name : configuration.getPropertyNames()) {
            Object value = configuration.getProperty(name);
            if (name.startsWith(Setting.PREFIX) && value != null) {
                properties.put(name, value.toString());
            }
        }
        return Settings.read(properties);
    }

    /** Keeps a new application's pipeline in {@code configuration}'s properties, unless one is there. */
    static void keep(jakarta.ws.rs.core.FeatureContext context, Settings settings) {
        if (!(context.getConfiguration().getProperty(PROPERTY) instanceof JaxrsApplication)) {
            context.property(PROPERTY, new JaxrsApplication(settings));
        }
    }

    /** The application {@code configuration} belongs to; one of its own if none was kept (never, through the feature). */
    static JaxrsApplication of(Configuration configuration) {
        Object held = configuration != null ? configuration.getProperty(PROPERTY) : null;
        return held instanceof JaxrsApplication ? (JaxrsApplication) held : new JaxrsApplication(settings(configuration));
    }

    /** The pipeline that answers this application's errors. */
    ProblemResponses responses() {
        ProblemResponses bound = servlet;
        return bound != null ? bound : own;
    }

    /**
     * Makes the server span of the current request current until the returned scope closes, where the
     * runtime traced the request but no longer has it current (Payara); else does nothing.
     */
    PayaraServerSpan.Scope serverSpan() {
        PayaraServerSpan span = payaraSpan;
        return span != null ? span.enter() : PayaraServerSpan.NONE;
    }

    /**
     * Whether the current request's target is known, from its servlet request's raw characters, to be
     * one the runtime parses without fail; {@code false} where nothing tells (no servlet request).
     */
    boolean targetPlain() {
        return targetPlain.getAsBoolean();
    }

    /** Whether {@link #bind} has nothing left to do. */
    boolean bound() {
        return servlet != null || unbindable;
    }

    /**
     * Answers with the pipeline of the web application of {@code context} ({@code null}: there is none)
     * from now on. Where no other
     * part of the suite made it as the application started, it is made here, at the first request:
     * too late to fail the deployment over a malformed setting, which is then logged once, and the
     * mappers keep their own settings. {@code requestAttributes} reads an attribute of the servlet
     * request being answered, {@code targetPlain} tells whether its target is {@link RawTarget#plain}.
     */
    void bind(ServletContext context, Function<String, Object> requestAttributes, BooleanSupplier targetPlain) {
        if (bound()) {
            return;
        }
        if (context == null) {
            unbindable = true; // no servlet container: asked once, not at every request
            return;
        }
        payaraSpan = new PayaraServerSpan(requestAttributes);
        this.targetPlain = targetPlain;
        try {
            servlet = ServletApplications.of(context);
        } catch (IllegalArgumentException malformed) {
            unbindable = true;
            LOG.log(System.Logger.Level.WARNING, malformed.getMessage() + "; the JAX-RS mappers follow the"
                    + " settings they read as the JAX-RS application started");
        }
    }
}
