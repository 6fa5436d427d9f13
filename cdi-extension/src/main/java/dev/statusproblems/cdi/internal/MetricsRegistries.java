package dev.statusproblems.cdi.internal;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics registries an application's server hands it through CDI, reached by reflection through
 * the application's class loader: Micrometer's {@code MeterRegistry} (WildFly's micrometer subsystem)
 * and MicroProfile Metrics' application {@code MetricRegistry} (Payara). Neither API is compiled
 * against: where the application cannot see one, looking for it loads none of its classes, and our
 * jars link to neither (the MicroProfile Metrics API jar names no module, and on WildFly a global
 * module sees only what the deployment's loader sees).
 */
final class MetricsRegistries {

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    /** Where a registry's counters come from. */
    interface Counters {
        /** The counter of one series, registered on first use. */
        Increment counter(int status, String type, String wayIn) throws ReflectiveOperationException;
    }

    /** One counter. */
    interface Increment {
        void increment() throws ReflectiveOperationException;
    }

    private MetricsRegistries() {
    }

    /** The registries of the application whose class loader is {@code loader} and beans are {@code beans}. */
    static List<Counters> of(BeanManager beans, ClassLoader loader) {
        List<Counters> found = new ArrayList<>(2);
        Class<?> meterRegistry = visible("io.micrometer.core.instrument.MeterRegistry", loader);
        if (meterRegistry != null) {
            try {
                Object registry = bean(beans, meterRegistry);
                if (registry != null) {
                    found.add(micrometer(registry, meterRegistry, loader));
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError unusable) {
                unusable("Micrometer's MeterRegistry", unusable);
            }
        }
        Class<?> metricRegistry = visible("org.eclipse.microprofile.metrics.MetricRegistry", loader);
        if (metricRegistry != null) {
            try {
                Object registry = bean(beans, metricRegistry, applicationRegistry(loader));
                if (registry != null) {
                    found.add(microProfile(registry, metricRegistry, loader));
                }
            } catch (ReflectiveOperationException | RuntimeException | LinkageError unusable) {
                unusable("MicroProfile Metrics' application MetricRegistry", unusable);
            }
        }
        return found;
    }

    /**
     * Counters of Micrometer, with dots in names and tags, which each registry renders its own way.
     * Registered through {@code counter(name, tags)}: WildFly's application registry hands that one
     * to the server's registries (with its deployment's tag), where a builder would register the
     * counter in the application registry alone, which no endpoint shows. So no description.
     */
    private static Counters micrometer(Object registry, Class<?> meterRegistry, ClassLoader loader)
            throws ReflectiveOperationException {
        Method counter = meterRegistry.getMethod("counter", String.class, String[].class);
        Method increment = Class.forName("io.micrometer.core.instrument.Counter", false, loader).getMethod("increment");
        return (status, type, wayIn) -> {
            Object registered = counter.invoke(registry, ProblemMetrics.NAME, new String[] {
                "http.response.status_code", String.valueOf(status), "statusproblems.problem.type", type,
                "statusproblems.way_in", wayIn});
            return () -> increment.invoke(registered);
        };
    }

    /** Counters of MicroProfile Metrics, whose tag names allow no dots. */
    private static Counters microProfile(Object registry, Class<?> metricRegistry, ClassLoader loader)
            throws ReflectiveOperationException {
        Class<?> metadataType = Class.forName("org.eclipse.microprofile.metrics.Metadata", false, loader);
        Object builder = metadataType.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        builderType.getMethod("withName", String.class).invoke(builder, ProblemMetrics.NAME);
        builderType.getMethod("withDescription", String.class).invoke(builder, ProblemMetrics.DESCRIPTION);
        builderType.getMethod("withUnit", String.class).invoke(builder, "none");
        Object metadata = builderType.getMethod("build").invoke(builder);
        Class<?> tagType = Class.forName("org.eclipse.microprofile.metrics.Tag", false, loader);
        Constructor<?> tag = tagType.getConstructor(String.class, String.class);
        Method counter = metricRegistry.getMethod("counter", metadataType, Array.newInstance(tagType, 0).getClass());
        Method increment = Class.forName("org.eclipse.microprofile.metrics.Counter", false, loader).getMethod("inc");
        return (status, type, wayIn) -> {
            Object tags = Array.newInstance(tagType, 3);
            Array.set(tags, 0, tag.newInstance("http_response_status_code", String.valueOf(status)));
            Array.set(tags, 1, tag.newInstance("statusproblems_problem_type", type));
            Array.set(tags, 2, tag.newInstance("statusproblems_way_in", wayIn));
            Object registered = counter.invoke(registry, metadata, tags);
            return () -> increment.invoke(registered);
        };
    }

    /**
     * {@code @RegistryType(type = APPLICATION)}: the qualifier of the application registry's own
     * producer. The default one reads its injection point's annotations, which a lookup has none of.
     */
    private static Annotation applicationRegistry(ClassLoader loader) throws ReflectiveOperationException {
        Class<? extends Annotation> qualifier = Class.forName(
                "org.eclipse.microprofile.metrics.annotation.RegistryType", false, loader).asSubclass(Annotation.class);
        Method typeMember = qualifier.getMethod("type");
        Object application = typeMember.getReturnType().getField("APPLICATION").get(null);
        return (Annotation) Proxy.newProxyInstance(loader, new Class<?>[] {qualifier}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "type":
                    return application;
                case "annotationType":
                    return qualifier;
                case "hashCode": // as Annotation.hashCode specifies
                    return (127 * "type".hashCode()) ^ application.hashCode();
                case "equals":
                    return qualifier.isInstance(args[0]) && application.equals(typeMember.invoke(args[0]));
                default:
                    return "@" + qualifier.getName() + "(type=APPLICATION)";
            }
        });
    }

    private static Object bean(BeanManager beans, Class<?> type, Annotation... qualifiers) {
        Bean<?> bean = beans.resolve(beans.getBeans(type, qualifiers));
        return bean == null ? null : beans.getReference(bean, type, beans.createCreationalContext(bean));
    }

    /** The class {@code name} as the application sees it, without initializing it; {@code null} if it cannot. */
    private static Class<?> visible(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    private static void unusable(String registry, Throwable cause) {
        LOG.log(Level.WARNING, "status-problems: " + registry + " cannot be used; problems are not counted on it",
                cause);
    }
}
