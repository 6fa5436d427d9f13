package dev.statusproblems.servlet.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What the filter needs to know of a request. */
public final class Requests {

    private Requests() {
    }

    /**
     * The path the client asked for, from the server's root and without the query: the original
     * request's even inside an error dispatch; {@code null} when the container does not say.
     */
    public static String path(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri instanceof String) {
            return (String) errorUri;
        }
        Object async = request.getAttribute(AsyncContext.ASYNC_REQUEST_URI);
        if (async instanceof String) {
            return (String) async;
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (forwarded instanceof String) {
            return (String) forwarded;
        }
        String uri = request.getRequestURI();
        if (uri != null && uri.endsWith(ErrorPageServlet.PATH)) {
            // an error dispatch without the attributes (Jetty 12 for security-constraint errors):
            // the path of our error page is not the one the client asked for
            return null;
        }
        return uri;
    }
}
