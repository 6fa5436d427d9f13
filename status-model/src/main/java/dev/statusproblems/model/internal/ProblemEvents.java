package dev.statusproblems.model.internal;

import dev.statusproblems.model.ProblemSent;
import java.lang.System.Logger.Level;
import java.lang.reflect.Method;

/**
 * Fires {@link ProblemSent} to the application's CDI observers, when the application has CDI. CDI is
 * reached by reflection: the senders (JAX-RS mappers, servlet filter) do not require it. An observer
 * that throws is logged and never breaks the response.
 */
public final class ProblemEvents {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    private ProblemEvents() {
    }

    /** Fires {@code sent} to the current application's observers, if it has CDI. Never throws. */
    public static void fire(ProblemSent sent) {
        Object beanManager;
        Method getEvent;
        Method fire;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            ClassLoader from = loader != null ? loader : ProblemEvents.class.getClassLoader();
            Class<?> cdi = Class.forName("jakarta.enterprise.inject.spi.CDI", true, from);
            getEvent = Class.forName("jakarta.enterprise.inject.spi.BeanManager", true, from).getMethod("getEvent");
            fire = Class.forName("jakarta.enterprise.event.Event", true, from).getMethod("fire", Object.class);
            beanManager = cdi.getMethod("getBeanManager").invoke(cdi.getMethod("current").invoke(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException noCdi) {
            return; // no CDI, or no CDI container for this application
        }
        try {
            fire.invoke(getEvent.invoke(beanManager), sent);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException observerFailed) {
            Throwable cause = observerFailed instanceof java.lang.reflect.InvocationTargetException
                    ? observerFailed.getCause() : observerFailed;
            LOG.log(Level.WARNING, "status-problems: an observer of " + sent + " failed; the response is sent"
                    + " as it is", cause);
        }
    }
}
