package dev.statusproblems.servlet;

import dev.statusproblems.responses.Settings;
import dev.statusproblems.servlet.internal.ErrorCapturingResponse;
import dev.statusproblems.servlet.internal.EscapedFailures;
import dev.statusproblems.servlet.internal.ProblemResponder;
import dev.statusproblems.servlet.internal.Requests;
import dev.statusproblems.servlet.internal.TimeoutProblem;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns the error responses of a web application into RFC 9457 problems: {@code sendError}, error
 * statuses set with no body, and exceptions that escape the application. It installs itself in
 * every application that has the jar; declare it in {@code web.xml} (mapped to {@code /*} for
 * REQUEST, FORWARD, INCLUDE, ASYNC and ERROR, async-supported) only to choose its place yourself.
 *
 * <p>Errors the container raises before any filter runs (security constraints, some 404s) become
 * problems through the default error page the jar's {@code web-fragment.xml} declares; an
 * application's own error pages take precedence over it. Undertow (WildFly) answers requests for
 * {@code WEB-INF} and {@code META-INF} before even that; the jar's Undertow servlet extension routes
 * them to the same 404 problem. A 405 the container sends without {@code Allow} gets the methods
 * the servlet handles, where they can be known.
 *
 * <p>What it does per status:
 * <ul>
 * <li>1xx, 2xx, 3xx: nothing; the body streams through untouched and unbuffered.</li>
 * <li>4xx: {@code detail} is the message the application gave {@code sendError} (cut to
 *     {@code statusproblems.detail-max-length} characters), {@code instance} the request path
 *     ({@code statusproblems.instance=path|uuid|none}).</li>
 * <li>5xx: {@code detail} is a generic text, {@code instance} a {@code urn:uuid:} id that the ERROR
 *     log line holding the stack trace also shows.</li>
 * <li>A response that already carries the application's own body is left as it is; a response
 *     committed before the error is logged and left alone.</li>
 * </ul>
 *
 * <p>Its settings are the application's, the same as the JAX-RS mappers' and the catalogue's: every
 * key, its sources and their order are those {@code dev.statusproblems.responses.Setting} lists.
 * Those that concern it most: {@code statusproblems.servlet.enabled=false} (not installed),
 * {@code statusproblems.<status>.problem=false} (such errors left to the container and the
 * application's error pages), {@code statusproblems.<status>.detail=message|generic|none} and
 * {@code statusproblems.servlet.async-timeout=auto|filter|container} (who answers an async request
 * that timed out unanswered: {@code auto} lets the filter do it on Undertow, which has no error
 * dispatch for it, and the container elsewhere).
 */
public final class StatusProblemsFilter implements Filter {

    private boolean enabled = true;
    private Settings.AsyncTimeout asyncTimeout = Settings.AsyncTimeout.AUTO;
    private ProblemResponder responder;

    /** For the container and for {@code web.xml}. */
    public StatusProblemsFilter() {
    }

    /** Takes the application's pipeline, and with it its settings, from the servlet context. */
    @Override
    public void init(FilterConfig config) {
        responder = ProblemResponder.of(config.getServletContext());
        enabled = responder.settings().servletEnabled();
        asyncTimeout = responder.settings().asyncTimeout();
    }

    /** Passes the request on with a response that turns errors into problems. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || responder == null || !(request instanceof HttpServletRequest)
                || !(response instanceof HttpServletResponse)) {
            chain.doFilter(request, response);
            return;
        }
        DispatcherType dispatch = request.getDispatcherType();
        // an inner dispatch carries the response the outer one already wrapped: no request attribute is
        // needed to tell, which would reach the application's attribute listeners on every request
        boolean nested = (dispatch == DispatcherType.FORWARD || dispatch == DispatcherType.INCLUDE)
                && (response instanceof ErrorCapturingResponse || (response instanceof ServletResponseWrapper
                        && ((ServletResponseWrapper) response).isWrapperFor(ErrorCapturingResponse.class)));
        if (dispatch == DispatcherType.ERROR || nested) {
            // the error page (ours or the application's) renders an error dispatch; an inner
            // dispatch reports its errors to the response the outer one already wrapped
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        ErrorCapturingResponse wrapped = ErrorCapturingResponse.wrap(http, (HttpServletResponse) response, responder);
        try {
            // where the chain cannot go async (its servlet or a filter does not support it), startAsync
            // throws whoever is asked: there is nothing to watch, and one wrapper less on every request
            chain.doFilter(http.isAsyncSupported()
                    ? new AsyncWatchingRequest(http, (HttpServletResponse) response, wrapped) : http, wrapped);
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError || http.isAsyncStarted()) {
                throw failure; // the container's error dispatch reaches the error page
            }
            int status = EscapedFailures.status(http, failure);
            // a file the container did not find is the client's 404, not a failure of the application
            Throwable cause = status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR ? failure : null;
            if (!responder.send(http, (HttpServletResponse) response, status, null, cause, Requests.path(http))) {
                throw failure; // committed: the container aborts the response, so that it is not taken as whole
            }
            return;
        }
        wrapped.finish();
    }

    /**
     * The request as the application sees it. A plain {@code startAsync()} continues with the
     * filter's response, so that an asynchronous {@code sendError} is captured as a synchronous one
     * is: Payara does not reliably reach the error page for an error sent on the container's own
     * response from another thread. Where the filter answers async timeouts, a listener is added as
     * async starts, before the application's own work can complete the request.
     */
    private final class AsyncWatchingRequest extends HttpServletRequestWrapper {
        private final HttpServletRequest original;
        private final HttpServletResponse response;
        private final ErrorCapturingResponse wrapped;

        AsyncWatchingRequest(HttpServletRequest request, HttpServletResponse response, ErrorCapturingResponse wrapped) {
            super(request);
            this.original = request;
            this.response = response;
            this.wrapped = wrapped;
        }

        @Override
        public AsyncContext startAsync() {
            return watched(super.startAsync(original, wrapped));
        }

        @Override
        public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
            return watched(super.startAsync(request, response));
        }

        private AsyncContext watched(AsyncContext async) {
            if (watchesAsyncTimeouts(original)) { // asked only of the few requests that go async
                TimeoutProblem.watch(async, original, response, responder);
            }
            return async;
        }
    }

    /**
     * Undertow (WildFly) answers an async timeout with its own page and never dispatches it to an
     * error page, so the filter must answer it. Elsewhere the container's error dispatch does, and
     * the application's own listeners keep the first word.
     */
    private boolean watchesAsyncTimeouts(HttpServletRequest request) {
        switch (asyncTimeout) {
            case FILTER:
                return true;
            case CONTAINER:
                return false;
            default:
                return request.getClass().getName().startsWith("io.undertow.");
        }
    }
}
