package dev.statusproblems.responses.internal;

import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.responses.ProblemObservers;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The observers of one application's {@link ProblemSent} events: given, or found once through
 * {@link ProblemObservers} services. An observer that throws is logged and never breaks the response.
 */
public final class Observers {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");
    private static final Consumer<ProblemSent> NONE = sent -> { };

    private final ProblemObservers source; // null once resolved, or when given
    private volatile Consumer<ProblemSent> resolved;

    private Observers(ProblemObservers source, Consumer<ProblemSent> resolved) {
        this.source = source;
        this.resolved = resolved;
    }

    /** {@code observers}, as given. */
    public static Observers given(Consumer<ProblemSent> observers) {
        return new Observers(null, Objects.requireNonNull(observers, "observers"));
    }

    /**
     * The observers a {@link ProblemObservers} service finds for the application the current thread
     * serves, asked when the first problem is sent (the application's CDI container may not be up
     * when the pipeline is made); none without such a service.
     */
    public static Observers found() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Iterator<ProblemObservers> services = ServiceLoader.load(ProblemObservers.class,
                    loader != null ? loader : Observers.class.getClassLoader()).iterator();
            if (services.hasNext()) {
                return new Observers(services.next(), null);
            }
        } catch (ServiceConfigurationError | LinkageError unusable) {
            LOG.log(Level.WARNING, "status-problems: the observers of sent problems cannot be found; none are told",
                    unusable);
        }
        return new Observers(null, NONE);
    }

    /** Tells the observers that {@code sent} was sent. Never throws. */
    public void announce(ProblemSent sent) {
        Consumer<ProblemSent> observers = resolved;
        if (observers == null) {
            Optional<Consumer<ProblemSent>> reached = reach();
            if (reached.isEmpty()) {
                return; // not reachable yet: asked again with the next problem
            }
            observers = reached.get();
            resolved = observers;
        }
        try {
            observers.accept(sent);
        } catch (RuntimeException | LinkageError observerFailed) {
            LOG.log(Level.WARNING, "status-problems: an observer of " + sent + " failed; the response is sent"
                    + " as it is", observerFailed);
        }
    }

    private Optional<Consumer<ProblemSent>> reach() {
        try {
            return source.ofCurrentApplication();
        } catch (RuntimeException | LinkageError unreachable) {
            return Optional.empty();
        }
    }
}
