package dev.statusproblems.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The same dozen error situations sent to two applications, and for each answer whether it is an
 * RFC 9457 problem: the expected status, {@code Content-Type: application/problem+json}, a body that
 * is a JSON object whose {@code status} member is that status (and whose {@code type}, {@code title},
 * {@code detail} and {@code instance}, where present, are strings), and the header HTTP requires
 * with the status ({@code Allow} on 405, {@code WWW-Authenticate} on 401). Not a timing: the same
 * servers give the same table.
 */
final class Coverage {

    private static final String JSON = "application/json";

    /** One situation: what is sent, the status it must get, and the header HTTP requires with it. */
    record Situation(String name, String method, String path, String contentType, String body, String accept,
            int status, String requiredHeader) {

        /** The request in Markdown: {@code `POST /api/items`, `Content-Type: text/plain`, body `pen`}. */
        String request() {
            return "`" + method + " " + path + "`"
                    + (contentType == null ? "" : ", `Content-Type: " + contentType + "`")
                    + (body == null ? "" : ", body `" + body + "`")
                    + (accept.equals(JSON) ? "" : ", `Accept: " + accept + "`");
        }
    }

    /** The situations, paths relative to the application's context. */
    static final List<Situation> SITUATIONS = List.of(
            new Situation("JAX-RS runtime: no resource", "GET", "/api/nothing-here", null, null, JSON, 404, null),
            new Situation("JAX-RS runtime: method not allowed", "DELETE", "/api/hello", null, null, JSON, 405,
                    "Allow"),
            new Situation("JAX-RS runtime: not acceptable", "GET", "/api/hello", null, null, "text/csv", 406, null),
            new Situation("JAX-RS runtime: unsupported media type", "POST", "/api/items", "text/plain", "pen", JSON,
                    415, null),
            new Situation("malformed JSON body", "POST", "/api/items", JSON, "{\"name\":", JSON, 400, null),
            new Situation("Bean Validation", "GET", "/api/items?size=0", null, null, JSON, 400, null),
            new Situation("servlet `sendError(409, …)`", "GET", "/conflict", null, null, JSON, 409, null),
            new Situation("missing static file", "GET", "/missing.png", null, null, JSON, 404, null),
            new Situation("security constraint, no credentials (BASIC)", "GET", "/secured/report", null, null, JSON,
                    401, "WWW-Authenticate"),
            new Situation("uncaught exception in a resource", "GET", "/api/boom", null, null, JSON, 500, null),
            new Situation("async request timed out (`AsyncResponse`, 50 ms)", "GET", "/api/slow", null, null, JSON,
                    503, null),
            new Situation("the application's own problem exception (403)", "GET", "/api/credit", null, null, JSON,
                    403, null));

    /** What one application answered to one situation. */
    record Answer(int status, boolean problemJson, boolean body, boolean header) {

        boolean problem(Situation s) {
            return status == s.status() && problemJson && body && (s.requiredHeader() == null || header);
        }

        String cell(Situation s) {
            return (status == s.status() ? Integer.toString(status) : "**" + status + "**")
                    + " · " + (problemJson ? "problem+json" : "**other type**")
                    + " · " + (body ? "body ✓" : "**body ✗**")
                    + (s.requiredHeader() == null ? "" : " · " + s.requiredHeader() + (header ? " ✓" : " **✗**"));
        }
    }

    private Coverage() {
    }

    /**
     * Sends every situation to each application ({@code base} gives its URI for a path) and returns
     * the Markdown table, {@code names} heading the applications' columns.
     */
    static String run(HttpClient client, List<String> names, List<Function<String, URI>> bases) throws IOException {
        List<List<Answer>> answers = new ArrayList<>();
        for (Function<String, URI> base : bases) {
            List<Answer> of = new ArrayList<>();
            for (Situation s : SITUATIONS) {
                of.add(ask(client, base.apply(s.path()), s));
            }
            answers.add(of);
        }
        StringBuilder md = new StringBuilder("| situation | request | expected |");
        names.forEach(n -> md.append(' ').append(n).append(" |"));
        md.append("\n|---|---|---|");
        names.forEach(n -> md.append("---|"));
        md.append('\n');
        for (int i = 0; i < SITUATIONS.size(); i++) {
            Situation s = SITUATIONS.get(i);
            md.append("| ").append(s.name()).append(" | ").append(s.request()).append(" | ")
                    .append(s.status()).append(s.requiredHeader() == null ? "" : " + " + s.requiredHeader())
                    .append(" |");
            for (List<Answer> of : answers) {
                md.append(' ').append(of.get(i).cell(s)).append(" |");
            }
            md.append('\n');
        }
        md.append("| **RFC 9457 problem with the right status and headers** | | |");
        for (List<Answer> of : answers) {
            long n = 0;
            for (int i = 0; i < SITUATIONS.size(); i++) {
                n += of.get(i).problem(SITUATIONS.get(i)) ? 1 : 0;
            }
            md.append(String.format(Locale.ROOT, " **%d of %d** |", n, SITUATIONS.size()));
        }
        return md.append('\n').toString();
    }

    private static Answer ask(HttpClient client, URI uri, Situation s) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", s.accept())
                .method(s.method(), s.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(s.body(), StandardCharsets.UTF_8));
        if (s.contentType() != null) {
            request.header("Content-Type", s.contentType());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + s.method() + " " + uri, e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean problemJson = type.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        boolean header = s.requiredHeader() != null && response.headers().firstValue(s.requiredHeader()).isPresent();
        System.out.printf(Locale.ROOT, "  %s %s -> %d %s %s%n", s.method(), uri, response.statusCode(), type,
                response.body().length() > 200 ? response.body().substring(0, 200) + "…" : response.body());
        return new Answer(response.statusCode(), problemJson, isProblem(response.body(), response.statusCode()),
                header);
    }

    /** Whether {@code body} is a JSON object whose members are those RFC 9457 gives, with {@code status}. */
    static boolean isProblem(String body, int status) {
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return false;
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            return false;
        }
        for (String member : List.of("type", "title", "detail", "instance")) {
            if (object.containsKey(member) && !(object.get(member) instanceof JsonString)) {
                return false;
            }
        }
        return object.get("status") instanceof JsonNumber number && number.isIntegral() && number.intValue() == status;
    }
}
