package dev.statusproblems.cdi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.testsupport.RawHttp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests a hostile client writes by hand, sent byte for byte to the catalogue on a real Jetty. */
class CatalogueHostileTest {

    private static WeldContainer weld;
    private static Server server;
    private static URI root;
    private static URI lenient;

    @BeforeAll
    static void start() throws Exception {
        weld = new Weld().disableDiscovery().addExtension(new StatusProblemsExtension())
                .addBeanClasses(OutOfCreditException.class).initialize();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        // As Payara's Grizzly does, and Jetty only when told: illegal characters reach the servlet.
        HttpConfiguration unsafe = new HttpConfiguration();
        unsafe.setUriCompliance(UriCompliance.UNSAFE);
        ServerConnector lenientConnector = new ServerConnector(server, new HttpConnectionFactory(unsafe));
        lenientConnector.setHost("127.0.0.1");
        lenientConnector.setPort(0);
        server.addConnector(lenientConnector);
        ServletContextHandler root = new ServletContextHandler("/");
        root.addServletContainerInitializer(new CatalogueInitializer());
        ServletContextHandler shop = new ServletContextHandler("/shop");
        shop.addServletContainerInitializer(new CatalogueInitializer());
        server.setHandler(new ContextHandlerCollection(root, shop));
        server.start();
        CatalogueHostileTest.root = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        lenient = URI.create("http://127.0.0.1:" + lenientConnector.getLocalPort() + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            server.stop();
        } finally {
            weld.shutdown();
        }
    }

    static Stream<Arguments> illegalTargets() {
        List<String> illegal = List.of("[", "]", "{", "}", "|", "^", "\\", "`", "\"", "<", "\u0085", "\u00e9", "%zz");
        return illegal.stream().flatMap(character -> Stream.of("/problems/a" + character + "b",
                "/shop/problems/a" + character + "b").flatMap(target -> Stream.of(
                        Arguments.of(target, false), Arguments.of(target, true))));
    }

    @ParameterizedTest(name = "{0} (UTF-8: {1})")
    @MethodSource("illegalTargets")
    void illegalCharacterThatReachesTheCatalogueIsNotFoundWithValidInstance(String target, boolean utf8) {
        RawHttp.Response response = RawHttp.send(lenient, "GET", target, utf8, "Accept: application/json");

        if (target.contains("%zz")) { // an invalid escape, which Jetty refuses in any mode
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(response.toString()).isNotEqualTo(Optional.of("application/problem+json"));
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(response.toString()).hasValue("application/problem+json");
            ProblemDetail problem = ProblemJson.parse(response.body());
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.instance()).hasValueSatisfying(instance -> {
                assertThat(URI.create(instance.toString())).isEqualTo(instance);
                assertThat(instance.getRawPath()).startsWith(target.startsWith("/shop") ? "/shop/problems/a" : "/problems/a");
            });
        }
    }

    @ParameterizedTest(name = "{0} (UTF-8: {1})")
    @MethodSource("illegalTargets")
    void illegalCharacterIsRefusedByJettyBeforeTheCatalogue(String target, boolean utf8) {
        RawHttp.Response response = RawHttp.send(root, "GET", target, utf8, "Accept: application/json");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(response.toString()).isNotEqualTo(Optional.of("application/problem+json"));
    }

    static Stream<Arguments> errorRequests() {
        return Stream.of("/problems/nothing", "/shop/problems/nothing", "/problems/out-of-credit/x")
                .flatMap(path -> Stream.of("application/json", "application/problem+xml", "text/html", "*/*;q=abc")
                        .flatMap(accept -> Stream.of("en", "ko").map(language -> Arguments.of(path, accept, language))));
    }

    @ParameterizedTest(name = "{0} Accept: {1} Accept-Language: {2}")
    @MethodSource("errorRequests")
    void headOnANotFoundHasTheHeadersOfGetAndNoBody(String path, String accept, String language) {
        RawHttp.Response get = RawHttp.send(root, "GET", path, false, "Accept: " + accept, "Accept-Language: " + language);
        RawHttp.Response head = RawHttp.send(root, "HEAD", path, false, "Accept: " + accept, "Accept-Language: " + language);

        assertThat(get.status()).as(get.toString()).isEqualTo(404);
        ProblemDetail problem = accept.contains("xml") ? ProblemXml.parse(get.body())
                : accept.equals("text/html") ? null : ProblemJson.parse(get.body());
        if (problem != null) {
            assertThat(problem.status()).isEqualTo(404);
        }
        assertThat(head.status()).as(head.toString()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
        assertThat(comparable(head)).as("HEAD %s against GET %s", head, get).isEqualTo(comparable(get));
    }

    private static Map<String, List<String>> comparable(RawHttp.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers());
        headers.remove("date");
        headers.remove("connection");
        return headers;
    }
}
