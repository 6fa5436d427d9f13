package dev.statusproblems.it.hostile;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Servlet endpoints for hostile cases: markup in sendError messages, a status over 599, a secret in an exception. */
@WebServlet("/servlet/*")
public class HostileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A sendError message carrying markup and control characters. */
    public static final String SCRIPT_MESSAGE = "<script>alert('x')</script> quantity \u0000\u0001\u0007\u001b[31m\u2028\"&'</p>";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String what = String.valueOf(request.getPathInfo());
        switch (what) {
            case "/script":
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, SCRIPT_MESSAGE);
                break;
            case "/crlf":
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "bad\r\nX-Injected: yes\r\n\r\n<h1>injected</h1>");
                break;
            case "/huge-message":
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "too long ".repeat(100_000));
                break;
            case "/status-600":
                response.setStatus(600);
                break;
            case "/status-600-body":
                response.setStatus(600);
                response.setContentType("text/plain");
                response.getWriter().write("six hundred");
                break;
            case "/secret":
                throw new ServletException("database password is " + Secrets.SECRET);
            case "/runtime-secret":
                throw new IllegalStateException("database password is " + Secrets.SECRET);
            default:
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                break;
        }
    }
}
