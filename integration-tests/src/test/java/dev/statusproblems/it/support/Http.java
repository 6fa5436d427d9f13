package dev.statusproblems.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP/1.1 client for black-box requests to a deployment, with bounded timeouts. */
public final class Http {

    // HTTP/1.1 only: the JDK's default h2c upgrade attempt would be a test of the server, not of us.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Http() {
    }

    /** Returns a request builder for {@code path} relative to the deployment's {@code base} URL. */
    public static HttpRequest.Builder request(URL base, String path) {
        if (base == null) {
            throw new IllegalArgumentException("base must not be null");
        }
        if (path == null || path.startsWith("/")) {
            throw new IllegalArgumentException("path must be relative to the deployment: " + path);
        }
        try {
            return HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(30));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base must be a URI: " + base, e);
        }
    }

    /** Sends a GET for {@code path} relative to {@code base} with the given header name/value pairs. */
    public static HttpResponse<String> get(URL base, String path, String... headers) throws InterruptedException {
        HttpRequest.Builder request = request(base, path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Sends {@code request} and returns the response with its body as a string. */
    public static HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Request failed: " + request.method() + " " + request.uri(), e);
        }
    }

    /** Sends {@code request} and returns the response with its body as a stream, for large bodies. */
    public static HttpResponse<InputStream> stream(HttpRequest request) throws InterruptedException {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Request failed: " + request.method() + " " + request.uri(), e);
        }
    }

    /** Returns the path of {@code base} (the context root with a trailing '/'), e.g. {@code /smoke/}. */
    public static String contextPath(URL base) {
        return URI.create(base.toString()).getPath();
    }
}
