package dev.statusproblems.jaxrs.internal;

import dev.statusproblems.responses.ProblemRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The request being answered, read once from the runtime's {@code @Context} proxies.
 */
final class RequestFacts {

    private RequestFacts() {
    }

    /**
     * The current request as the pipeline sees it, of the application mapped at {@code applicationPath}
     * ({@link #applicationPath}); never throws, even outside a request.
     */
    static ProblemRequest of(Request request, UriInfo uriInfo, HttpHeaders headers, String applicationPath,
            SecurityContext security) {
        String method = "";
        String path = "";
        String accept = null;
        String acceptLanguage = null;
        String contextPath = "";
        try {
            method = request.getMethod();
        } catch (RuntimeException outsideRequest) {
            // left empty
        }
        try {
            URI requestUri = uriInfo.getRequestUri();
            path = requestUri.getRawPath() != null ? requestUri.getRawPath() : "";
            contextPath = contextPath(uriInfo.getBaseUri().getRawPath(), applicationPath);
        } catch (RuntimeException outsideRequest) {
            // left empty
        }
        try {
            accept = headers.getHeaderString(HttpHeaders.ACCEPT);
            acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException outsideRequest) {
            // left empty
        }
        boolean authenticated = false;
        try {
            authenticated = security != null && security.getUserPrincipal() != null;
        } catch (RuntimeException outsideRequest) {
            // not known: not authenticated
        }
        return ProblemRequest.of(method, path, contextPath, accept, acceptLanguage).by("JAX-RS")
                .authenticated(authenticated);
    }

    /**
     * The servlet context path: the application's base path less its {@code @ApplicationPath}
     * ({@code /shop/api/} less {@code api} is {@code /shop}); the base path itself when the
     * application is mapped otherwise ({@code applicationPath} empty).
     */
    static String contextPath(String basePath, String applicationPath) {
        String base = basePath == null ? "" : basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        if (!applicationPath.isEmpty() && base.endsWith("/" + applicationPath)) {
            return base.substring(0, base.length() - applicationPath.length() - 1);
        }
        return base;
    }

    /**
     * The {@code @ApplicationPath} of {@code application}, or of the application it wraps, without its
     * slashes; empty when it has none. Found by reflection: once per application, not per request.
     */
    static String applicationPath(Application application) {
        Application current = application;
        // Jersey injects its own ResourceConfig, which wraps (at times twice) the application's class.
        for (int depth = 0; current != null && depth < 4; depth++) {
            for (Class<?> c = current.getClass(); c != null; c = c.getSuperclass()) {
                ApplicationPath path = c.getAnnotation(ApplicationPath.class);
                if (path != null) {
                    String value = path.value();
                    value = value.endsWith("/*") ? value.substring(0, value.length() - 2) : value;
                    value = value.startsWith("/") ? value.substring(1) : value;
                    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                }
            }
            Application wrapped = wrapped(current);
            current = wrapped == current ? null : wrapped;
        }
        return "";
    }

    /** The application {@code application} wraps through a public {@code getApplication()}, or {@code null}. */
    private static Application wrapped(Application application) {
        try {
            Object wrapped = application.getClass().getMethod("getApplication").invoke(application);
            return wrapped instanceof Application ? (Application) wrapped : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError none) {
            return null;
        }
    }
}
