package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.internal.Settings;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings, given as system properties before the application starts. */
class ConfigurationTest {

    @AfterEach
    void clear() {
        System.clearProperty(Settings.TYPE_BASE);
        System.clearProperty(Settings.INSTANCE);
        System.clearProperty(Settings.SERVER_ERROR_DETAILS);
    }

    @Test
    void relativeTypeIsResolvedAgainstTypeBase() {
        System.setProperty(Settings.TYPE_BASE, "https://shop.example/problems/");
        try (TestServer server = TestServer.start(new ShopApplication())) {
            HttpResponse<String> response = server.get("credit");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(ProblemJson.parse(response.body()).type())
                    .isEqualTo(URI.create("https://shop.example/problems/out-of-credit"));
        }
    }

    @Test
    void uuidInstanceStrategyGivesClientErrorsAnId() {
        System.setProperty(Settings.INSTANCE, "uuid");
        try (TestServer server = TestServer.start(new ShopApplication())) {
            ProblemDetail problem = ProblemJson.parse(server.get("orders/42").body());

            assertThat(problem.instance()).hasValueSatisfying(id -> assertThat(id.toString()).startsWith("urn:uuid:"));
        }
    }

    @Test
    void noneInstanceStrategyGivesClientErrorsNoInstance() {
        System.setProperty(Settings.INSTANCE, "none");
        try (TestServer server = TestServer.start(new ShopApplication())) {
            ProblemDetail problem = ProblemJson.parse(server.get("orders/42").body());

            assertThat(problem.instance()).isEmpty();
        }
    }

    @Test
    void serverErrorDetailsShowTheMessageForDevelopment() {
        System.setProperty(Settings.SERVER_ERROR_DETAILS, "true");
        try (TestServer server = TestServer.start(new ShopApplication())) {
            HttpResponse<String> response = server.get("boom");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(ProblemJson.parse(response.body()).detail()).contains("db password is hunter2");
        }
    }
}
