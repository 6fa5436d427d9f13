package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings, given as the JAX-RS application's properties. */
class ConfigurationTest {

    @Test
    void relativeTypeIsResolvedAgainstTypeBase() {
        try (TestServer server = TestServer.start(new ShopApplication(Map.of("statusproblems.type-base", "https://shop.example/problems/")))) {
            HttpResponse<String> response = server.get("credit");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(ProblemJson.parse(response.body()).type())
                    .isEqualTo(URI.create("https://shop.example/problems/out-of-credit"));
        }
    }

    @Test
    void uuidInstanceStrategyGivesClientErrorsAnId() {
        try (TestServer server = TestServer.start(new ShopApplication(Map.of("statusproblems.instance", "uuid")))) {
            ProblemDetail problem = ProblemJson.parse(server.get("orders/42").body());

            assertThat(problem.instance()).hasValueSatisfying(id -> assertThat(id.toString()).startsWith("urn:uuid:"));
        }
    }

    @Test
    void noneInstanceStrategyGivesClientErrorsNoInstance() {
        try (TestServer server = TestServer.start(new ShopApplication(Map.of("statusproblems.instance", "none")))) {
            ProblemDetail problem = ProblemJson.parse(server.get("orders/42").body());

            assertThat(problem.instance()).isEmpty();
        }
    }

    @Test
    void serverErrorDetailsShowTheMessageForDevelopment() {
        try (TestServer server = TestServer.start(new ShopApplication(Map.of("statusproblems.server-error-details", "true")))) {
            HttpResponse<String> response = server.get("boom");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(ProblemJson.parse(response.body()).detail()).contains("db password is hunter2");
        }
    }

    @Test
    void malformedSettingFailsTheApplicationsStartNamingIt() {
        assertThatThrownBy(() -> TestServer.start(new ShopApplication(Map.of("statusproblems.instance", "sometimes"))))
                .hasStackTraceContaining("statusproblems.instance 'sometimes' is not one of path, uuid, none");
    }

    @Test
    void perStatusDetailSettingAppliesToTheMappers() {
        try (TestServer server = TestServer.start(new ShopApplication(Map.of("statusproblems.404.detail", "none")))) {
            ProblemDetail problem = ProblemJson.parse(server.get("orders/42").body());

            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.detail()).isEmpty();
        }
    }
}
