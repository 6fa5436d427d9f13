package dev.statusproblems.model.internal;

import dev.statusproblems.model.ProblemSent;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/**
 * Fires {@link ProblemSent} to the application's CDI observers, when the application has CDI. An
 * observer that throws is logged and never breaks the response.
 *
 * <p>The CDI extension registers its application's event when the deployment is validated, under
 * the application's class loader, and withdraws it at shutdown: a problem is then announced without
 * looking anything up. Without that registration, CDI is reached by reflection, as the senders (JAX-RS
 * mappers, servlet filter) do not require it; {@code CDI.current()} walks the stack to find its
 * caller's deployment, so that path is the slow one.
 */
public final class ProblemEvents {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private static final Map<ClassLoader, Consumer<ProblemSent>> REGISTERED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Class loaders that have no CDI API: nothing to look up, ever. */
    private static final Map<ClassLoader, Boolean> WITHOUT_CDI = Collections.synchronizedMap(new WeakHashMap<>());

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

    /** Fires {@code sent} to the current application's observers, if it has CDI. Never throws. */
    public static void fire(ProblemSent sent) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : ProblemEvents.class.getClassLoader();
        try {
            Consumer<ProblemSent> registered = REGISTERED.get(loader);
            if (registered != null) {
                registered.accept(sent);
            } else if (!WITHOUT_CDI.containsKey(loader)) {
                fireThroughCdi(loader, sent);
            }
        } catch (InvocationTargetException observerFailed) {
            failed(sent, observerFailed.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException observerFailed) {
            failed(sent, observerFailed);
        }
    }

    private static void fireThroughCdi(ClassLoader loader, ProblemSent sent) throws ReflectiveOperationException {
        Object event;
        Method fire;
        try {
            Class<?> cdi = Class.forName("jakarta.enterprise.inject.spi.CDI", true, loader);
            Method getEvent = Class.forName("jakarta.enterprise.inject.spi.BeanManager", true, loader)
                    .getMethod("getEvent");
            fire = Class.forName("jakarta.enterprise.event.Event", true, loader).getMethod("fire", Object.class);
            try {
                event = getEvent.invoke(cdi.getMethod("getBeanManager").invoke(cdi.getMethod("current").invoke(null)));
            } catch (InvocationTargetException | RuntimeException noContainer) {
                return; // the API without a container for this application, or not yet
            }
        } catch (ClassNotFoundException | LinkageError noCdiApi) {
            WITHOUT_CDI.put(loader, Boolean.TRUE);
            return;
        }
        fire.invoke(event, sent);
    }

    private static void failed(ProblemSent sent, Throwable cause) {
        LOG.log(Level.WARNING, "status-problems: an observer of " + sent + " failed; the response is sent as it is",
                cause);
    }
}
