package dev.statusproblems.servlet.internal;

import dev.statusproblems.model.HttpStatus;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The default error page that {@code META-INF/web-fragment.xml} declares: it renders the problem
 * for the errors the container raises where no filter runs (security constraints, some 404s) and
 * for errors raised on a response the filter never saw, from the {@code jakarta.servlet.error.*}
 * request attributes.
 */
public final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The path web-fragment.xml maps this servlet to and names as the default error page. */
    public static final String PATH = "/.status-problems/error";

    private transient ProblemResponder responder;
    private boolean enabled;

    /** For the container, which instantiates the servlet web-fragment.xml names. */
    public ErrorPageServlet() {
    }

    @Override
    public void init() throws ServletException {
        responder = ProblemResponder.of(getServletContext());
        enabled = responder.settings().servletEnabled();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // not a page anyone should ask for by name
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int status = status(request, response);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Throwable cause = exception instanceof Throwable ? (Throwable) exception : null;
        if (!enabled || !responder.settings().handles(status)) {
            plain(response, status);
            return;
        }
        // the message of an error that carries an exception is the container's rendering of it
        String text = cause == null && message instanceof String ? (String) message : null;
        responder.send(request, response, status, text, cause, Requests.path(request));
    }

    private static int status(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer && (Integer) code >= 100 && (Integer) code <= 599) {
            return (Integer) code;
        }
        int status = response.getStatus();
        return status >= 400 && status <= 599 ? status : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /**
     * The page when the suite is switched off or the policy leaves this status alone: once the
     * application keeps this error page, the container's own is out of reach, so the status line
     * is all the body says.
     */
    private static void plain(HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (!HttpStatus.of(status).allowsContent()) {
            return;
        }
        byte[] body = (status + " " + HttpStatus.of(status).reasonPhrase() + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
