package dev.statusproblems.servlet.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What the filter needs to know of a request. */
final class Requests {

    private Requests() {
    }

    /**
     * The path the client asked for, from the server's root and without the query: the original
     * request's even inside an error dispatch.
     */
    static String path(HttpServletRequest request) {
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
        return request.getRequestURI();
    }
}
