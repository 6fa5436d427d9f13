package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.testsupport.RawHttp;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests a hostile client writes by hand, sent byte for byte to every kind of endpoint, on the
 * runtime this run boots: malformed media types and quality values, characters no URI may hold,
 * HEAD next to GET.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    /** Values the runtime cannot parse, or whose quality value breaks RFC 9110 §12.4.2. */
    private static final List<String> MALFORMED_MEDIA_TYPES = List.of("text/html;q=abc", "text/html;q=",
            "text/html;q", "*/*;q=abc", "*/*;q=2", "*/*;q=-1", "*/*;q=0.1234", "*/*;q=1.001", "*/*;q=0.5.1",
            "application/json; q=abc", "application/json;q=0.5;q=abc", "/", ";;", "text/", "/json");

    /** Values RFC 9110 does not allow but a runtime may read: its answer stands, but never a 5xx. */
    private static final List<String> ODD_MEDIA_TYPES = List.of("text", "text/html;", "text/html;=x",
            "application/json;;", "*/*;x");

    /** Quality values RFC 9110 allows, which must change nothing. */
    private static final List<String> WELL_FORMED_QUALITIES = List.of("*/*;q=0.123", "*/*; Q=1.000",
            "application/json;q=1, */*;q=0.5", "application/json;q=0.9;ext=\"a;q=abc\"",
            "text/html,image/gif,image/jpeg,*;q=.2,*/*;q=.2");

    /** Every kind of JAX-RS endpoint, as a GET of a path with the headers that make it what it is. */
    enum Endpoint {
        SUCCESS(200, "/shop/orders/1"),
        RESOURCE_NOT_FOUND(404, "/shop/orders/42"),
        RUNTIME_NOT_FOUND(404, "/shop/nothing/here"),
        RUNTIME_METHOD_NOT_ALLOWED(405, "/shop/stock"),
        RUNTIME_NOT_ACCEPTABLE(406, "/shop/orders/1", "Accept: image/png"),
        RUNTIME_UNSUPPORTED_MEDIA_TYPE(415, "/shop/quote", "Content-Type: text/plain"),
        SERVER_ERROR(500, "/shop/boom");

        final int status;
        final String path;
        final List<String> headers;

        Endpoint(int status, String path, String... headers) {
            this.status = status;
            this.path = path;
            this.headers = List.of(headers);
        }

        /** This endpoint's request with {@code name: value} instead of its own header of that name. */
        String[] with(String name, String value) {
            List<String> lines = new ArrayList<>();
            for (String header : headers) {
                if (!header.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    lines.add(header);
                }
            }
            if (value != null) {
                lines.add(name + ": " + value);
            }
            return lines.toArray(String[]::new);
        }
    }

    private TestServer server;
    private URI base;

    @BeforeAll
    void start() {
        server = TestServer.start(new ShopApplication());
        base = server.uri("");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    static Stream<Arguments> malformedHeaders() {
        return Stream.of("Accept", "Content-Type").flatMap(header -> MALFORMED_MEDIA_TYPES.stream()
                .flatMap(value -> Stream.of(Endpoint.values()).map(endpoint -> Arguments.of(header, value, endpoint))));
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("malformedHeaders")
    void malformedMediaTypeIsBadRequestProblem(String header, String value, Endpoint endpoint) {
        RawHttp.Response response = RawHttp.send(base, "GET", endpoint.path, false,
                endpoint.with(header, value));

        if (dispatcherRefuses(value)) {
            assertContainerRefusal(response);
        } else if (isHtml(response)) {
            assertHtmlProblem(response, 400);
            assertThat(response.body()).contains("The " + header + " header field is not valid");
        } else {
            assertThat(assertProblem(response, 400).detail()).hasValue("The " + header + " header field is not valid");
        }
    }

    static Stream<Arguments> oddHeaders() {
        return Stream.of("Accept", "Content-Type").flatMap(header -> ODD_MEDIA_TYPES.stream()
                .flatMap(value -> Stream.of(Endpoint.values()).map(endpoint -> Arguments.of(header, value, endpoint))));
    }

    @ParameterizedTest(name = "{0}: {1} on {2}")
    @MethodSource("oddHeaders")
    void oddMediaTypeIsNeverServerErrorForAClientFault(String header, String value, Endpoint endpoint) {
        RawHttp.Response response = RawHttp.send(base, "GET", endpoint.path, false,
                endpoint.with(header, value));

        if (dispatcherRefuses(value)) {
            assertContainerRefusal(response);
            return;
        }
        // 200 where the odd value took the place of what made the endpoint fail (its Accept or Content-Type)
        assertThat(response.status() == endpoint.status || response.status() == 200
                || response.status() >= 400 && response.status() < 500).as(response.toString()).isTrue();
        if (response.status() == 200) {
            return;
        }
        if (isHtml(response)) {
            assertHtmlProblem(response, response.status());
        } else {
            assertProblem(response, response.status());
        }
    }

    /**
     * RESTEasy's servlet dispatcher parses {@code Accept} and {@code Content-Type} before any
     * provider runs and answers what its parser refuses with the container's own 400 (sendError),
     * which only the servlet filter can make a problem.
     */
    private static boolean dispatcherRefuses(String value) {
        if (!TestServer.RUNTIME.equals("resteasy")) {
            return false;
        }
        try {
            for (String element : value.split(",")) {
                MediaType.valueOf(element.trim());
            }
            return false;
        } catch (IllegalArgumentException refused) {
            return true;
        }
    }

    static Stream<Arguments> wellFormedQualities() {
        return WELL_FORMED_QUALITIES.stream().flatMap(value -> Stream.of(Endpoint.values())
                .filter(endpoint -> endpoint != Endpoint.RUNTIME_NOT_ACCEPTABLE)
                .map(endpoint -> Arguments.of(value, endpoint)));
    }

    @ParameterizedTest(name = "Accept: {0} on {1}")
    @MethodSource("wellFormedQualities")
    void wellFormedQualityValuesChangeNothing(String accept, Endpoint endpoint) {
        RawHttp.Response response = RawHttp.send(base, "GET", endpoint.path, false,
                endpoint.with("Accept", accept));

        assertThat(response.status()).as(response.toString()).isEqualTo(endpoint.status);
    }

    static Stream<Arguments> illegalTargets() {
        List<String> illegal = List.of("[", "]", "{", "}", "|", "^", "\\", "`", "\"", "<", "\u0085", "\u00e9", "%zz");
        return illegal.stream().flatMap(character -> Stream.of("/shop/orders/x" + character + "y",
                "/shop/nothing/x" + character + "y", "/shop/orders/1?q=" + character).flatMap(target -> Stream.of(
                        Arguments.of(target, false), Arguments.of(target, true))));
    }

    @ParameterizedTest(name = "{0} (UTF-8: {1})")
    @MethodSource("illegalTargets")
    void illegalCharacterInTargetIsClientErrorWithValidInstance(String target, boolean utf8) {
        RawHttp.Response response = RawHttp.send(base, "GET", target, utf8, "Accept: application/json");

        if (containerRefuses(target, utf8)) {
            assertContainerRefusal(response);
        } else if (response.status() != 200) {
            ProblemDetail problem = assertProblem(response, response.status());
            assertThat(response.status()).isBetween(400, 499);
            if (response.status() == 400) {
                assertThat(problem.detail()).hasValue("The request target is not a valid URI");
            }
            problem.instance().ifPresent(instance -> assertThat(URI.create(instance.toString())).isEqualTo(instance));
        }
    }

    /**
     * Whether the in-process server refuses the target itself, before the runtime sees it: the
     * JDK's server (Jersey's here) whatever {@code java.net.URI} refuses, Undertow (RESTEasy's)
     * that too and any byte beyond ASCII, but it lets the brackets through.
     */
    private static boolean containerRefuses(String target, boolean utf8) {
        String received = new String(target.getBytes(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1);
        if (TestServer.RUNTIME.equals("resteasy")) {
            String unbracketed = received.replace("[", "").replace("]", "");
            return !isUriReference(unbracketed) || !StandardCharsets.US_ASCII.newEncoder().canEncode(unbracketed);
        }
        return !isUriReference(received);
    }

    private static boolean isUriReference(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException refused) {
            return false;
        }
    }

    static Stream<Arguments> errorRequests() {
        return Stream.of(Endpoint.values()).filter(endpoint -> endpoint.status >= 400)
                .flatMap(endpoint -> Stream.of("application/json", "application/problem+xml", "text/html")
                        .filter(accept -> endpoint != Endpoint.RUNTIME_NOT_ACCEPTABLE || accept.equals("application/json"))
                        .flatMap(accept -> Stream.of("en", "ko").map(language -> Arguments.of(endpoint, accept, language))));
    }

    @ParameterizedTest(name = "{0} Accept: {1} Accept-Language: {2}")
    @MethodSource("errorRequests")
    void headOnAnErrorHasTheHeadersOfGetAndNoBody(Endpoint endpoint, String accept, String language) {
        String[] headers = endpoint == Endpoint.RUNTIME_NOT_ACCEPTABLE
                ? endpoint.with("Accept-Language", language)
                : Stream.concat(Stream.of(endpoint.with("Accept", accept)), Stream.of("Accept-Language: " + language))
                        .toArray(String[]::new);
        // orders/42 produces only JSON: asked for anything else, the runtime answers 406 before it runs
        int status = endpoint == Endpoint.RESOURCE_NOT_FOUND && !accept.equals("application/json") ? 406 : endpoint.status;
        RawHttp.Response get = RawHttp.send(base, "GET", endpoint.path, false, headers);
        RawHttp.Response head = RawHttp.send(base, "HEAD", endpoint.path, false, headers);

        assertThat(get.status()).as(get.toString()).isEqualTo(status);
        assertThat(get.header("Content-Language")).as(get.toString()).hasValue(language);
        if (accept.equals("application/json")) {
            assertProblem(get, status);
        } else if (accept.equals("text/html")) {
            assertHtmlProblem(get, status);
        } else {
            assertThat(get.header("Content-Type")).as(get.toString()).hasValue("application/problem+xml");
            assertThat(ProblemXml.parse(get.body()).status()).isEqualTo(status);
        }
        assertThat(head.status()).as(head.toString()).isEqualTo(status);
        assertThat(head.body()).isEmpty();
        assertThat(comparable(head)).as("HEAD %s against GET %s", head, get).isEqualTo(comparable(get));
    }

    /** The headers a HEAD must repeat: all but the date and what differs on every response. */
    private static Map<String, List<String>> comparable(RawHttp.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers());
        headers.remove("date");
        headers.remove("connection");
        return headers;
    }

    /** The server's own 400, before the suite could answer: a bare status, nothing internal. */
    private static void assertContainerRefusal(RawHttp.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(response.toString()).isNotEqualTo(Optional.of(PROBLEM_JSON));
        assertThat(response.body()).doesNotContainIgnoringCase("resteasy").doesNotContainIgnoringCase("jersey");
    }

    private static void assertHtmlProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains(String.valueOf(status)).doesNotContainIgnoringCase("resteasy")
                .doesNotContainIgnoringCase("jersey").doesNotContain("Exception", "java.");
    }

    private static ProblemDetail assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(status);
        assertThat(response.body()).doesNotContainIgnoringCase("resteasy").doesNotContainIgnoringCase("jersey")
                .doesNotContain("Exception", "java.");
        return problem;
    }

    /** Whether the problem came as the page for browsers, which the pipeline chooses from {@code Accept}. */
    private static boolean isHtml(RawHttp.Response response) {
        return response.header("Content-Type").map(type -> type.startsWith("text/html")).orElse(false);
    }
}
