package dev.statusproblems.model.internal;

import dev.statusproblems.model.ProblemSent;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Announces each {@link ProblemSent} to the application's CDI observers. The CDI extension registers
 * its application's event when the deployment is validated, under the application's class loader,
 * and withdraws it at shutdown; the senders (JAX-RS mappers, servlet filter), which do not require
 * CDI, find it here with no lookup per problem. An application without the extension has no
 * observers to announce to. An observer that throws is logged and never breaks the response.
 */
public final class ProblemEvents {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private static final Map<ClassLoader, Consumer<ProblemSent>> REGISTERED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ProblemEvents() {
    }

    /** Announces problems of the application whose class loader is {@code loader} to {@code observers}. */
    public static void register(ClassLoader loader, Consumer<ProblemSent> observers) {
        REGISTERED.put(Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(observers, "observers"));
    }

    /** Withdraws what {@link #register} registered for {@code loader}. */
    public static void unregister(ClassLoader loader) {
        REGISTERED.remove(loader);
    }

    /** Announces {@code sent} to the current application's observers, if it has registered any. Never throws. */
    public static void fire(ProblemSent sent) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Consumer<ProblemSent> observers = REGISTERED.get(context != null ? context : ProblemEvents.class.getClassLoader());
        if (observers == null) {
            return;
        }
        try {
            observers.accept(sent);
        } catch (RuntimeException | LinkageError observerFailed) {
            LOG.log(Level.WARNING, "status-problems: an observer of " + sent + " failed; the response is sent"
                    + " as it is", observerFailed);
        }
    }
}
