package dev.statusproblems.testsupport.conformance;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A servlet that handles GET only: HttpServlet's own doPost answers 405. */
public class GetOnlyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where it is mapped. */
    public static final String MAPPING = "/conformance-get-only";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("served");
    }
}
