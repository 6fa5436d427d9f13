package dev.statusproblems.cdi.internal;

import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.responses.ProblemObservers;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The application's CDI observers of {@link ProblemSent}: its {@code BeanManager}'s event, found once
 * per application by its pipeline, from a thread that serves it.
 */
public final class CdiObservers implements ProblemObservers {

    /** Created through {@link java.util.ServiceLoader}. */
    public CdiObservers() {
    }

    @Override
    public Optional<Consumer<ProblemSent>> ofCurrentApplication() {
        try {
            Event<Object> event = CDI.current().getBeanManager().getEvent();
            return Optional.of(event::fire);
        } catch (IllegalStateException | LinkageError noContainer) {
            return Optional.empty(); // no CDI container for this application, or not yet
        }
    }
}
