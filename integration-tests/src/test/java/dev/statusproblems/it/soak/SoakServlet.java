package dev.statusproblems.it.soak;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The servlet side of the soak: a streamed body of a few KB, and sendError 400 and 503. */
@WebServlet("/servlet/*")
public class SoakServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo();
        if ("/blob".equals(what)) {
            response.setContentType("application/octet-stream");
            ServletOutputStream out = response.getOutputStream();
            byte[] blob = Payload.bytes();
            // in uneven pieces, as a streaming application writes
            int first = 1000;
            out.write(blob, 0, first);
            out.flush();
            out.write(blob, first, blob.length - first);
        } else if ("/bad".equals(what)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The quantity must be positive");
        } else if ("/busy".equals(what)) {
            response.setHeader("Retry-After", "120");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
