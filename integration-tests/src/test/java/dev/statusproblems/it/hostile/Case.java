package dev.statusproblems.it.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * One generated hostile request and what the battery expects of its answer.
 *
 * @param family the family of the battery it belongs to (headers, targets, methods, ...)
 * @param kind the kind of path it goes to (jaxrs, servlet, static, protected, catalogue, async, ...)
 * @param label what varies, for the report
 * @param method the request method
 * @param target the request target, sent as written
 * @param headers header lines, sent as written
 * @param body the content
 * @param raw when present, the whole request as written (framing faults), instead of the fields above
 * @param clientFault whether the client got something wrong, so that a 5xx is never right
 * @param status the exact status expected, when the case knows it
 * @param success the content of a success, when the case knows it
 * @param format the problem format the client asked for
 * @param container the container's own answer expected on this server, named
 */
record Case(String family, String kind, String label, String method, String target, List<String> headers,
        byte[] body, Optional<byte[]> raw, boolean clientFault, Optional<Integer> status, Optional<String> success,
        Format format, Optional<Container> container) {

    /** The problem format a request asks for. */
    enum Format {
        /** {@code application/problem+json}: no Accept, JSON, anything. */
        JSON,
        /** {@code application/problem+xml}. */
        XML,
        /** A {@code text/html} page. */
        HTML,
        /** A malformed or odd Accept: any of the three, as long as it is a problem. */
        ANY
    }

    static Case get(String family, String kind, String label, String target, List<String> headers) {
        return new Case(family, kind, label, "GET", target, List.copyOf(headers), new byte[0], Optional.empty(), true,
                Optional.empty(), Optional.empty(), Format.JSON, Optional.empty());
    }

    static Case rawRequest(String family, String kind, String label, String request) {
        return new Case(family, kind, label, request.substring(0, Math.max(0, request.indexOf(' '))), "", List.of(),
                new byte[0], Optional.of(request.getBytes(StandardCharsets.ISO_8859_1)), true, Optional.empty(),
                Optional.empty(), Format.JSON, Optional.empty());
    }

    Case method(String newMethod) {
        return new Case(family, kind, label, newMethod, target, headers, body, raw, clientFault, status, success,
                format, container);
    }

    Case body(byte[] newBody) {
        return new Case(family, kind, label, method, target, headers, newBody, raw, clientFault, status, success,
                format, container);
    }

    Case clientFault(boolean newClientFault) {
        return new Case(family, kind, label, method, target, headers, body, raw, newClientFault, status, success,
                format, container);
    }

    Case status(int newStatus) {
        return new Case(family, kind, label, method, target, headers, body, raw, clientFault, Optional.of(newStatus),
                success, format, container);
    }

    Case success(Optional<String> newSuccess) {
        return new Case(family, kind, label, method, target, headers, body, raw, clientFault, status, newSuccess,
                format, container);
    }

    Case format(Format newFormat) {
        return new Case(family, kind, label, method, target, headers, body, raw, clientFault, status, success,
                newFormat, container);
    }

    Case container(Optional<Container> newContainer) {
        return new Case(family, kind, label, method, target, headers, body, raw, clientFault, status, success,
                format, newContainer);
    }

    /** Whether it is a HEAD request. */
    boolean isHead() {
        return method.equals("HEAD");
    }

    /** The request's head as text: the raw request, or the method, target and header lines. */
    String head() {
        return raw.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
                .orElse(method + " " + target + "\r\n" + String.join("\r\n", headers) + "\r\n");
    }

    @Override
    public String toString() {
        String request = raw.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).orElse(method + " " + target
                + (headers.isEmpty() ? "" : " " + headers) + (body.length == 0 ? "" : " body " + body.length + " bytes"));
        request = request.replace("\r", "\\r").replace("\n", "\\n");
        return family + "/" + kind + " [" + label + "] " + (request.length() > 200 ? request.substring(0, 200) + "..." : request);
    }
}
