package dev.statusproblems.servlet.internal;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the 500 problem of an async request that timed out with nobody answering it. Stateless,
 * with a public no-argument constructor: WildFly takes every {@code AsyncListener} class of a
 * deployment for a component it may have to create, and warns at each deployment about one it
 * cannot. The request and response come with the event; the responder with the request.
 */
public final class TimeoutProblem implements AsyncListener {

    private static final String RESPONDER = TimeoutProblem.class.getName() + ".responder";

    /** For the container; use {@link #watch}. */
    public TimeoutProblem() {
    }

    /** Answers a timeout of {@code async} with {@code responder}'s problem for {@code request}. */
    public static void watch(AsyncContext async, HttpServletRequest request, HttpServletResponse response,
            ProblemResponder responder) {
        request.setAttribute(RESPONDER, responder);
        async.addListener(new TimeoutProblem(), request, response);
    }

    @Override
    public void onTimeout(AsyncEvent event) throws IOException {
        ServletRequest supplied = event.getSuppliedRequest();
        if (!(supplied instanceof HttpServletRequest) || !(event.getSuppliedResponse() instanceof HttpServletResponse)
                || !(supplied.getAttribute(RESPONDER) instanceof ProblemResponder)) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) supplied;
        ProblemResponder responder = (ProblemResponder) request.getAttribute(RESPONDER);
        // an earlier listener of the application may have completed or dispatched it already
        if (request.isAsyncStarted() && responder.send(request, (HttpServletResponse) event.getSuppliedResponse(),
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR, null, null, Requests.path(request))) {
            event.getAsyncContext().complete();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // nothing to do
    }

    @Override
    public void onError(AsyncEvent event) {
        // the container's error dispatch reaches the error page
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // nothing to do
    }
}
