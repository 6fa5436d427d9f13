package dev.statusproblems.restclient;

import jakarta.ws.rs.SeBootstrap;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The shop served in-process, on localhost and a free port, by the runtime this run has (surefire runs
 * the tests once with RESTEasy, once with Jersey, each with its own Rest Client).
 */
final class TestServer implements AutoCloseable {

    static final String RUNTIME = System.getProperty("statusproblems.test.runtime", "resteasy");

    private final SeBootstrap.Instance instance;
    private final URI base;

    private TestServer(SeBootstrap.Instance instance) {
        this.instance = instance;
        URI uri = instance.configuration().baseUriBuilder().build();
        this.base = URI.create(uri.toString().endsWith("/") ? uri.toString() : uri + "/");
    }

    static TestServer start() {
        Application shop = new Application() {
            @Override
            public Set<Class<?>> getClasses() {
                return Set.of(ShopResource.class);
            }
        };
        SeBootstrap.Configuration configuration = SeBootstrap.Configuration.builder()
                .protocol("HTTP").host("localhost").port(SeBootstrap.Configuration.FREE_PORT).rootPath("/shop")
                .build();
        try {
            return new TestServer(SeBootstrap.start(shop, configuration).toCompletableFuture().get(30, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + RUNTIME + ": " + e, e);
        }
    }

    /** The application's root, ending in a slash. */
    URI base() {
        return base;
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
