package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies read through the runtime's JSON-P provider ({@code JsonStructure} parameters). Not run on
 * RESTEasy 7, whose JSON-P provider is not served where these builds resolve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonProcessingBodyTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(new ShopApplication());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /**
     * Jersey's JSON-P reader answers {@code null}, a string or a number with a JSON value that is no
     * {@code JsonStructure}, and the resource method's invocation then failed with "argument type
     * mismatch": a 500 for the client's body. RESTEasy's reader refuses such a body itself.
     */
    @ParameterizedTest
    @ValueSource(strings = {"null", "\"text\"", "123", "true"})
    void jsonValueOfAnotherTypeThanTheResourceReadsIsBadRequest(String body) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("json"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).hasValue("The request body is not valid JSON");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("Json", "jersey");
    }

    @Test
    void jsonNestedDeeperThanTheParserReadsIsBadRequest() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("json"))
                .POST(HttpRequest.BodyPublishers.ofString("[".repeat(5000) + "]".repeat(5000)))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(ProblemJson.parse(response.body()).detail()).hasValue("The request body is not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "[1,\"two\"]"})
    void jsonStructureTheResourceReadsIsRead(String body) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("json"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(body.startsWith("{") ? "read OBJECT" : "read ARRAY");
    }

}
