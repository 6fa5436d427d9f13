package dev.statusproblems.it.hostile;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Answers {@code GET /echo/<n>}: {@code sendError(n)} for 4xx and 5xx, {@code setStatus(n)} otherwise,
 * with the headers and body of {@link Echo}; anything not a number is a 404.
 */
@WebServlet("/echo/*")
public class EchoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Integer> status = status(request.getPathInfo());
        if (status.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int code = status.get();
        Echo.headers(code).forEach(response::setHeader);
        if (code >= 400) {
            response.sendError(code);
            return;
        }
        response.setStatus(code);
        Optional<String> body = Echo.body(code);
        if (body.isPresent()) {
            response.setContentType("text/plain");
            response.getOutputStream().write(body.get().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Optional<Integer> status(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[1-5][0-9][0-9]")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(pathInfo.substring(1)));
    }
}
