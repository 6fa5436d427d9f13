package dev.statusproblems.servlet.internal;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;

/** What the status of an exception that escaped the application's filter chain is. */
public final class EscapedFailures {

    private EscapedFailures() {
    }

    /**
     * Returns 404 for a file the container's own static-file handling did not find, else 500.
     * Open Liberty's file serving throws {@link FileNotFoundException} through the filters where every
     * other container sends a 404; it is no servlet of the application, so the request's mapping names
     * none the application registered. An application servlet that throws it stays a 500: a file that
     * servlet needed is missing on the server, not one the client asked for.
     */
    public static int status(HttpServletRequest request, Throwable failure) {
        return failure instanceof FileNotFoundException && !servedByApplication(request)
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean servedByApplication(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        String servlet = mapping == null ? null : mapping.getServletName();
        ServletContext context = request.getServletContext();
        return servlet != null && !servlet.isEmpty() && context.getServletRegistration(servlet) != null;
    }
}
