package dev.statusproblems.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a request exactly as written, byte for byte, for what {@code java.net.http} refuses to send
 * (a raw {@code [} or an invalid percent-encoding in the target, a malformed header value, a
 * framing fault). The request asks to close the connection, unless it names its own {@code Connection},
 * so the response is all that the server writes; reading stops when the server closes,
 * {@value #LINGER_MILLIS} ms after a complete response (for a server that keeps the connection open),
 * or after {@value #TIMEOUT_MILLIS} ms or 1 MB.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int LINGER_MILLIS = 1_500;
    private static final int MAX_BYTES = 1 << 20;

    private RawHttp() {
    }

    /** A response as it came over the wire, with a chunked body joined. */
    public static final class Response {

        private final int status;
        private final Map<String, List<String>> headers;
        private final String body;
        private final String raw;
        private final int bodyLength;
        private final boolean closed;

        private Response(int status, Map<String, List<String>> headers, String body, String raw, int bodyLength,
                boolean closed) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.raw = raw;
            this.bodyLength = bodyLength;
            this.closed = closed;
        }

        /** The status code of the status line; -1 where no status line arrived. */
        public int status() {
            return status;
        }

        /** Every header field, by lower-cased name in the order they came, each with its values in order. */
        public Map<String, List<String>> headers() {
            return headers;
        }

        /** Every value of the header field {@code name} (any case), in order; empty if there is none. */
        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The first value of the header field {@code name} (any case), if any. */
        public Optional<String> header(String name) {
            return headers(name).stream().findFirst();
        }

        /** The content (chunked content joined), its octets read as UTF-8. */
        public String body() {
            return body;
        }

        /** The number of octets of the content as sent (chunked content joined). */
        public int bodyLength() {
            return bodyLength;
        }

        /** All that arrived, one character per octet. */
        public String raw() {
            return raw;
        }

        /** The head: status line and header lines. */
        public String head() {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? raw : raw.substring(0, end);
        }

        /** Whether the server closed the connection (rather than leaving it open after the response). */
        public boolean closed() {
            return closed;
        }

        @Override
        public String toString() {
            return raw.length() > 2000 ? raw.substring(0, 2000) + "..." : raw;
        }
    }

    /**
     * Sends {@code method target} (both raw, not checked) with {@code Host}, {@code headerLines} and
     * {@code Connection: close} unless a header line is a {@code Connection} field, no body; the head's characters as ISO-8859-1 octets, or UTF-8 where
     * {@code utf8}.
     */
    public static Response send(URI server, String method, String target, boolean utf8, String... headerLines) {
        return exchange(server, head(server, method, target, List.of(headerLines), 0)
                .getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1), false);
    }

    /**
     * Sends {@code method target} with {@code Host}, {@code headerLines}, {@code Connection: close} and
     * {@code body} (with its Content-Length unless a header line says how it is framed); the head's
     * characters as ISO-8859-1 octets.
     */
    public static Response send(URI server, String method, String target, List<String> headerLines, byte[] body) {
        byte[] head = head(server, method, target, headerLines, body.length).getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return exchange(server, request, false);
    }

    private static String head(URI server, String method, String target, List<String> headerLines, int bodyLength) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        boolean framed = false;
        boolean connection = false;
        for (String line : headerLines) {
            head.append(line).append("\r\n");
            String lower = line.toLowerCase(Locale.ROOT);
            framed |= lower.startsWith("content-length:") || lower.startsWith("transfer-encoding:");
            connection |= lower.startsWith("connection:");
        }
        if (!framed && bodyLength > 0) {
            head.append("Content-Length: ").append(bodyLength).append("\r\n");
        }
        return head.append(connection ? "" : "Connection: close\r\n").append("\r\n").toString();
    }

    /**
     * Writes {@code request} to {@code server}, half-closes the connection if {@code endOutput} (the
     * server then sees the end of the request's octets), and reads the response.
     */
    public static Response exchange(URI server, byte[] request, boolean endOutput) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (endOutput) {
                    socket.shutdownOutput();
                }
            } catch (SocketException refused) {
                // the server closed early (a refused request); what it wrote is the answer
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000L;
            boolean closed = false;
            boolean headOnly = new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1)
                    .equals("HEAD ");
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
            } catch (SocketException reset) {
                closed = true;
            }
            return parse(received.toString(StandardCharsets.ISO_8859_1), closed);
        } catch (IOException e) {
            throw new UncheckedIOException("Raw request to " + server + " failed", e);
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
                return raw.length() - end - 4 >= parseInt(line.substring(15).strip(), 10);
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
        int status = parts.length >= 2 && parts[0].startsWith("HTTP/") ? parseInt(parts[1], 10) : -1;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"));
        String joined = chunked ? dechunk(body) : body;
        String text = new String(joined.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Response(status, Collections.unmodifiableMap(headers), text, raw, joined.length(), closed);
    }

    private static String dechunk(String body) {
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int length = parseInt(body.substring(at, lineEnd).split(";", 2)[0].strip(), 16);
            if (length <= 0 || lineEnd + 2 + length > body.length()) {
                break;
            }
            joined.append(body, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
        return joined.toString();
    }

    /** The number {@code text} writes in {@code radix}, or -1 if it is none. */
    private static int parseInt(String text, int radix) {
        try {
            return Integer.parseInt(text, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
