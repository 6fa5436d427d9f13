package dev.statusproblems.testsupport.conformance;

import dev.statusproblems.testsupport.Conformance;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The conformance table's servlet: each situation at {@code /conformance/<situation>}, for every method. */
public class ConformanceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where it is mapped. */
    public static final String MAPPING = "/conformance/*";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String situation = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (situation.startsWith("hidden/")) {
            situation = situation.substring("hidden/".length());
        }
        RuntimeException thrown = Failures.of(situation);
        if (thrown != null) {
            throw thrown;
        }
        switch (situation) {
            case "status-with-message":
                response.sendError(409, Conformance.LOCKED);
                break;
            case "status-without-message":
                response.sendError(409);
                break;
            case "request-timeout":
                response.sendError(408);
                break;
            case "unavailable":
                response.sendError(503);
                break;
            case "forbidden":
                response.setHeader("WWW-Authenticate", "Basic realm=\"conformance\"");
                response.sendError(403, Conformance.LOCKED);
                break;
            case "unauthorized":
                response.sendError(401);
                break;
            case "server-status-with-message":
                response.sendError(502, Conformance.SECRET);
                break;
            case "headers-kept":
                response.setContentType("text/plain");
                response.setHeader("ETag", "\"v1\"");
                response.setDateHeader("Last-Modified", 0);
                response.setHeader("X-Trace", "trace-7");
                response.sendError(409);
                break;
            default:
                response.sendError(404);
                break;
        }
    }
}
