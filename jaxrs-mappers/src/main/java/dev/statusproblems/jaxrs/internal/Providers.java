package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.responses.Settings;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;

/** What the feature registers, on which side, each only once. */
public final class Providers {

    private static final String VALIDATION_API = "jakarta.validation.ConstraintViolationException";
    private static final String SERVLET_API = "jakarta.servlet.ServletContext";

    private Providers() {
    }

    /** Registers {@code clientFilter} on a client, unless it is already there. */
    public static boolean registerClient(FeatureContext context, Class<?> clientFilter) {
        register(context, clientFilter, Priorities.USER);
        return true;
    }

    /**
     * Registers the server providers, each unless it is already there, and keeps the application's
     * pipeline, configured by {@code settings}, where they find it.
     */
    public static boolean registerServer(FeatureContext context, Settings settings) {
        JaxrsApplication.keep(context, settings);
        if (present(SERVLET_API)) {
            register(context, ServletBinding.class, ServletBinding.PRIORITY);
        }
        register(context, RequestParsingFilter.class, RequestParsingFilter.PRIORITY);
        register(context, ProblemWriter.class, Priorities.USER);
        register(context, UnreadableContentInterceptor.class, Priorities.ENTITY_CODER + 1000);
        register(context, ProblemExceptionMapper.class, Priorities.USER);
        register(context, WebApplicationExceptionMapper.class, Priorities.USER + 1000);
        register(context, ThrowableMapper.class, Priorities.USER + 1000);
        if (present(VALIDATION_API)) {
            register(context, ConstraintViolationMapper.class, ConstraintViolationMapper.PRIORITY);
            register(context, ValidationFailureMapper.class, ConstraintViolationMapper.PRIORITY);
        }
        return true;
    }

    private static void register(FeatureContext context, Class<?> provider, int priority) {
        if (!context.getConfiguration().isRegistered(provider)) {
            context.register(provider, priority);
        }
    }

    /** Bean Validation and the servlet API are optional: what needs them is registered only when they are there. */
    private static boolean present(String type) {
        try {
            Class.forName(type, false, Providers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
