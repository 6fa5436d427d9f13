package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each deployed application's {@link ProblemTypeRegistry}, by its class loader, for code that runs
 * outside any CDI request: the OpenAPI filter, which Payara calls where {@code CDI.current()} finds no
 * container, and for applications that have no CDI beans at all (whose {@code @ProblemType} classes
 * only the catalogue's initializer sees). Withdrawn at shutdown, as the registry holds the
 * application's classes.
 */
public final class Registries {

    private static final Map<ClassLoader, ProblemTypeRegistry> REGISTERED = new ConcurrentHashMap<>();

    private Registries() {
    }

    /**
     * Adds the types of {@code registry} to those of the application whose class loader is {@code loader}:
     * the CDI extension and the catalogue's initializer each find some.
     */
    public static void register(ClassLoader loader, ProblemTypeRegistry registry) {
        REGISTERED.merge(loader, registry, ProblemTypeRegistry::merge);
    }

    /** Withdraws what {@link #register} registered for {@code loader}. */
    public static void unregister(ClassLoader loader) {
        REGISTERED.remove(loader);
    }

    /** The registry of the application of {@code loader} or of the nearest of its parents, if one registered. */
    public static Optional<ProblemTypeRegistry> of(ClassLoader loader) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            ProblemTypeRegistry registry = REGISTERED.get(l);
            if (registry != null) {
                return Optional.of(registry);
            }
        }
        return Optional.empty();
    }
}
