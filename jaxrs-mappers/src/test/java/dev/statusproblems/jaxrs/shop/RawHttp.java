package dev.statusproblems.jaxrs.shop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a request exactly as written, for what {@code java.net.http} refuses to send (a raw
 * {@code [} in the path, a malformed header value); the request closes the connection, so the
 * response is all the server writes. Reading stops after 10 s or 1 MB.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MAX_BYTES = 1 << 20;

    private RawHttp() {
    }

    /** A response as it came over the wire; a chunked body joined, header names lower-cased. */
    static final class Response {
        final int status;
        final Map<String, List<String>> headers;
        final String body;
        final String raw;

        private Response(int status, Map<String, List<String>> headers, String body, String raw) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.raw = raw;
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? Optional.empty() : Optional.of(String.join(", ", values));
        }

        @Override
        public String toString() {
            return raw.length() > 2000 ? raw.substring(0, 2000) + "..." : raw;
        }
    }

    /**
     * Sends {@code method target} (both raw, not checked; the target's characters as ISO-8859-1
     * bytes, or UTF-8 where {@code utf8}) with {@code headerLines} and {@code Connection: close}.
     */
    static Response send(URI server, String method, String target, boolean utf8, String... headerLines) {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return exchange(server, request.toString().getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
    }

    private static Response exchange(URI server, byte[] request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.nanoTime() + TIMEOUT_MILLIS * 1_000_000L;
            try {
                for (int n; received.size() < MAX_BYTES && System.nanoTime() < deadline
                        && (n = in.read(buffer)) != -1; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException closedOrSilent) {
                // what arrived is the answer
            }
            return parse(received.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("Raw request to " + server + " failed", e);
        }
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
        String statusLine = lines.isEmpty() ? "" : lines.remove(0);
        String[] parts = statusLine.split(" ", 3);
        int status = parts.length >= 2 && parts[0].startsWith("HTTP/") ? parseInt(parts[1]) : -1;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
        }
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"));
        String joined = chunked ? dechunk(body) : body;
        String text = new String(joined.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Response(status, headers, text, raw);
    }

    private static String dechunk(String body) {
        StringBuilder joined = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int length = parseHex(body.substring(at, lineEnd).split(";", 2)[0].strip());
            if (length <= 0 || lineEnd + 2 + length > body.length()) {
                break;
            }
            joined.append(body, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
        return joined.toString();
    }

    private static int parseHex(String text) {
        try {
            return Integer.parseInt(text, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
