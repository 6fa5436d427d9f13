package dev.statusproblems.demo;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** {@code GET /download?size=N}: N bytes streamed through the filter, untouched (at most 1 GiB). */
@WebServlet("/download")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final long MAX = 1L << 30;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long size;
        try {
            size = Long.parseLong(request.getParameter("size") == null ? "1048576" : request.getParameter("size"));
        } catch (NumberFormatException e) {
            response.sendError(400, "size must be a number of bytes");
            return;
        }
        if (size < 0 || size > MAX) {
            response.sendError(400, "size must be between 0 and " + MAX);
            return;
        }
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(size);
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31);
        }
        OutputStream out = response.getOutputStream();
        for (long left = size; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
        Arrays.fill(chunk, (byte) 0);
    }
}
