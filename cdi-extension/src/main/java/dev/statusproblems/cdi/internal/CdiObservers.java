package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.responses.ProblemObservers;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The application's CDI observers of {@link ProblemSent}: its {@code BeanManager}'s event, and the
 * counter of problems on the metrics registries its server hands it, found once per application by
 * its pipeline, from a thread that serves it.
 */
public final class CdiObservers implements ProblemObservers {

    /**
     * The class loaders of the applications whose container this extension saw start. Elsewhere
     * {@code CDI.current()} is not asked: it throws, with a stack trace, at every problem of an
     * application without CDI (a tenth of the server's time on a 404 in the benchmarks' profile).
     */
    private static final Set<ClassLoader> STARTED = ConcurrentHashMap.newKeySet();

    /** Created through {@link java.util.ServiceLoader}. */
    public CdiObservers() {
    }

    /** That the container of the application of {@code loader} is up. */
    static void started(ClassLoader loader) {
        STARTED.add(loader);
    }

    /** That the container of the application of {@code loader} shuts down. */
    static void stopped(ClassLoader loader) {
        STARTED.remove(loader);
    }

    @Override
    public Optional<Consumer<ProblemSent>> ofCurrentApplication() {
        ClassLoader current = Thread.currentThread().getContextClassLoader();
        if (!isStarted(current)) {
            return Optional.empty(); // no CDI container for this application, or not yet
        }
        try {
            BeanManager beans = CDI.current().getBeanManager();
            Event<Object> event = beans.getEvent();
            Optional<Consumer<ProblemSent>> counted = ProblemMetrics.of(MetricsRegistries.of(beans, current),
                    ProblemTypeRegistry.ofApplication().orElse(ProblemTypeRegistry.empty(null)));
            if (counted.isEmpty()) {
                return Optional.of(event::fire);
            }
            Consumer<ProblemSent> metrics = counted.get();
            return Optional.of(sent -> {
                metrics.accept(sent);
                event.fire(sent);
            });
        } catch (IllegalStateException | LinkageError noContainer) {
            return Optional.empty(); // no CDI container for this application, or not yet
        }
    }

    private static boolean isStarted(ClassLoader loader) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (STARTED.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
