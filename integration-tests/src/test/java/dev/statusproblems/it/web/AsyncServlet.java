package dev.statusproblems.it.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Async errors: {@code /async/conflict} sends a 409 from another thread; {@code /async/timeout}
 * never completes, so the container's async timeout raises a 500.
 */
@WebServlet(urlPatterns = "/async/*", asyncSupported = true)
public class AsyncServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        AsyncContext async = request.startAsync();
        if ("/timeout".equals(request.getPathInfo())) {
            async.setTimeout(200);
            return;
        }
        async.start(() -> {
            try {
                ((HttpServletResponse) async.getResponse())
                        .sendError(HttpServletResponse.SC_CONFLICT, "Order 7 is already paid");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                async.complete();
            }
        });
    }
}
