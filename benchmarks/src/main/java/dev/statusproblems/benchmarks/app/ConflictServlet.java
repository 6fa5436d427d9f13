package dev.statusproblems.benchmarks.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /conflict}: a servlet's {@code sendError(409, message)}. */
@WebServlet("/conflict")
public class ConflictServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT, "Order 42 has already shipped");
    }
}
