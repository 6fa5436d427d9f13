package dev.statusproblems.demo;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /servlet/status/{code}}: {@code sendError} for 4xx and 5xx, {@code setStatus} for the
 * rest, with the header fields the status requires ({@link RequiredHeaders}).
 */
@WebServlet("/servlet/status/*")
public class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int code;
        try {
            code = Integer.parseInt(path);
        } catch (NumberFormatException e) {
            response.sendError(400, "The status must be a number");
            return;
        }
        if (code < 100 || code > 599) {
            response.sendError(400, "The status must be between 100 and 599");
            return;
        }
        String body = "status " + code + "\n";
        if (code >= 200) {
            RequiredHeaders.of(code, body.length(), "GET, HEAD, OPTIONS, TRACE").forEach(response::setHeader);
        }
        if (code >= 400) {
            response.sendError(code, "The servlet answered " + code + " on purpose");
        } else {
            response.setStatus(code);
            if (code >= 300) {
                response.setHeader("Location", request.getContextPath() + "/");
            } else if (code >= 200 && code != 204 && code != 205) {
                response.setContentType("text/plain");
                response.getWriter().write(body);
            }
        }
    }
}
