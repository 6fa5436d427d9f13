package dev.statusproblems.responses;

import dev.statusproblems.model.ProblemSent;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the current application's {@link ProblemSent} events go: found once per application through
 * {@link java.util.ServiceLoader} (the CDI extension provides one that fires a CDI event). An
 * application without one has no observers.
 */
public interface ProblemObservers {

    /**
     * The observers of the application the current thread serves, or empty when they cannot be
     * reached (yet); asked again later then.
     */
    Optional<Consumer<ProblemSent>> ofCurrentApplication();
}
