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
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> cdi = Class.forName("jakarta.enterprise.inject.spi.CDI", true,
                    loader != null ? loader : ProblemEvents.class.getClassLoader());
            Object current = cdi.getMethod("current").invoke(null);
            beanManager = cdi.getMethod("getBeanManager").invoke(current);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException noCdi) {
            return; // no CDI, or no CDI container for this application
        }
        try {
            Method getEvent = beanManager.getClass().getMethod("getEvent");
            getEvent.setAccessible(true);
            Object event = getEvent.invoke(beanManager);
            Method fire = event.getClass().getMethod("fire", Object.class);
            fire.setAccessible(true);
            fire.invoke(event, sent);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException observerFailed) {
            Throwable cause = observerFailed instanceof java.lang.reflect.InvocationTargetException
                    ? observerFailed.getCause() : observerFailed;
            LOG.log(Level.WARNING, "status-problems: an observer of " + sent + " failed; the response is sent"
                    + " as it is", cause);
        }
    }
}
