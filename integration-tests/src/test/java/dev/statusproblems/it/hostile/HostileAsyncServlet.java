package dev.statusproblems.it.hostile;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code /async/ok} answers "async ok" and {@code /async/<anything else>} a 409, both from another thread. */
@WebServlet(urlPatterns = "/async/*", asyncSupported = true)
public class HostileAsyncServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        boolean ok = "/ok".equals(request.getPathInfo());
        AsyncContext async = request.startAsync();
        async.start(() -> {
            HttpServletResponse asyncResponse = (HttpServletResponse) async.getResponse();
            try {
                if (ok) {
                    asyncResponse.setContentType("text/plain");
                    asyncResponse.getOutputStream().write("async ok".getBytes(StandardCharsets.UTF_8));
                } else {
                    asyncResponse.sendError(HttpServletResponse.SC_CONFLICT, "Order 7 is already paid");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                async.complete();
            }
        });
    }
}
