package dev.statusproblems.benchmarks.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/** {@code GET /download?size=N}: N bytes of {@link Payload} streamed with a Content-Length, at most 1 GiB. */
@WebServlet("/download")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long size;
        try {
            size = Long.parseLong(request.getParameter("size"));
        } catch (NumberFormatException e) {
            response.sendError(400, "size must be a number of bytes");
            return;
        }
        if (size < 0 || size > Payload.MAX) {
            response.sendError(400, "size must be between 0 and " + Payload.MAX);
            return;
        }
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(size);
        byte[] chunk = Payload.chunk();
        OutputStream out = response.getOutputStream();
        for (long left = size; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
