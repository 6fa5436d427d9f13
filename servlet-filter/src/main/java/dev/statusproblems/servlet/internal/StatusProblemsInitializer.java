package dev.statusproblems.servlet.internal;

import dev.statusproblems.responses.ServletApplications;
import dev.statusproblems.responses.Setting;
import dev.statusproblems.servlet.StatusProblemsFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.Set;

/**
 * Installs {@link StatusProblemsFilter} in every web application that has the jar, with no
 * {@code web.xml} entry: mapped to {@code /*} for every dispatch, before the filters the
 * application declares. Does nothing when the application declares the filter itself, or when
 * {@code statusproblems.servlet.enabled} is {@code false}.
 */
public final class StatusProblemsInitializer implements ServletContainerInitializer {

    /** The name the filter is registered under. */
    public static final String FILTER_NAME = StatusProblemsFilter.class.getName();

    private static final System.Logger LOG = System.getLogger("dev.statusproblems");

    /** For the container, which finds the initializer through {@code META-INF/services}. */
    public StatusProblemsInitializer() {
    }

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        // the application's settings are read here, as it starts: a malformed one fails its start
        if (!ServletApplications.of(context).settings().servletEnabled()) {
            LOG.log(Level.INFO, "status-problems: the servlet filter is switched off by "
                    + Setting.SERVLET_ENABLED.key() + "=false in " + name(context));
            return;
        }
        for (FilterRegistration registration : context.getFilterRegistrations().values()) {
            if (FILTER_NAME.equals(registration.getClassName())) {
                return; // declared in web.xml, where the application chose its mapping
            }
        }
        FilterRegistration.Dynamic filter = context.addFilter(FILTER_NAME, StatusProblemsFilter.class);
        if (filter == null) {
            return; // a filter of that name is declared already
        }
        filter.setAsyncSupported(true);
        // isMatchAfter=false: before every filter the application declares
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD,
                DispatcherType.INCLUDE, DispatcherType.ASYNC, DispatcherType.ERROR), false, "/*");
    }

    private static String name(ServletContext context) {
        String path = context.getContextPath();
        return path.isEmpty() ? "the root context" : path;
    }
}
