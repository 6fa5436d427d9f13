package dev.statusproblems.jaxrs.internal;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;

/**
 * Binds the JAX-RS application to the pipeline of the web application it runs in, at its first request:
 * the servlet context is only known then. Registered only where the servlet API is there, as its field's
 * type needs it.
 */
@PreMatching
@Priority(ServletBinding.PRIORITY)
public final class ServletBinding implements ContainerRequestFilter {

    /** First of all, before {@link RequestParsingFilter}, which answers with the pipeline. */
    static final int PRIORITY = Integer.MIN_VALUE;

    @Context
    private ServletContext servletContext;
    @Context
    private Configuration configuration;
    /** The runtime's proxy to the request being answered, whichever it is. */
    @Context
    private HttpServletRequest servletRequest;

    /** Created by the runtime. */
    public ServletBinding() {
    }

    /** Whether this application's binding is done: the runtime makes one of these per application. */
    private volatile boolean done;

    @Override
    public void filter(ContainerRequestContext request) {
        if (done) {
            return; // every request after the first: not even the configuration's property is read
        }
        JaxrsApplication application = JaxrsApplication.of(configuration);
        if (application.bound()) {
            done = true;
            return;
        }
        ServletContext context;
        try {
            context = servletContext;
            if (context != null) {
                context.getContextPath(); // a proxy with nothing behind it throws here: no servlet container
            }
        } catch (RuntimeException noServletContainer) {
            context = null;
        }
        HttpServletRequest requests = servletRequest;
        application.bind(context, name -> requests.getAttribute(name),
                () -> RawTarget.plain(requests.getServerName(), requests.getRequestURI(), requests.getQueryString()));
        done = application.bound();
    }
}
