package dev.statusproblems.it.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.it.support.ServerLog;
import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.model.SuiteText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JAX-RS application found by scanning, with all four jars in WEB-INF/lib: the JAX-RS runtime's
 * own errors, the application's exceptions, Bean Validation, content negotiation, languages, the
 * injected factory, a {@code @ProblemType} exception and the catalogue.
 */
@ExtendWith(ArquillianExtension.class)
class ShopIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String GENERIC_DETAIL = SuiteText.SERVER_ERROR_DETAIL.in(Locale.ENGLISH);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("shop")
                .addClasses(ShopApplication.class, ShopResource.class, Order.class, OutOfCreditException.class,
                        ProblemLedger.class, LedgerResource.class);
    }

    @Test
    void unmatchedPathIsNotFoundProblemWithoutTheRuntimesText() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/nothing/here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEmpty();
        assertThat(problem.instance()).contains(URI.create("/shop/api/nothing/here"));
        assertThat(response.body()).doesNotContain("HTTP 404", "RESTEASY", "127.0.0.1", "localhost");
    }

    @Test
    void everyProblemSentReachesTheApplicationsObservers() throws Exception {
        assertThat(Http.get(base, "api/orders/42").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "missing-observed.png").statusCode()).isEqualTo(404);

        HttpResponse<String> ledger = Http.get(base, "api/ledger");

        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.body().lines()).contains("404 GET /shop/api/orders/42", "404 GET /shop/missing-observed.png");
    }

    @Test
    void applicationMessageBecomesDetail() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).contains(URI.create("/shop/api/orders/42"));
    }

    @Test
    void wrongMethodKeepsAllowHeader() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "api/orders/42")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Method Not Allowed");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void nothingAcceptableStillSendsProblemJson() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/7", "Accept", "text/csv");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Not Acceptable");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void unsupportedBodyTypeIsUnsupportedMediaTypeProblem() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "api/orders")
                .POST(HttpRequest.BodyPublishers.ofString("tea")).header("Content-Type", "text/plain").build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Unsupported Media Type");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void malformedJsonBodyIsBadRequestNeverServerError() throws Exception {
        HttpResponse<String> response = postOrder("{\"name\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Bad Request");
        assertThat(problem.detail()).contains("The request body is not valid JSON");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("yasson")
                .doesNotContainIgnoringCase("jsonb");
    }

    @Test
    void invalidBodyListsViolationsByField() throws Exception {
        HttpResponse<String> response = postOrder("{\"name\":\"\",\"quantity\":-1}");

        assertThat(response.statusCode()).isEqualTo(400);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("The request has 2 invalid values");
        assertThat(problem.extensions().get("violations")).isEqualTo(List.of(
                Map.of("field", "name", "in", "body", "message", "must not be blank"),
                Map.of("field", "quantity", "in", "body", "message", "must be greater than or equal to 0")));
    }

    @Test
    void invalidPathParameterIsViolationInPath() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProblemJson.parse(response.body()).extensions().get("violations")).isEqualTo(List.of(
                Map.of("field", "id", "in", "path", "message", "must be greater than or equal to 1")));
    }

    @Test
    void invalidQueryParameterIsViolationInQuery() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders?limit=500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProblemJson.parse(response.body()).extensions().get("violations")).isEqualTo(List.of(
                Map.of("field", "limit", "in", "query", "message", "must be less than or equal to 100")));
    }

    @Test
    void uncaughtExceptionIsGenericServerErrorWithoutItsSecret() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Internal Server Error");
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(problem.extensions()).isEmpty();
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "ShopResource", "at dev.");
    }

    @Test
    void serverErrorInstanceIsLoggedWithTheStackTrace() throws Exception {
        ServerLog log = ServerLog.fromNow();

        HttpResponse<String> response = Http.get(base, "api/boom");

        String instance = ProblemJson.parse(response.body()).instance().orElseThrow().toString();
        assertThat(instance).startsWith("urn:uuid:");
        assertThat(log.await(instance, Duration.ofSeconds(10)))
                .contains("status-problems: 500 Internal Server Error " + instance + " for GET /shop/api/boom");
        assertThat(log.await("java.lang.IllegalStateException: db password is hunter2", Duration.ofSeconds(10)))
                .isNotEmpty();
    }

    @Test
    void headRequestKeepsStatusAndHeadersWithoutBody() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "api/orders/42")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void noContentIsUntouched() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "api/orders/7").DELETE().build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        // Liberty adds its own (BareWebIT); the suite adds none
        assertThat(response.headers().firstValue("Content-Language")).isEqualTo(Server.current().ownContentLanguage());
        assertThat(response.body()).isEmpty();
    }

    @Test
    void notModifiedIsUntouched() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/catalog", "If-None-Match", "\"v1\"");

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"v1\"");
        // Liberty adds its own (BareWebIT); the suite adds none
        assertThat(response.headers().firstValue("Content-Language")).isEqualTo(Server.current().ownContentLanguage());
        assertThat(response.body()).isEmpty();
    }

    @Test
    void successIsUntouched() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"quantity\":7");
    }

    @Test
    void xmlClientGetsProblemXml() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/customers/ann", "Accept", "application/problem+xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
        ProblemDetail problem = ProblemXml.parse(response.body());
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).contains("No customer named ann");
        assertThat(problem.instance()).contains(URI.create("/shop/api/customers/ann"));
        assertThat(problem.extensions()).containsExactly(Map.entry("customer", "ann"));
    }

    @Test
    void browserGetsEscapedHtmlPage() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/customers/%3Cscript%3E", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html", "Not Found", "No customer named &lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void koreanClientGetsKoreanTitleAndContentLanguage() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/42", "Accept-Language", "ko-KR,ko;q=0.9");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("ko");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo(HttpStatus.of(404).title(Locale.KOREAN)).isNotEqualTo("Not Found");
    }

    @Test
    void injectedFactoryBuildsProblemWithExtensionMember() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/customers/ann");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).contains("No customer named ann");
        assertThat(problem.extensions()).containsExactly(Map.entry("customer", "ann"));
    }

    @Test
    void problemTypeExceptionBecomesItsProblem() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "api/accounts/7/orders")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).isEqualTo(URI.create("/shop/problems/out-of-credit"));
        assertThat(problem.title()).isEqualTo("You do not have enough credit");
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.detail()).contains("Your current balance is 30, but that costs 50.");
        assertThat(problem.extensions()).containsExactly(Map.entry("balance", 30), Map.entry("cost", 50));
    }

    @Test
    void catalogueListsTheProblemTypeAndTheStatuses() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject catalogue = json(response.body());
        assertThat(catalogue.getJsonArray("problemTypes").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(type -> {
                    assertThat(type.getString("type")).isEqualTo("/shop/problems/out-of-credit");
                    assertThat(type.getInt("status")).isEqualTo(403);
                    assertThat(type.getString("title")).isEqualTo("You do not have enough credit");
                });
        assertThat(catalogue.getJsonArray("statuses").getValuesAs(JsonObject.class))
                .extracting(status -> status.getInt("status"))
                .contains(400, 404, 405, 500, 503);
    }

    @Test
    void problemTypeUriServesItsJsonPage() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems/out-of-credit", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = json(response.body());
        assertThat(page.getString("type")).isEqualTo("/shop/problems/out-of-credit");
        assertThat(page.getInt("status")).isEqualTo(403);
        assertThat(page.getString("title")).isEqualTo("You do not have enough credit");
        assertThat(page.getString("description")).isEqualTo("The account's balance does not cover the order.");
        assertThat(page.getJsonArray("members").getValuesAs(JsonValue.class))
                .extracting(Object::toString).containsExactly("\"balance\"", "\"cost\"");
    }

    @Test
    void problemTypeUriServesItsHtmlPage() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems/out-of-credit", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html", "You do not have enough credit",
                "The account&#39;s balance does not cover the order.", "/shop/problems/out-of-credit");
    }

    @Test
    void unknownProblemTypeIsNotFoundProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems/no-such-type");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(ProblemJson.parse(response.body()).instance()).contains(URI.create("/shop/problems/no-such-type"));
    }

    private HttpResponse<String> postOrder(String body) throws InterruptedException {
        return Http.send(Http.request(base, "api/orders")
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
