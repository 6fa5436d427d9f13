package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.jaxrs.StatusProblemsFeature;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;

/** How the feature comes in, or stays out, on the runtime this run boots. */
class FeatureRegistrationTest {

    @Test
    void handListedApplicationGetsTheFeatureThroughServiceLoading() {
        try (TestServer server = TestServer.start(new ShopApplication())) {
            HttpResponse<String> response = server.get("nothing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ProblemJson.parse(response.body()).title()).isEqualTo("Not Found");
        }
    }

    @Test
    void scannedAndServiceLoadedFeatureIsRegisteredWithoutAWarning() {
        // A server that scans puts the @Provider feature among the application's classes, as this
        // application does by hand, and service loading brings the one META-INF/services names: RESTEasy
        // warned RESTEASY002155 "... is already registered" when both were the same class.
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = new SimpleFormatter().formatMessage(record);
                if (record.getLevel().intValue() >= Level.WARNING.intValue() && message.contains("dev.statusproblems.jaxrs")) {
                    warnings.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        try (TestServer server = TestServer.start(new ScannedApplication())) {
            HttpResponse<String> response = server.get("nothing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        } finally {
            root.removeHandler(recorder);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void featureRegisteredTwiceDoesNoHarm() {
        try (TestServer server = TestServer.start(new TwiceApplication())) {
            HttpResponse<String> problem = server.get("orders/42");
            HttpResponse<String> success = server.get("orders/7");

            assertThat(problem.statusCode()).isEqualTo(404);
            assertThat(problem.headers().allValues("Content-Language")).containsExactly("en");
            ProblemDetail parsed = ProblemJson.parse(problem.body());
            assertThat(parsed.detail()).contains("Order 42 does not exist");
            assertThat(success.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void disabledFeatureLeavesErrorsToTheRuntime() {
        try (TestServer server = TestServer.start(new ShopApplication(Map.of("statusproblems.jaxrs.enabled", "false")))) {
            HttpResponse<String> response = server.get("nothing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).isNotEqualTo(java.util.Optional.of(
                    "application/problem+json"));
            assertThat(response.body()).doesNotContain("\"title\"");
        }
    }

    /** Lists the feature's class as a server's scanning adds it. */
    public static final class ScannedApplication extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ShopResource.class, StatusProblemsFeature.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return TestServer.applicationProperties(Map.of());
        }
    }

    /** Names the feature as a class, and registers an instance of it, on top of service loading. */
    public static final class TwiceApplication extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ShopResource.class, StatusProblemsFeature.class, AgainFeature.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return TestServer.applicationProperties(Map.of());
        }
    }

    /** An application's own feature that registers ours once more. */
    public static final class AgainFeature implements Feature {

        @Override
        public boolean configure(FeatureContext context) {
            context.register(new StatusProblemsFeature());
            return true;
        }
    }
}
