package dev.statusproblems.cdi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.ElsewhereException;
import dev.statusproblems.cdi.fixtures.MarkupException;
import dev.statusproblems.cdi.fixtures.OrderLockedException;
import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.fixtures.ProblemRecorder;
import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.testsupport.EnglishTexts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue served by a real Jetty, the registry found in a real Weld container through CDI.current(). */
class CatalogueHttpTest {

    private static WeldContainer weld;
    private static Server server;
    private static URI root;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        weld = new Weld().disableDiscovery().addExtension(new StatusProblemsExtension())
                .addBeanClasses(OutOfCreditException.class, OrderLockedException.class, MarkupException.class,
                        ProblemRecorder.class)
                .initialize();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new ContextHandlerCollection(webApplication("/"), webApplication("/shop"),
                webApplication("/union", ElsewhereException.class, OutOfCreditException.class)));
        server.start();
        root = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    /** A web application whose @HandlesTypes classes, as a container that honours it would find them, are {@code found}. */
    private static ServletContextHandler webApplication(String contextPath, Class<?>... found) {
        ServletContextHandler context = new ServletContextHandler(contextPath);
        context.addServletContainerInitializer(new CatalogueInitializer(), found);
        return context;
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            server.stop();
        } finally {
            weld.shutdown();
        }
    }

    @BeforeEach
    void forgetEarlierProblems() {
        weld.select(ProblemRecorder.class).get().clear();
    }

    private static HttpResponse<String> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Test
    void catalogueIsJsonByDefault() throws Exception {
        HttpResponse<String> response = send("GET", "/problems");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        assertThat(response.headers().firstValue("Vary")).contains("Accept, Accept-Language");
        JsonObject catalogue = json(response);
        assertThat(catalogue.getJsonArray("problemTypes").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("type"), entry -> entry.getInt("status"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/problems/out-of-credit", 403),
                        org.assertj.core.groups.Tuple.tuple("/problems/order-locked", 409),
                        org.assertj.core.groups.Tuple.tuple("/problems/markup", 422));
        assertThat(catalogue.getJsonArray("statuses")).hasSize(
                (int) HttpStatus.registered().stream().filter(s -> s.statusClass().isError()).count());
    }

    @Test
    void catalogueIsHtmlForBrowsers() throws Exception {
        HttpResponse<String> response = send("GET", "/problems/",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).isEqualToIgnoringCase("text/html;charset=UTF-8"));
        assertThat(response.body()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<a href=\"/problems/out-of-credit\">You do not have enough credit</a>")
                .contains("<a href=\"/problems/404\">Not Found</a>")
                .doesNotContain("<script>");
    }

    @Test
    void typeOfAnInjectedFactorysProblemIsDereferenceableAsTheSendersResolveIt() throws Exception {
        URI declared = weld.select(StatusProblems.class).get().of(OutOfCreditException.class).build().type();
        // What the JAX-RS mappers and the servlet filter send without a type base: {context}{catalogue}/type.
        URI type = URI.create("/problems/").resolve(declared);

        HttpResponse<String> response = send("GET", type.getPath());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = json(response);
        assertThat(page.getString("type")).isEqualTo("/problems/out-of-credit");
        assertThat(page.getString("title")).isEqualTo("You do not have enough credit");
        assertThat(page.getInt("status")).isEqualTo(403);
        assertThat(page.getString("description"))
                .isEqualTo("Your current balance is lower than the price of the purchase.");
    }

    @Test
    void problemTypePageIsHtmlForBrowsers() throws Exception {
        HttpResponse<String> response = send("GET", "/problems/markup", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).isEqualToIgnoringCase("text/html;charset=UTF-8"));
        assertThat(response.body()).contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;"
                + " &quot;co&quot;</h1>").doesNotContain("<script>").doesNotContain("<img");
    }

    @Test
    void statusPageIsInTheLanguageAskedFor() throws Exception {
        HttpResponse<String> response = send("GET", "/problems/404", "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).contains("ko");
        JsonObject page = json(response);
        assertThat(page.getString("type")).isEqualTo("about:blank");
        assertThat(page.getString("title")).isEqualTo("찾을 수 없음");
        assertThat(ProblemJson.parse(page.getJsonObject("example").toString()))
                .isEqualTo(ProblemDetail.builder(404).title("찾을 수 없음").build());
    }

    @Test
    void redirectPageIsServedAndSaysWhatAClientDoesWithPost() throws Exception {
        HttpResponse<String> response = send("GET", "/problems/303");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject page = json(response);
        assertThat(page.getInt("status")).isEqualTo(303);
        assertThat(page.getString("redirectMethod")).isEqualTo("becomes-get");
        assertThat(page.getString("description")).contains("retrieve it with a GET whatever method it used");
        assertThat(page.containsKey("example")).isFalse();
    }

    @Test
    void pagesOfAnApplicationUnderAContextPathLinkUnderIt() throws Exception {
        HttpResponse<String> response = send("GET", "/shop/problems");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getJsonArray("problemTypes").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("page"))
                .containsExactly("/shop/problems/out-of-credit", "/shop/problems/order-locked", "/shop/problems/markup");
    }

    @Test
    void typesOfAnApplicationUnderAContextPathAreItsPages() throws Exception {
        HttpResponse<String> response = send("GET", "/shop/problems");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject entry = json(response).getJsonArray("problemTypes").getJsonObject(0);
        assertThat(entry.getString("type")).isEqualTo("/shop/problems/out-of-credit");
        assertThat(entry.getString("page")).isEqualTo("/shop/problems/out-of-credit");
        HttpResponse<String> page = send("GET", entry.getString("type"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page).getString("type")).isEqualTo("/shop/problems/out-of-credit");
        assertThat(ProblemJson.parse(json(page).getJsonObject("example").toString()).type())
                .isEqualTo(URI.create("/shop/problems/out-of-credit"));
    }

    @Test
    void catalogueListsWhatCdiAndTheServletContainerFoundEachOnce() throws Exception {
        HttpResponse<String> response = send("GET", "/union/problems");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getJsonArray("problemTypes").getValuesAs(JsonObject.class))
                .extracting(entry -> entry.getString("type"), entry -> entry.getInt("status"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/union/problems/out-of-credit", 403),
                        org.assertj.core.groups.Tuple.tuple("/union/problems/order-locked", 409),
                        org.assertj.core.groups.Tuple.tuple("/union/problems/markup", 422),
                        org.assertj.core.groups.Tuple.tuple("https://errors.example.org/elsewhere", 503));
    }

    @Test
    void unknownPageIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = send("GET", "/problems/no-such-type");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        assertThat(ProblemJson.parse(response.body())).isEqualTo(
                ProblemDetail.builder(404).instance("/problems/no-such-type").build());
    }

    @Test
    void otherMethodsAreMethodNotAllowedWithAllow() throws Exception {
        HttpResponse<String> response = send("POST", "/problems");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(ProblemJson.parse(response.body())).isEqualTo(
                ProblemDetail.builder(405).instance("/problems").build());
    }

    @Test
    void headHasTheHeadersAndNoBody() throws Exception {
        HttpResponse<String> response = send("HEAD", "/problems/out-of-credit");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void everyProblemTheCatalogueSendsReachesTheApplicationsObservers() throws Exception {
        send("DELETE", "/shop/problems/404");

        List<ProblemSent> sent = weld.select(ProblemRecorder.class).get().sent();
        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.method()).isEqualTo("DELETE");
            assertThat(event.path()).isEqualTo("/shop/problems/404");
            assertThat(event.problem()).isEqualTo(ProblemDetail.builder(405).instance("/shop/problems/404").build());
        });
    }

    static Stream<Arguments> pagesAndProblems() {
        return Stream.of("GET /problems 200", "GET /problems/ 200", "GET /problems/out-of-credit 200",
                "GET /problems/order-locked 200", "GET /problems/404 200", "GET /problems/500 200",
                "GET /problems/nothing-here 404", "POST /problems 405", "GET /shop/problems/order-locked 200")
                .flatMap(request -> Stream.of(Arguments.of(request, false), Arguments.of(request, true)))
                // as JSON, the page of a type with its own title and description holds no text of the suite's
                .filter(arguments -> !arguments.get()[0].equals("GET /problems/out-of-credit 200")
                        || arguments.get()[1].equals(true));
    }

    @ParameterizedTest(name = "{0} (HTML: {1})")
    @MethodSource("pagesAndProblems")
    void koreanPageOrProblemHoldsNoEnglishTextOfTheSuite(String request, boolean html) throws Exception {
        String[] parts = request.split(" ");
        HttpResponse<String> response = html
                ? send(parts[0], parts[1], "Accept-Language", "ko", "Accept", "text/html")
                : send(parts[0], parts[1], "Accept-Language", "ko");

        assertThat(response.statusCode()).isEqualTo(Integer.parseInt(parts[2]));
        assertThat(response.headers().firstValue("Content-Language")).contains("ko");
        assertThat(response.body()).matches("(?s).*[\\uAC00-\\uD7A3].*");
        assertThat(EnglishTexts.foundIn(response.body())).as(response.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} (HTML: {1})")
    @MethodSource("pagesAndProblems")
    void englishPageOrProblemHoldsTheEnglishTexts(String request, boolean html) throws Exception {
        String[] parts = request.split(" ");
        HttpResponse<String> response = html
                ? send(parts[0], parts[1], "Accept-Language", "en", "Accept", "text/html")
                : send(parts[0], parts[1], "Accept-Language", "en");

        assertThat(response.statusCode()).isEqualTo(Integer.parseInt(parts[2]));
        assertThat(EnglishTexts.foundIn(response.body())).as(response.body()).isNotEmpty();
    }

    @Test
    void untitledProblemTypeIsTitledInTheLanguageAskedFor() throws Exception {
        HttpResponse<String> response = send("GET", "/problems/order-locked", "Accept-Language", "ko");

        JsonObject page = json(response);
        assertThat(page.getString("title")).isEqualTo(HttpStatus.of(409).title(Locale.KOREAN));
        assertThat(page.getJsonObject("example").getString("title")).isEqualTo(HttpStatus.of(409).title(Locale.KOREAN));
    }
}
