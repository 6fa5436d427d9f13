package dev.statusproblems.jaxrs.shop;

import dev.statusproblems.jaxrs.ProblemClientFilter;
import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An application served in-process by whichever Jakarta REST runtime is on the test classpath
 * (surefire runs the tests once with Jersey, once with RESTEasy), through the neutral
 * {@link SeBootstrap}, on localhost and a free port.
 */
final class TestServer implements AutoCloseable {

    /** The runtime this test run was asked to use: "jersey" or "resteasy". */
    static final String RUNTIME = System.getProperty("statusproblems.test.runtime", "jersey");

    /** The Jakarta EE generation of the API and runtime on the classpath this run was given: 10 or 11. */
    static final int EE = Integer.getInteger("statusproblems.test.ee", 10);

    /**
     * Jersey builds a WADL only with a JAXB implementation, which no test has, and says so at every start
     * unless told to build none; RESTEasy ignores the name. Each test application adds this.
     */
    private static final String NO_WADL = "jersey.config.server.wadl.disableWadl";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final SeBootstrap.Instance instance;
    private final URI base;

    private TestServer(SeBootstrap.Instance instance) {
        this.instance = instance;
        URI uri = instance.configuration().baseUriBuilder().build();
        this.base = URI.create(uri.toString().endsWith("/") ? uri.toString() : uri + "/");
    }

    static TestServer start(Application application) {
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("localhost").port(SeBootstrap.Configuration.FREE_PORT).rootPath("/shop")
                .build();
        try {
            return new TestServer(SeBootstrap.start(application, configuration).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + RUNTIME + ": " + e, e);
        }
    }

    /** {@code properties}, and what every test application tells the runtime. */
    static Map<String, Object> applicationProperties(Map<String, ?> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put(NO_WADL, true);
        return Map.copyOf(all);
    }

    /** The absolute URI of {@code path} (relative to the application root, no leading slash). */
    URI uri(String path) {
        return base.resolve(path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    @Override
    public void close() {
        try {
            instance.stop().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop " + RUNTIME + ": " + e, e);
        }
    }
}
