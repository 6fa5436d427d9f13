package dev.statusproblems.jaxrs.internal;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;

/** What the feature registers, on which side, each only once. */
public final class Providers {

    private static final String VALIDATION_API = "jakarta.validation.ConstraintViolationException";

    private Providers() {
    }

    /** Registers {@code clientFilter} on a client, unless it is already there. */
    public static boolean registerClient(FeatureContext context, Class<?> clientFilter) {
        register(context, clientFilter, Priorities.USER);
        return true;
    }

    /** Registers the server providers, each unless it is already there. */
    public static boolean registerServer(FeatureContext context) {
        register(context, RequestParsingFilter.class, RequestParsingFilter.PRIORITY);
        register(context, ProblemWriter.class, Priorities.USER);
        register(context, UnreadableContentInterceptor.class, Priorities.ENTITY_CODER + 1000);
        register(context, ProblemExceptionMapper.class, Priorities.USER);
        register(context, WebApplicationExceptionMapper.class, Priorities.USER + 1000);
        register(context, ThrowableMapper.class, Priorities.USER + 1000);
        if (validationPresent()) {
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

    /** Bean Validation is optional: its mappers are registered only when its API is there. */
    private static boolean validationPresent() {
        try {
            Class.forName(VALIDATION_API, false, Providers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
