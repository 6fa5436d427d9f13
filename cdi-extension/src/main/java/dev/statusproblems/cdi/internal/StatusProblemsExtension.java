package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.model.internal.ProblemEvents;
import dev.statusproblems.model.internal.Settings;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.ArrayList;
import java.util.List;
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

    private volatile ClassLoader applicationLoader;
    private volatile ProblemTypeRegistry registry;

    // Weld may fire ProcessAnnotatedType from several bootstrap threads at once.
    private final Set<Class<?>> annotated = ConcurrentHashMap.newKeySet();
    private final List<String> faults = new ArrayList<>();

    void collect(@Observes @WithAnnotations(ProblemType.class) ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        // @WithAnnotations also matches annotations on members; only the type's own counts here.
        if (type.isAnnotationPresent(ProblemType.class)) {
            annotated.add(type);
        }
    }

    void addBeans(@Observes AfterBeanDiscovery event) {
        Configuration configuration;
        try {
            configuration = Configuration.load(Settings.load());
        } catch (IllegalArgumentException unusable) {
            synchronized (faults) {
                faults.add(unusable.getMessage());
            }
            configuration = null;
        }
        List<String> invalid = Registrations.faults(annotated,
                configuration != null ? configuration.typeBase() : null);
        ProblemTypeRegistry registry;
        StatusProblems problems;
        if (configuration != null && invalid.isEmpty()) {
            registry = ProblemTypeRegistry.of(annotated, configuration.typeBase());
            problems = configuration.typeBase() != null
                    ? StatusProblems.create().withTypeBase(configuration.typeBase())
                    : StatusProblems.create();
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

    void validate(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        synchronized (faults) {
            for (String fault : faults) {
                event.addDeploymentProblem(new DeploymentException(fault));
            }
        }
        // the senders announce each problem through this, with no CDI lookup per problem
        applicationLoader = Thread.currentThread().getContextClassLoader();
        if (applicationLoader != null) {
            Event<Object> problems = beanManager.getEvent();
            ProblemEvents.register(applicationLoader, problems::fire);
            Registries.register(applicationLoader, registry);
        }
    }

    void withdraw(@Observes BeforeShutdown event) {
        if (applicationLoader != null) {
            ProblemEvents.unregister(applicationLoader);
            Registries.unregister(applicationLoader);
        }
    }
}
