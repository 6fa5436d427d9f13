package dev.statusproblems.it.plain;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A servlet-only application: a 404 with a message, and an uncaught exception. */
@WebServlet("/orders/*")
public class PlainServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/crash".equals(request.getPathInfo())) {
            throw new IllegalStateException("db password is hunter2");
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "Order 42 does not exist");
    }
}
