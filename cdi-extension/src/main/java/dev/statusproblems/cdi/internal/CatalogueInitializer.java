package dev.statusproblems.cdi.internal;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.ServletApplications;
import dev.statusproblems.responses.Settings;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Serves the problem catalogue in every web application that has this module, at
 * {@code statusproblems.catalogue-path} ({@code /problems} by default; {@code none} turns it off), unless
 * the application registers a servlet of the same name itself.
 *
 * <p>The container hands it every {@link ProblemType} class of the web application, which it
 * validates as the CDI extension does, failing the application's start on a fault: in CDI's default
 * discovery mode ("annotated") an exception class has no bean-defining annotation, so the extension
 * never sees it. The catalogue lists these classes together with those CDI found.
 */
@HandlesTypes(ProblemType.class)
public final class CatalogueInitializer implements ServletContainerInitializer {

    /** The name the catalogue servlet is registered under. */
    public static final String SERVLET_NAME = "dev.statusproblems.catalogue";

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    /** The initializer the servlet container creates. */
    public CatalogueInitializer() {
    }

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
        ProblemResponses responses;
        try {
            responses = ServletApplications.of(context);
        } catch (IllegalArgumentException unusable) {
            throw new ServletException(unusable.getMessage());
        }
        Settings configuration = responses.settings();
        // Containers may also pass classes that merely extend or implement an annotated type.
        List<Class<?>> annotated = new ArrayList<>();
        for (Class<?> type : classes == null ? Set.<Class<?>>of() : classes) {
            if (ProblemTypeDefinition.isDeclaredBy(type)) {
                annotated.add(type);
            }
        }
        List<String> faults = Registrations.faults(annotated, configuration.typeBase().orElse(null));
        if (!faults.isEmpty()) {
            throw new ServletException(String.join("\n", faults));
        }
        ProblemTypeRegistry registry = ProblemTypeRegistry.of(annotated, configuration.typeBase().orElse(null));
        ClassLoader loader = context.getClassLoader();
        if (loader != null) {
            Applications.register(loader, registry);
            context.addListener(new Withdrawal(loader));
        }
        if (configuration.cataloguePath().isEmpty() || context.getServletRegistration(SERVLET_NAME) != null) {
            return;
        }
        String path = configuration.cataloguePath().get();
        ServletRegistration.Dynamic registration = context.addServlet(SERVLET_NAME,
                new CatalogueServlet(configuration.typeBase().orElse(null), registry, responses));
        if (registration == null) {
            return;
        }
        Set<String> taken = registration.addMapping(path, path + "/*");
        if (!taken.isEmpty()) {
            LOG.log(Level.WARNING, "status-problems: the problem catalogue is not served at " + path
                    + ": the application maps " + String.join(", ", taken) + " to another servlet");
        }
    }

    /** Withdraws the application's registry when it stops. */
    private static final class Withdrawal implements ServletContextListener {

        private final ClassLoader loader;

        Withdrawal(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            Applications.unregister(loader);
        }
    }
}
