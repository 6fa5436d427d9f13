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

/**
 * Sends a request exactly as written, byte for byte, for what {@code java.net.http} refuses to send
 * (an invalid percent-encoding in the path, for one). The request asks to close the connection, so
 * the response is all that the server writes; reading stops after 10 s or 1 MB.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MAX_BYTES = 1 << 20;

    private RawHttp() {
    }

    /** A response as it came over the wire, with a chunked body joined. */
    static final class Response {
        final int status;
        final List<String> headerLines;
        final String body;
        final String raw;

        private Response(int status, List<String> headerLines, String body, String raw) {
            this.status = status;
            this.headerLines = headerLines;
            this.body = body;
            this.raw = raw;
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

    /** Writes {@code request} to the server of {@code base} and reads the response until the server closes. */
    static Response exchange(URL base, byte[] request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
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
            throw new UncheckedIOException("Raw request to " + base + " failed", e);
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
        boolean chunked = lines.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                && line.toLowerCase(Locale.ROOT).contains("chunked"));
        String joined = chunked ? dechunk(body) : body;
        String text = new String(joined.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Response(status, List.copyOf(lines), text, raw);
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
