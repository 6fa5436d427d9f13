package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.SuiteText;
import dev.statusproblems.testsupport.EnglishTexts;
import dev.statusproblems.testsupport.RawHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request that makes the suite write a text of its own, asked for in Korean, as JSON and as
 * HTML, on the runtime this run boots: the answer is in Korean, and holds no English text of the
 * suite's (its details, the status titles and descriptions).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KoreanResponsesTest {

    /** What a browser sends: HTML preferred, anything accepted, so that every resource still matches. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** A request and what the suite answers it with: the status, and the detail if it writes one. */
    enum Case {
        TWO_INVALID_VALUES(400, SuiteText.INVALID_VALUES, List.of(2), "POST", "/shop/orders",
                "{\"name\":\"\",\"quantity\":-1}", "Content-Type: application/json"),
        ONE_INVALID_VALUE(400, SuiteText.INVALID_VALUE, List.of(), "POST", "/shop/orders",
                "{\"name\":\"\",\"quantity\":1}", "Content-Type: application/json"),
        INVALID_PATH_VALUE(400, SuiteText.INVALID_VALUE, List.of(), "GET", "/shop/orders/0", ""),
        UNREADABLE_JSON(400, SuiteText.BODY_NOT_JSON, List.of(), "POST", "/shop/orders", "{not json",
                "Content-Type: application/json"),
        UNREADABLE_XML(400, SuiteText.BODY_NOT_XML, List.of(), "POST", "/shop/xml", "<order", "Content-Type: application/xml"),
        BAD_PATH_PARAMETER(404, SuiteText.PATH_PARAMETER_INVALID, List.of("id"), "GET", "/shop/orders/ten", ""),
        BAD_QUERY_PARAMETER(400, SuiteText.QUERY_PARAMETER_INVALID, List.of("limit"), "GET", "/shop/orders?limit=ten", ""),
        BAD_HEADER_PARAMETER(400, SuiteText.HEADER_PARAMETER_INVALID, List.of("X-Quota"), "GET", "/shop/quota", "",
                "X-Quota: many"),
        MALFORMED_ACCEPT(400, SuiteText.HEADER_FIELD_INVALID, List.of("Accept"), "GET", "/shop/orders/1", "",
                "Accept: */*;q=abc"),
        MALFORMED_CONTENT_TYPE(400, SuiteText.HEADER_FIELD_INVALID, List.of("Content-Type"), "GET", "/shop/orders/1", "",
                "Content-Type: application/json;q=abc"),
        RUNTIME_NOT_FOUND(404, null, List.of(), "GET", "/shop/nothing/here", ""),
        RUNTIME_METHOD_NOT_ALLOWED(405, null, List.of(), "GET", "/shop/stock", ""),
        RUNTIME_NOT_ACCEPTABLE(406, null, List.of(), "GET", "/shop/orders/1", "", "Accept: image/png"),
        REQUEST_TARGET_NO_URI(400, SuiteText.REQUEST_TARGET_INVALID, List.of(), "GET", "/shop/orders/x[y", ""),
        SERVER_ERROR(500, SuiteText.SERVER_ERROR_DETAIL, List.of(), "GET", "/shop/boom", "");

        final int status;
        final SuiteText detail;
        final List<Object> arguments;
        final String method;
        final String target;
        final String body;
        final List<String> headers;

        Case(int status, SuiteText detail, List<Object> arguments, String method, String target, String body,
                String... headers) {
            this.status = status;
            this.detail = detail;
            this.arguments = arguments;
            this.method = method;
            this.target = target;
            this.body = body;
            this.headers = List.of(headers);
        }

        boolean setsAccept() {
            return headers.stream().anyMatch(header -> header.startsWith("Accept:"));
        }

        String detailIn(Locale language) {
            return detail == null ? null : detail.in(language, arguments.toArray());
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

    static Stream<Arguments> requests() {
        // The JDK's server, Jersey's here, refuses what java.net.URI refuses before Jersey sees it
        return Stream.of(Case.values())
                .filter(c -> c != Case.REQUEST_TARGET_NO_URI || !TestServer.RUNTIME.equals("jersey"))
                .flatMap(c -> c.setsAccept()
                ? Stream.of(Arguments.of(c, false))
                : Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    @ParameterizedTest(name = "{0} (HTML: {1})")
    @MethodSource("requests")
    void koreanResponseHoldsNoEnglishTextOfTheSuite(Case request, boolean html) {
        RawHttp.Response response = send(request, html);

        String koreanTitle = HttpStatus.of(request.status).title(Locale.KOREAN);
        String koreanDetail = request.detailIn(Locale.KOREAN);
        assertThat(response.status()).as(response.toString()).isEqualTo(request.status);
        assertThat(response.header("Content-Language")).as(response.toString()).hasValue("ko");
        if (html) {
            assertThat(response.header("Content-Type")).as(response.toString()).hasValue("text/html;charset=UTF-8");
            assertThat(response.body()).contains("<html lang=\"ko\">", "<h1>" + escaped(koreanTitle) + "</h1>");
            if (koreanDetail != null) {
                assertThat(response.body()).contains("<p class=\"detail\">" + escaped(koreanDetail) + "</p>");
            }
        } else {
            assertThat(response.header("Content-Type")).as(response.toString()).hasValue("application/problem+json");
            ProblemDetail problem = ProblemJson.parse(response.body());
            assertThat(problem.title()).isEqualTo(koreanTitle);
            assertThat(problem.detail()).isEqualTo(Optional.ofNullable(koreanDetail));
        }
        assertThat(EnglishTexts.foundIn(response.body())).as(response.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} (HTML: {1})")
    @MethodSource("requests")
    void englishResponseHoldsTheEnglishTexts(Case request, boolean html) {
        RawHttp.Response response = send(request, html, "Accept-Language: en");

        assertThat(response.status()).as(response.toString()).isEqualTo(request.status);
        assertThat(response.header("Content-Language")).as(response.toString()).hasValue("en");
        assertThat(EnglishTexts.foundIn(response.body())).as(response.body())
                .contains(HttpStatus.of(request.status).title(Locale.ENGLISH));
        if (request.detail != null) {
            String detail = request.detailIn(Locale.ENGLISH);
            assertThat(response.body()).contains(html ? escaped(detail) : detail);
        }
    }

    private RawHttp.Response send(Case request, boolean html, String... languages) {
        List<String> headers = new ArrayList<>(request.headers);
        if (html && !request.setsAccept()) {
            headers.add("Accept: " + BROWSER);
        }
        headers.addAll(languages.length > 0 ? List.of(languages) : List.of("Accept-Language: ko"));
        return RawHttp.send(base, request.method, request.target, headers,
                request.body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} as the HTML page writes it (JSON writes the apostrophes of our texts as they are). */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
