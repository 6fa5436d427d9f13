package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.responses.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the application's {@link ProblemType} classes, fails the deployment when one is invalid,
 * and adds the {@link StatusProblems} and {@link ProblemTypeRegistry} beans.
 *
 * <p>Both beans are synthetic {@link Dependent} beans whose every instance is one immutable,
 * thread-safe value built at deployment. A normal scope such as {@code @ApplicationScoped} would
 * need a client proxy, which a final class with no no-arg constructor cannot have; a dependent bean
 * needs none, and handing out the same immutable value costs nothing and is safe from any thread.
 */
public final class StatusProblemsExtension implements Extension {

    private final Map<String, String> parameters;
    private volatile ClassLoader applicationLoader;
    private volatile ProblemTypeRegistry registry;

    // Weld may fire ProcessAnnotatedType from several bootstrap threads at once.
    private final Set<Class<?>> annotated = ConcurrentHashMap.newKeySet();
    private final List<String> faults = new ArrayList<>();

    /**
     * The extension CDI finds through {@code META-INF/services}. It has no servlet context to read: its
     * settings come from system properties and MicroProfile Config.
     */
    public StatusProblemsExtension() {
        this(Map.of());
    }

    /** An extension whose application's own parameters are {@code parameters}, under the other sources. */
    public StatusProblemsExtension(Map<String, String> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    void collect(@Observes @WithAnnotations(ProblemType.class) ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        // @WithAnnotations also matches annotations on members; only the type's own counts here.
        if (type.isAnnotationPresent(ProblemType.class)) {
            annotated.add(type);
        }
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        Settings configuration;
        try {
            // no servlet context here: system properties and MicroProfile Config; the senders resolve
            // relative types per request, with the web application's settings
            configuration = Settings.read(parameters);
        } catch (IllegalArgumentException unusable) {
            synchronized (faults) {
                faults.add(unusable.getMessage());
            }
            configuration = null;
        }
        List<String> invalid = Registrations.faults(annotated,
                configuration != null ? configuration.typeBase().orElse(null) : null);
        ProblemTypeRegistry registry;
        StatusProblems problems;
        if (configuration != null && invalid.isEmpty()) {
            URI typeBase = configuration.typeBase().orElse(null);
            registry = ProblemTypeRegistry.of(annotated, typeBase);
            problems = typeBase != null ? StatusProblems.create().withTypeBase(typeBase) : StatusProblems.create();
        } else {
            // The deployment fails in AfterDeploymentValidation; these beans are never created.
            registry = ProblemTypeRegistry.empty(null);
            problems = StatusProblems.create();
        }
        synchronized (faults) {
            faults.addAll(invalid);
        }
        this.registry = registry;
        event.<StatusProblems>addBean()
                .beanClass(StatusProblemsExtension.class)
                .id(StatusProblemsExtension.class.getName() + ".StatusProblems")
                .types(StatusProblems.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .createWith(context -> problems);
        event.<ProblemTypeRegistry>addBean()
                .beanClass(StatusProblemsExtension.class)
                .id(StatusProblemsExtension.class.getName() + ".ProblemTypeRegistry")
                .types(ProblemTypeRegistry.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .createWith(context -> registry);
    }

    void validate(@Observes AfterDeploymentValidation event) {
        synchronized (faults) {
            for (String fault : faults) {
                event.addDeploymentProblem(new DeploymentException(fault));
            }
            if (!faults.isEmpty()) {
                return; // a failed deployment never shuts down: nothing may be left to withdraw
            }
        }
        // for the OpenAPI filter, which Payara calls where CDI.current() finds no container
        applicationLoader = Thread.currentThread().getContextClassLoader();
        if (applicationLoader != null) {
            Applications.cdiStarted(applicationLoader, registry);
        }
    }

    void withdraw(@Observes BeforeShutdown event) {
        if (applicationLoader != null) {
            Applications.unregister(applicationLoader);
        }
    }
}
