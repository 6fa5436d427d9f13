package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.jaxrs.StatusProblemsFeature;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.internal.Settings;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.net.http.HttpResponse;
import java.util.Set;
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
        System.setProperty(Settings.JAXRS_ENABLED, "false");
        try (TestServer server = TestServer.start(new ShopApplication())) {
            HttpResponse<String> response = server.get("nothing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).isNotEqualTo(java.util.Optional.of(
                    "application/problem+json"));
            assertThat(response.body()).doesNotContain("\"title\"");
        } finally {
            System.clearProperty(Settings.JAXRS_ENABLED);
        }
    }

    /** Names the feature as a class, and registers an instance of it, on top of service loading. */
    public static final class TwiceApplication extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ShopResource.class, StatusProblemsFeature.class, AgainFeature.class);
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
