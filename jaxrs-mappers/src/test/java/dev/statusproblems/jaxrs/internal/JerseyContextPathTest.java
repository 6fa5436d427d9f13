package dev.statusproblems.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.glassfish.jersey.server.ApplicationHandler;
import org.junit.jupiter.api.Test;

/**
 * Regression: on Jersey (Payara) the {@code @Context Application} the mappers get is Jersey's runtime
 * {@code ResourceConfig}, not the application's class, so its {@code @ApplicationPath} was missed and
 * relative problem types resolved under {@code /shop/api/problems/} instead of {@code /shop/problems/}.
 * Runs on the Jersey run only (the pom excludes it from the RESTEasy run).
 */
class JerseyContextPathTest {

    @ApplicationPath("api")
    public static class Api extends Application {
        // no JAXB implementation here: unless told to build no WADL, Jersey says at start that it cannot
        @Override
        public Map<String, Object> getProperties() {
            return Map.of("jersey.config.server.wadl.disableWadl", true);
        }
    }

    @Test
    void applicationPathIsFoundThroughJerseysRuntimeConfiguration() {
        // Object, not ResourceConfig: this class must load on the RESTEasy run too, where Jersey is absent.
        Object injected = new ApplicationHandler(new Api()).getConfiguration();

        assertThat(injected).isNotInstanceOf(Api.class);
        assertThat(RequestFacts.contextPath("/shop/api/", RequestFacts.applicationPath((Application) injected))).isEqualTo("/shop");
    }
}
