package dev.statusproblems.servlet.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The {@code Allow} value for a 405 that the container sent without one (RFC 9110 §15.5.6 makes it
 * a MUST): the methods the target servlet handles, where they can be known, and nothing otherwise.
 */
final class AllowedMethods {

    private static final String HTTP_SERVLET = "jakarta.servlet.http.HttpServlet";

    /**
     * Default servlets whose {@code doOptions} does not say what they serve. Undertow's (WildFly)
     * declares every {@code doXxx} to serve forwards and includes, yet answers a request with 405
     * for all but these; Jetty's answers OPTIONS with these itself.
     */
    private static final Map<String, String> DEFAULT_SERVLETS = Map.of(
            "io.undertow.servlet.handlers.DefaultServlet", "GET, HEAD, OPTIONS",
            "org.eclipse.jetty.ee10.servlet.DefaultServlet", "GET, HEAD, OPTIONS");

    private static final ClassValue<Optional<String>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
            return Optional.ofNullable(asDoOptionsComputesThem(type));
        }
    };

    private AllowedMethods() {
    }

    /**
     * The methods the servlet that {@code request} was mapped to allows, or empty where they cannot
     * be known: an error dispatch, a servlet that dispatches methods itself, or one that allows the
     * very method it refused (then it refused it for a reason of its own).
     */
    static Optional<String> of(HttpServletRequest request) {
        DispatcherType dispatch = request.getDispatcherType();
        if (dispatch != DispatcherType.REQUEST && dispatch != DispatcherType.ASYNC) {
            return Optional.empty();
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        ServletContext context = request.getServletContext();
        ServletRegistration registration = mapping != null && mapping.getServletName() != null
                ? context.getServletRegistration(mapping.getServletName()) : null;
        String className = registration != null ? registration.getClassName() : null;
        if (className == null) {
            return Optional.empty();
        }
        Optional<String> allow;
        if (DEFAULT_SERVLETS.containsKey(className)) {
            boolean post = "true".equalsIgnoreCase(registration.getInitParameter("allow-post")); // Undertow's
            allow = Optional.of(post ? "GET, HEAD, POST, OPTIONS" : DEFAULT_SERVLETS.get(className));
        } else {
            try {
                ClassLoader loader = context.getClassLoader(); // null on an embedded Jetty without one
                allow = BY_CLASS.get(Class.forName(className, false,
                        loader != null ? loader : Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }
        String method = request.getMethod();
        return allow.filter(methods -> Arrays.stream(methods.split(", ")).noneMatch(method::equals));
    }

    /** As {@code HttpServlet.doOptions} computes them, from the {@code doXxx} methods the class overrides. */
    private static String asDoOptionsComputesThem(Class<?> type) {
        Set<String> declared = new HashSet<>();
        Class<?> c = type;
        while (c != null && !HTTP_SERVLET.equals(c.getName())) {
            for (Method method : c.getDeclaredMethods()) {
                declared.add(method.getName());
            }
            c = c.getSuperclass();
        }
        if (c == null || declared.contains("service") || declared.contains("doOptions")) {
            return null; // not an HttpServlet, or one that decides for itself which methods it serves
        }
        // PATCH reaches doPatch only where the container's HttpServlet has it (Servlet 6.1)
        boolean patch = Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals("doPatch"));
        StringJoiner allow = new StringJoiner(", ");
        if (declared.contains("doGet")) {
            allow.add("GET");
        }
        if (declared.contains("doGet") || declared.contains("doHead")) {
            allow.add("HEAD");
        }
        if (declared.contains("doPost")) {
            allow.add("POST");
        }
        if (declared.contains("doPut")) {
            allow.add("PUT");
        }
        if (patch && declared.contains("doPatch")) {
            allow.add("PATCH");
        }
        if (declared.contains("doDelete")) {
            allow.add("DELETE");
        }
        return allow.add("TRACE").add("OPTIONS").toString();
    }
}
