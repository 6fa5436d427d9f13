package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.SuiteText;
import dev.statusproblems.testsupport.EnglishTexts;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors the filter and the error page answer, asked for in Korean, as JSON and as HTML, on a real
 * Jetty 12: the answer is in Korean and holds no English text of the suite's.
 */
final class KoreanErrorsTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static JettyApp app;

    @ProblemType(type = "order-locked", status = 409)
    static final class OrderLockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @BeforeAll
    static void start() throws Exception {
        app = JettyApp.start(Map.of(), context -> {
            JettyApp.route(context, "/gone", Endpoint.of((req, res) -> res.sendError(404)));
            JettyApp.route(context, "/widgets", Endpoint.of((req, res) -> {
                res.setHeader("Allow", "GET, HEAD");
                res.sendError(405);
            }));
            JettyApp.route(context, "/locked", Endpoint.of((req, res) -> {
                throw new OrderLockedException();
            }));
            JettyApp.route(context, "/boom", Endpoint.of((req, res) -> {
                throw new IllegalStateException("secret internals");
            }));
            JettyApp.route(context, "/database", Endpoint.of((req, res) -> res.sendError(500, "password hunter2")));
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> errors() {
        return Stream.of(Arguments.of("/gone", 404), Arguments.of("/nothing/here", 404), Arguments.of("/widgets", 405),
                Arguments.of("/locked", 409), Arguments.of("/boom", 500), Arguments.of("/database", 500))
                .flatMap(error -> Stream.of(Arguments.of(error.get()[0], error.get()[1], false),
                        Arguments.of(error.get()[0], error.get()[1], true)));
    }

    @ParameterizedTest(name = "{0} (HTML: {2})")
    @MethodSource("errors")
    void koreanProblemHoldsNoEnglishTextOfTheSuite(String path, int status, boolean html) {
        HttpResponse<String> response = html
                ? Http.get(app.uri(path), "Accept-Language", "ko", "Accept", BROWSER)
                : Http.get(app.uri(path), "Accept-Language", "ko");

        String title = HttpStatus.of(status).title(Locale.KOREAN);
        Optional<String> detail = status >= 500 ? Optional.of(SuiteText.SERVER_ERROR_DETAIL.in(Locale.KOREAN))
                : Optional.empty();
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("ko");
        if (html) {
            assertThat(response.body()).contains("<h1>" + title + "</h1>");
            detail.ifPresent(text -> assertThat(response.body()).contains("<p class=\"detail\">" + text + "</p>"));
        } else {
            ProblemDetail problem = ProblemJson.parse(response.body());
            assertThat(problem.title()).isEqualTo(title);
            assertThat(problem.detail()).isEqualTo(detail);
        }
        assertThat(EnglishTexts.foundIn(response.body())).as(response.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} (HTML: {2})")
    @MethodSource("errors")
    void englishProblemHoldsTheEnglishTitle(String path, int status, boolean html) {
        HttpResponse<String> response = html
                ? Http.get(app.uri(path), "Accept-Language", "en", "Accept", BROWSER)
                : Http.get(app.uri(path), "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(EnglishTexts.foundIn(response.body())).contains(HttpStatus.of(status).title(Locale.ENGLISH));
    }
}
