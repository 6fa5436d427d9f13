package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-class and per-code settings, as context parameters. */
final class PolicyTest {

    private static JettyApp app;

    @BeforeAll
    static void start() throws Exception {
        app = JettyApp.start(Map.of(
                "statusproblems.4xx.detail", "generic",
                "statusproblems.404.detail", "none",
                "statusproblems.410.problem", "false",
                "statusproblems.5xx.detail", "none",
                "statusproblems.instance", "none"), context -> {
                    JettyApp.route(context, "/bad", Endpoint.of((req, res) -> res.sendError(400, "quantity must be positive")));
                    JettyApp.route(context, "/missing", Endpoint.of((req, res) -> res.sendError(404, "Order 42 does not exist")));
                    JettyApp.route(context, "/gone", Endpoint.of((req, res) -> res.sendError(410, "Order 41 was deleted")));
                    JettyApp.route(context, "/broken", Endpoint.of((req, res) -> res.sendError(502, "upstream said no")));
                });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static ProblemDetail problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return ProblemJson.parse(response.body());
    }

    @Test
    void classSettingReplacesTheMessageWithTheStatusDescription() {
        ProblemDetail problem = problem(Http.get(app.uri("/bad")));

        assertThat(problem.detail()).hasValue(HttpStatus.of(400).description(Locale.ENGLISH));
        assertThat(problem.instance()).isEmpty();
    }

    @Test
    void codeSettingWinsOverItsClass() {
        ProblemDetail problem = problem(Http.get(app.uri("/missing")));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void codeSwitchedOffIsLeftToTheErrorPage() {
        HttpResponse<String> response = Http.get(app.uri("/gone"));

        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        assertThat(response.body()).isEqualTo("410 Gone\n");
    }

    @Test
    void serverErrorDetailCanBeLeftOut() {
        ProblemDetail problem = problem(Http.get(app.uri("/broken")));

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.detail()).isEmpty();
        assertThat(problem.instance().orElseThrow().toString()).startsWith("urn:uuid:");
    }
}
