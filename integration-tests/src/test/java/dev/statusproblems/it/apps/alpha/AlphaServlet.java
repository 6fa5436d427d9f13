package dev.statusproblems.it.apps.alpha;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /servlet/<marker>}: a 404 with the application's own message, through sendError. */
@WebServlet("/servlet/*")
public class AlphaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND,
                "The alpha servlet has nothing at " + request.getPathInfo());
    }
}
