package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.responses.ProblemObservers;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The application's CDI observers of {@link ProblemSent}: its {@code BeanManager}'s event, and the
 * counter of problems on the metrics registries its server hands it, found once per application by
 * its pipeline, from a thread that serves it.
 */
public final class CdiObservers implements ProblemObservers {

    /** Created through {@link java.util.ServiceLoader}. */
    public CdiObservers() {
    }

    @Override
    public Optional<Consumer<ProblemSent>> ofCurrentApplication() {
        ClassLoader current = Thread.currentThread().getContextClassLoader();
        if (!Applications.isCdiStarted(current)) {
            // no CDI container for this application, or not yet; CDI.current() is not asked: it throws, with
            // a stack trace, at every problem of an application without CDI (a tenth of a 404's time)
            return Optional.empty();
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
}
