package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.testsupport.CapturedLog;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a client of an application with the feature sees, on the runtime this run boots (surefire
 * runs this class once on Jersey, once on RESTEasy). The application lists its classes by hand, so
 * the feature is found through META-INF/services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerProblemsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String GENERIC_DETAIL = "The server could not complete the request. Quote the instance identifier when you report the problem.";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(new ShopApplication());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void runsOnTheRuntimeThisRunAskedFor() {
        assertThat(RuntimeDelegate.getInstance().getClass().getName()).containsIgnoringCase(TestServer.RUNTIME);
    }

    @Test
    void runsOnTheJakartaRestVersionThisRunAskedFor() {
        // UriInfo.getMatchedResourceTemplate() is new in Jakarta REST 4.0 (EE 11)
        boolean rest40 = Arrays.stream(UriInfo.class.getMethods())
                .anyMatch(method -> method.getName().equals("getMatchedResourceTemplate"));

        assertThat(rest40).isEqualTo(TestServer.EE >= 11);
    }

    @Test
    void unmatchedPathIsNotFoundProblemWithoutTheRuntimesText() {
        HttpResponse<String> response = server.get("nothing/here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEmpty();
        assertThat(problem.instance()).contains(URI.create("/shop/nothing/here"));
        assertThat(response.body()).doesNotContain("HTTP 404", "RESTEASY", "localhost");
    }

    @Test
    void applicationMessageBecomesDetail() {
        HttpResponse<String> response = server.get("orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).contains(URI.create("/shop/orders/42"));
    }

    @Test
    void requestUrlInMessageNeverReachesDetail() {
        HttpResponse<String> response = server.get("echo-url");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProblemJson.parse(response.body()).detail()).isEmpty();
        assertThat(response.body()).doesNotContain("localhost");
    }

    @Test
    void wrongMethodKeepsAllowHeader() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("orders/1")).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Method Not Allowed");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void unsupportedBodyTypeIsUnsupportedMediaTypeProblem() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("orders"))
                .POST(HttpRequest.BodyPublishers.ofString("tea")).header("Content-Type", "text/plain"));

        assertThat(response.statusCode()).isEqualTo(415);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Unsupported Media Type");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void nothingAcceptableStillSendsProblemJson() {
        HttpResponse<String> response = server.get("orders/1", "Accept", "image/png");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Not Acceptable");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void serviceUnavailableKeepsRetryAfter() {
        HttpResponse<String> response = server.get("maintenance");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(problem.instance()).hasValueSatisfying(id -> assertThat(id.toString()).startsWith("urn:uuid:"));
    }

    @Test
    void notAuthorizedKeepsWwwAuthenticate() {
        HttpResponse<String> response = server.get("private");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"shop\"");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Unauthorized");
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void unauthorizedWithoutAChallengeGetsNoneAndIsLoggedOnceNamingJaxrs() {
        try (CapturedLog log = CapturedLog.start()) {
            HttpResponse<String> first = server.get("login-required");
            server.get("login-required");

            assertThat(first.statusCode()).isEqualTo(401);
            assertThat(first.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(log.containing("left by way of JAX-RS without WWW-Authenticate")).singleElement()
                    .satisfies(line -> assertThat(line.getMessage()).contains("GET /shop/login-required"));
        }
    }

    @Test
    void redirectPassesThroughUntouched() {
        HttpResponse<String> response = server.get("moved");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost/elsewhere");
        assertThat(response.headers().firstValue("Content-Type")).isEmpty();
        assertThat(response.body()).isEmpty();
    }

    @Test
    void webApplicationExceptionWithEntityPassesThrough() {
        HttpResponse<String> response = server.get("conflict");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo("custom");
    }

    @Test
    void successResponseIsUntouched() {
        HttpResponse<String> response = server.get("orders/7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).contains("\"quantity\":7");
    }

    @Test
    void optionsRequestIsNotAProblem() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("orders/1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void headRequestKeepsStatusAndHeadersWithoutBody() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("orders/42"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void malformedJsonBodyIsBadRequest() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("orders"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":")).header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(400);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("The request body is not valid JSON");
        assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContain("yasson", "jsonb");
    }

    @Test
    void unconvertibleQueryParameterIsBadRequestNamingIt() {
        HttpResponse<String> response = server.get("orders?limit=ten");

        assertThat(response.statusCode()).isEqualTo(400);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Query parameter 'limit' is not valid");
        assertThat(response.body()).doesNotContain("NumberFormat", "RESTEASY");
    }

    @Test
    void unconvertiblePathParameterIsNotFoundNamingIt() {
        HttpResponse<String> response = server.get("orders/tea");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ProblemJson.parse(response.body()).detail()).contains("Path parameter 'id' is not valid");
    }

    @Test
    void invalidBodyListsViolationsByField() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("orders"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"quantity\":-1}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(400);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("The request has 2 invalid values");
        assertThat(problem.extensions().get("violations")).isEqualTo(List.of(
                Map.of("field", "name", "in", "body", "message", "must not be blank"),
                Map.of("field", "quantity", "in", "body", "message", "must be greater than or equal to 0")));
    }

    @Test
    void invalidPathParameterIsViolationInPath() {
        HttpResponse<String> response = server.get("orders/0");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProblemJson.parse(response.body()).extensions().get("violations")).isEqualTo(List.of(
                Map.of("field", "id", "in", "path", "message", "must be greater than or equal to 1")));
    }

    @Test
    void invalidQueryParameterIsViolationInQuery() {
        HttpResponse<String> response = server.get("orders?limit=500");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ProblemJson.parse(response.body()).extensions().get("violations")).isEqualTo(List.of(
                Map.of("field", "limit", "in", "query", "message", "must be less than or equal to 100")));
    }

    @Test
    void invalidReturnValueIsServerErrorWithoutDetails() {
        HttpResponse<String> response = server.get("broken-order");

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(problem.extensions()).isEmpty();
        assertThat(response.body()).doesNotContain("brokenOrder", "must not be null");
    }

    @Test
    void problemExceptionKeepsItsStatusHeadersAndMembers() {
        HttpResponse<String> response = server.get("slow-down");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Too Many Requests");
        assertThat(problem.detail()).contains("Slow down");
        assertThat(problem.extensions()).containsExactly(Map.entry("limit", 10));
    }

    @Test
    void annotatedExceptionBecomesItsProblemType() {
        HttpResponse<String> response = server.get("credit");

        assertThat(response.statusCode()).isEqualTo(403);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).isEqualTo(URI.create("/shop/problems/out-of-credit"));
        assertThat(problem.title()).isEqualTo("You do not have enough credit");
        assertThat(problem.detail()).contains("Your balance is 30, but that costs 50");
        assertThat(problem.extensions()).containsExactly(Map.entry("balance", 30));
    }

    @Test
    void uncaughtExceptionIsGenericServerError() {
        HttpResponse<String> response = server.get("boom");

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Internal Server Error");
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(problem.instance()).hasValueSatisfying(id -> assertThat(id.toString()).startsWith("urn:uuid:"));
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "ShopResource");
    }

    @Test
    void serverErrorIsLoggedOnceWithItsInstanceAndStackTrace() {
        try (CapturedLog log = CapturedLog.start()) {
            HttpResponse<String> response = server.get("boom");

            URI instance = ProblemJson.parse(response.body()).instance().orElseThrow();
            assertThat(log.records()).filteredOn(r -> r.getLevel() == Level.SEVERE).singleElement()
                    .satisfies(r -> {
                        assertThat(r.getMessage()).isEqualTo("status-problems: 500 Internal Server Error " + instance
                                + " for GET /shop/boom");
                        assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class)
                                .hasMessage("db password is hunter2");
                    });
        }
    }

    @Test
    void xmlPreferringClientGetsProblemXml() {
        HttpResponse<String> response = server.get("nothing", "Accept", "application/xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
        ProblemDetail problem = ProblemXml.parse(response.body());
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.instance()).contains(URI.create("/shop/nothing"));
        assertThat(problem.status()).isEqualTo(404);
    }

    @Test
    void browserGetsHtmlPage() {
        HttpResponse<String> response = server.get("orders/42", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html", "Not Found", "Order 42 does not exist");
    }

    @Test
    void koreanClientGetsKoreanTitleAndContentLanguage() {
        HttpResponse<String> response = server.get("orders/42", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("ko");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo(HttpStatus.of(404).title(Locale.KOREAN)).isNotEqualTo("Not Found");
    }
}
