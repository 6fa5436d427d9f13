package dev.statusproblems.it.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends a request exactly as written, byte for byte, for what {@code java.net.http} refuses to send
 * (an invalid percent-encoding in the path, for one). The request asks to close the connection, so
 * the response is all that the server writes; reading stops after 5 s or 1 MB.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 5_000;
    /** How long to wait for more after a complete response, for a server that keeps the connection open. */
    private static final int LINGER_MILLIS = 1_500;
    private static final int MAX_BYTES = 1 << 20;

    private RawHttp() {
    }

    /** A response as it came over the wire, with a chunked body joined. */
    static final class Response {
        final int status;
        final List<String> headerLines;
        final String body;
        final String raw;
        /** The octets of the content as sent (chunked content joined). */
        final int bodyLength;
        /** Whether the server closed the connection (rather than leaving it open after the response). */
        final boolean closed;

        private Response(int status, List<String> headerLines, String body, String raw, int bodyLength,
                boolean closed) {
            this.status = status;
            this.headerLines = headerLines;
            this.body = body;
            this.raw = raw;
            this.bodyLength = bodyLength;
            this.closed = closed;
        }

        /** Every value of the header {@code name}, in order. */
        List<String> headers(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).collect(Collectors.toList());
        }

        /** The head: status line and header lines. */
        String head() {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? raw : raw.substring(0, end);
        }

        /** The first value of the header {@code name}, if any. */
        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream().filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip()).findFirst();
        }

        @Override
        public String toString() {
            return raw.length() > 2000 ? raw.substring(0, 2000) + "..." : raw;
        }
    }

    /** Sends {@code GET target} (a raw request target, not checked) with {@code Connection: close}. */
    static Response get(URL base, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Accept: application/problem+json\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return exchange(base, request.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Sends {@code method target} with the given header lines, {@code Connection: close} and {@code body}
     * (with its Content-Length unless a header line says how it is framed).
     */
    static Response send(URL base, String method, String target, List<String> headerLines, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        boolean framed = false;
        for (String line : headerLines) {
            head.append(line).append("\r\n");
            String lower = line.toLowerCase(Locale.ROOT);
            framed |= lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:");
        }
        if (!framed && body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return exchange(base, request);
    }

    /** Writes {@code request} to the server of {@code base} and reads the response until the server closes. */
    static Response exchange(URL base, byte[] request) {
        return exchange(base, request, false);
    }

    /**
     * Writes {@code request} to the server of {@code base}, half-closes the connection if
     * {@code endOutput} (the server then sees the end of the request's bytes), and reads the response
     * until the server closes, or for {@value #LINGER_MILLIS} ms more after a complete response.
     */
    static Response exchange(URL base, byte[] request, boolean endOutput) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (endOutput) {
                    socket.shutdownOutput();
                }
            } catch (java.net.SocketException refused) {
                // the server closed early (a refused request); what it wrote is the answer
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000L;
            boolean closed = false;
            boolean headOnly = request.length > 5 && new String(request, 0, 5, StandardCharsets.ISO_8859_1).equals("HEAD ");
            try {
                while (received.size() < MAX_BYTES && System.nanoTime() < deadline) {
                    if (complete(received, headOnly)) {
                        socket.setSoTimeout(LINGER_MILLIS);
                    }
                    int n = in.read(buffer);
                    if (n == -1) {
                        closed = true;
                        break;
                    }
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException silent) {
                // what arrived is the answer; the connection stayed open
            } catch (java.net.SocketException reset) {
                closed = true;
            }
            return parse(received.toString(StandardCharsets.ISO_8859_1), closed);
        } catch (IOException e) {
            throw new UncheckedIOException("Raw request to " + base + " failed", e);
        }
    }

    /** Whether what arrived holds a whole response whose length its head declares. */
    private static boolean complete(ByteArrayOutputStream received, boolean headOnly) {
        String raw = received.toString(StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        // no content follows the head of a response to HEAD, nor of a 1xx, 204 or 304 (RFC 9112 §6.3)
        if (headOnly || raw.matches("(?s)HTTP/1\\.[01] (1[0-9][0-9]|204|304) .*")) {
            return true;
        }
        for (String line : raw.substring(0, end).split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                return raw.length() - end - 4 >= parseInt(line.substring(15).strip());
            }
            if (lower.startsWith("transfer-encoding:")) {
                return raw.endsWith("0\r\n\r\n");
            }
        }
        return false;
    }

    private static Response parse(String raw, boolean closed) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        String statusLine = lines.isEmpty() ? "" : lines.remove(0);
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length >= 2 && parts[0].startsWith("HTTP/") ? parseInt(parts[1]) : -1;
        boolean chunked = lines.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                && line.toLowerCase(Locale.ROOT).contains("chunked"));
        String joined = chunked ? dechunk(body) : body;
        String text = new String(joined.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Response(status, List.copyOf(lines), text, raw, joined.length(), closed);
    }

    private static String dechunk(String body) {
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            String size = body.substring(at, lineEnd).split(";", 2)[0].strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (length == 0 || lineEnd + 2 + length > body.length()) {
                break;
            }
            joined.append(body, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
        return joined.toString();
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
