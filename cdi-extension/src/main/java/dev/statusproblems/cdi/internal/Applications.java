package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the suite knows of each deployed application, by its class loader, for code that runs outside
 * any CDI request: its {@link ProblemTypeRegistry} (for the OpenAPI filter, which Payara calls where
 * {@code CDI.current()} finds no container, and for applications that have no CDI beans at all, whose
 * {@code @ProblemType} classes only the catalogue's initializer sees), and whether this extension saw
 * its CDI container start (elsewhere {@code CDI.current()} is not asked: it throws, with a stack
 * trace, at every problem of an application without CDI). Withdrawn at shutdown, as the registry
 * holds the application's classes.
 */
public final class Applications {

    private static final Map<ClassLoader, Application> KNOWN = new ConcurrentHashMap<>();

    private Applications() {
    }

    /** One application's: the types found so far, and whether its CDI container is up. */
    private record Application(ProblemTypeRegistry registry, boolean cdiStarted) {

        Application merge(Application other) {
            return new Application(registry.merge(other.registry), cdiStarted || other.cdiStarted);
        }
    }

    /**
     * Adds the types of {@code registry} to those of the application whose class loader is {@code loader}:
     * the CDI extension and the catalogue's initializer each find some.
     */
    public static void register(ClassLoader loader, ProblemTypeRegistry registry) {
        KNOWN.merge(loader, new Application(registry, false), Application::merge);
    }

    /** That the CDI container of the application of {@code loader}, whose types are {@code registry}, is up. */
    static void cdiStarted(ClassLoader loader, ProblemTypeRegistry registry) {
        KNOWN.merge(loader, new Application(registry, true), Application::merge);
    }

    /** Forgets the application of {@code loader}: it stops. */
    public static void unregister(ClassLoader loader) {
        KNOWN.remove(loader);
    }

    /** The registry of the application of {@code loader} or of the nearest of its parents, if one registered. */
    public static Optional<ProblemTypeRegistry> registry(ClassLoader loader) {
        return nearest(loader, application -> true).map(Application::registry);
    }

    /** Whether the CDI container of the application of {@code loader}, or of one of its parents, is up. */
    static boolean isCdiStarted(ClassLoader loader) {
        return nearest(loader, Application::cdiStarted).isPresent();
    }

    private static Optional<Application> nearest(ClassLoader loader, Predicate<Application> wanted) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            Application application = KNOWN.get(l);
            if (application != null && wanted.test(application)) {
                return Optional.of(application);
            }
        }
        return Optional.empty();
    }
}
