package dev.statusproblems.servlet.internal;

import dev.statusproblems.responses.Settings;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Undertow (WildFly) answers a request for {@code WEB-INF} or {@code META-INF} with a bare 404 in its
 * {@code ServletInitialHandler}, before any filter or error page, so its own HTML page goes out. This
 * extension, which only Undertow loads (through {@code META-INF/services}), sends such a request to
 * the error page servlet instead, whose 404 the filter turns into the problem every other 404 is. The
 * folders stay out of reach: only the path the request is matched by changes, not the URI it names.
 */
public final class UndertowProtectedFolders implements ServletExtension {

    /** For Undertow, which finds the extension through {@code META-INF/services}. */
    public UndertowProtectedFolders() {
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        boolean errorPage = deployment.getServlets().values().stream()
                .anyMatch(servlet -> servlet.getServletClass().getName().equals(ErrorPageServlet.class.getName()));
        if (!errorPage || !Settings.read(deployment.getInitParameters()).servletEnabled()) {
            return; // the jar's web fragment is left out, or the suite is switched off: Undertow's answer stands
        }
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (isProtected(exchange.getRelativePath())) {
                exchange.setRelativePath(ErrorPageServlet.PATH);
            }
            next.handleRequest(exchange);
        });
    }

    /**
     * Whether Undertow refuses {@code path}: its first segment, split at '/' or '\', is WEB-INF or
     * META-INF in any case ({@link String#equalsIgnoreCase}'s). Asked of every request: nothing is allocated.
     */
    static boolean isProtected(String path) {
        int start = 0;
        while (start < path.length() && separator(path.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < path.length() && !separator(path.charAt(end))) {
            end++;
        }
        return segment(path, start, end, "WEB-INF") || segment(path, start, end, "META-INF");
    }

    private static boolean segment(String path, int start, int end, String folder) {
        return end - start == folder.length() && path.regionMatches(true, start, folder, 0, folder.length());
    }

    private static boolean separator(char c) {
        return c == '/' || c == '\\';
    }
}
