package dev.statusproblems.it.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/** {@code GET /download?size=N}: N bytes of {@link #pattern()} generated on the fly. */
@WebServlet("/download")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The 64 KiB the download repeats; the test computes the expected checksum from it. */
    public static byte[] pattern() {
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + (i >> 8));
        }
        return chunk;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long size = Long.parseLong(request.getParameter("size"));
        byte[] chunk = pattern();
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(size);
        OutputStream out = response.getOutputStream();
        for (long left = size; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
