package dev.statusproblems.it.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Plain servlet errors: {@code sendError} with a client's and a server's status, and a 304. */
@WebServlet("/servlet/*")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/orders/42":
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "Order 42 does not exist");
                break;
            case "/database":
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "db at 10.0.0.7:5432 refused hunter2");
                break;
            case "/catalog":
                response.setHeader("ETag", "\"v1\"");
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                break;
            case "/crash":
                throw new IllegalStateException("db password is hunter2");
            default:
                response.setContentType("text/plain");
                response.getWriter().write("ok");
        }
    }
}
