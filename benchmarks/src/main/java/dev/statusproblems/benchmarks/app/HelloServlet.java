package dev.statusproblems.benchmarks.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /hello}: 1 KiB of text from a plain servlet, the 2xx the servlet filter sees. */
@WebServlet("/hello")
public class HelloServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Size of the body. */
    public static final int SIZE = 1024;

    private static final byte[] BODY = "hello, world\n".repeat(SIZE / 13 + 1).substring(0, SIZE)
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=US-ASCII");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
