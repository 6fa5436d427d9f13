package dev.statusproblems.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Test;

class ContextPathTest {

    @ApplicationPath("/api/*")
    static class Api extends Application {
    }

    static class Proxied extends Api {
    }

    @ApplicationPath("/")
    static class Root extends Application {
    }

    @Test
    void applicationPathIsTakenOffTheBasePath() {
        assertThat(RequestFacts.contextPath("/shop/api/", RequestFacts.applicationPath(new Api()))).isEqualTo("/shop");
    }

    @Test
    void applicationPathIsFoundOnAProxysSuperclass() {
        assertThat(RequestFacts.contextPath("/shop/api", RequestFacts.applicationPath(new Proxied()))).isEqualTo("/shop");
    }

    @Test
    void applicationAtTheContextRootKeepsTheBasePath() {
        assertThat(RequestFacts.contextPath("/shop/", RequestFacts.applicationPath(new Root()))).isEqualTo("/shop");
        assertThat(RequestFacts.contextPath("/", RequestFacts.applicationPath(new Root()))).isEqualTo("");
    }

    @Test
    void applicationMappedElsewhereKeepsTheBasePath() {
        assertThat(RequestFacts.contextPath("/shop/rest/", RequestFacts.applicationPath(new Application()))).isEqualTo("/shop/rest");
        assertThat(RequestFacts.contextPath("/shop/rest/", RequestFacts.applicationPath(null))).isEqualTo("/shop/rest");
    }
}
