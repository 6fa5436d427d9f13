package dev.statusproblems.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A test servlet whose every method does what a lambda says. */
final class Endpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What the servlet does. */
    @FunctionalInterface
    interface Body {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
    }

    private final transient Body body;

    private Endpoint(Body body) {
        this.body = body;
    }

    static Endpoint of(Body body) {
        return new Endpoint(body);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        body.handle(request, response);
    }
}
