package dev.statusproblems.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.testsupport.RawHttp;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pins what each container answers before any application code runs, or below it in its HTTP
 * layer (the {@link Container} rows and the README's table "What the container answers before the
 * suite"), on both servers, so that a server upgrade that changes one of them is noticed. Each test
 * prints the answer's head to the test's output.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerIT {

    private static final byte[] NONE = new byte[0];

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HostileBatteryIT.deployment();
    }

    @Test
    void traceIsRefusedWithEmpty405() {
        RawHttp.Response jaxrs = send("TRACE", "api/hello");
        RawHttp.Response servlet = send("TRACE", "servlet/nothing");

        if (onLiberty()) {
            // RESTEasy's 405, which the suite answers; a servlet never sees TRACE
            assertThat(jaxrs.status()).isEqualTo(405);
            assertThat(jaxrs.headers("Allow")).containsExactly("HEAD, GET, OPTIONS");
            assertThat(jaxrs.header("Content-Type")).contains(ProblemJson.MEDIA_TYPE);
            assertThat(servlet.status()).isEqualTo(403);
            assertThat(servlet.header("Content-Type")).contains("text/html;charset=ISO-8859-1");
            assertThat(servlet.body()).contains("Default implementation of TRACE not allowed");
            return;
        }
        assertThat(jaxrs.status()).isEqualTo(405);
        assertThat(servlet.status()).isEqualTo(405);
        assertThat(jaxrs.headers("Allow")).isEqualTo(onWildFly() ? List.of() : List.of("OPTIONS"));
        assertThat(servlet.headers("Allow")).isEqualTo(onWildFly() ? List.of() : List.of("HEAD, GET, OPTIONS"));
        assertThat(jaxrs.bodyLength() + servlet.bodyLength()).isZero();
    }

    @Test
    void over200CookiesAreAnEmpty500OnWildFly() {
        String cookies = IntStream.range(0, 250).mapToObj(i -> "c" + i + "=v").collect(Collectors.joining("; "));
        RawHttp.Response response = send("GET", "api/hello", "Cookie: " + cookies);

        assertThat(response.status()).isEqualTo(onWildFly() ? 500 : 200);
        assertThat(response.body()).isEqualTo(onWildFly() ? "" : "hello");
    }

    @Test
    void over100HeaderLinesAreAnEmpty400OnPayaraAndOver200OnWildFly() {
        RawHttp.Response many = send("GET", "api/hello", junkHeaders(150));
        RawHttp.Response tooMany = send("GET", "api/hello", junkHeaders(250));

        assertThat(many.status()).isEqualTo(onWildFly() || onLiberty() ? 200 : 400);
        if (onLiberty()) {
            assertThat(tooMany.status()).isEqualTo(200);
            assertThat(tooMany.body()).isEqualTo("hello");
        } else {
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.bodyLength()).isZero();
        }
    }

    @Test
    void invalidPercentEncodingIsAnEmpty400OnWildFlyAndAnEmpty200OnPayara() {
        RawHttp.Response response = send("GET", "api/%zz");

        if (onLiberty()) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).contains("text/html");
            assertThat(response.body()).contains("CWWWC0005I");
            return;
        }
        assertThat(response.status()).isEqualTo(onWildFly() ? 400 : 200);
        assertThat(response.bodyLength()).isZero();
    }

    @Test
    void unescapedBraceInTargetIsAnEmpty400OnWildFly() {
        RawHttp.Response response = send("GET", "api/{x}");

        // Payara lets it through to the application, which answers a 400 problem
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo(onWildFly() ? Optional.empty()
                : Optional.of(ProblemJson.MEDIA_TYPE));
    }

    @Test
    void malformedContentLengthIsAnEmpty400() {
        RawHttp.Response response = send("POST", "api/json", "Content-Type: application/json", "Content-Length: abc");

        assertThat(response.status()).isEqualTo(400);
        if (onLiberty()) {
            // Liberty lets it through: the content read is no JSON, and the suite answers
            assertThat(ProblemJson.parse(response.body()).detail()).contains("The request body is not valid JSON");
        } else {
            assertThat(response.bodyLength()).isZero();
        }
    }

    @Test
    void spaceBeforeColonIsAnEmpty400() {
        RawHttp.Response response = RawHttp.send(server(), "POST", context() + "api/json",
                List.of("Content-Type : application/json"), "{\"a\":1}".getBytes(StandardCharsets.ISO_8859_1));

        print("space before the colon", response);
        if (onLiberty()) {
            // Liberty reads "Content-Type " as Content-Type
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("read OBJECT");
            return;
        }
        assertThat(response.status()).isEqualTo(400);
        if (Server.glassFish()) {
            // GlassFish 8 reads "Content-Type " as another header: the JSON arrives without a type
            assertThat(ProblemJson.parse(response.body()).detail()).contains("The request body cannot be read");
        } else {
            assertThat(response.bodyLength()).isZero();
        }
    }

    @Test
    void xchunkedIsReadAsChunkedOnWildFlyOnly() {
        RawHttp.Response response = RawHttp.send(server(), "POST", context() + "api/json",
                List.of("Content-Type: application/json", "Transfer-Encoding: xchunked"),
                "7\r\n{\"a\":1}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

        print("Transfer-Encoding: xchunked", response);
        if (onWildFly()) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("read OBJECT");
        } else {
            // read as it came, chunk sizes and all: no JSON
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).contains(ProblemJson.MEDIA_TYPE);
        }
    }

    @Test
    void spaceInTargetOrLowerCaseVersionIs505OnPayara() {
        RawHttp.Response space = send("GET", "api/a b");
        RawHttp.Response lowerCase = RawHttp.exchange(server(), ("GET " + context() + "api/hello http/1.1\r\nHost: "
                + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1),
                false);

        print("lower-case version", lowerCase);
        assertThat(space.status()).isEqualTo(onWildFly() ? 400 : 505);
        assertThat(lowerCase.status()).isEqualTo(onWildFly() ? 400 : 505);
        assertThat(space.bodyLength() + lowerCase.bodyLength()).isZero();
    }

    @Test
    void encodedBackslashInPathIsAnEmpty400OnPayara() {
        RawHttp.Response response = send("GET", "api/x%5Cy");

        if (onLiberty()) {
            // Liberty throws CWWWC0005I through the filters, which make it a 400 problem
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("Content-Type")).contains(ProblemJson.MEDIA_TYPE);
            return;
        }
        assertThat(response.status()).isEqualTo(onWildFly() ? 404 : 400);
        assertThat(response.bodyLength() == 0).isEqualTo(!onWildFly());
    }

    @Test
    void targetOver8KbIsAnEmpty400OnPayara() {
        RawHttp.Response response = send("GET", "api/" + "y".repeat(9000));

        assertThat(response.status()).isEqualTo(onPayara() ? 400 : 404);
        assertThat(response.bodyLength() == 0).isEqualTo(onPayara());
    }

    @Test
    void nonAsciiHeaderValueIsAnEmpty400OnPayara() {
        RawHttp.Response response = send("GET", "api/hello", "Accept-Language: \u00e9");

        assertThat(response.status()).isEqualTo(onPayara() ? 400 : 200);
        if (Server.glassFish()) {
            // GlassFish 8 lets it through; Jersey refuses the value and the suite answers
            assertThat(ProblemJson.parse(response.body()).detail()).contains("The Accept-Language header field is not valid");
        } else {
            assertThat(response.body()).isEqualTo(onPayara() ? "" : "hello");
        }
    }

    @Test
    void informationalAndNoContentAnswersCarryContentLengthZero() {
        RawHttp.Response get = send("GET", "echo/102");
        RawHttp.Response head = send("HEAD", "echo/102");
        RawHttp.Response noContent = send("HEAD", "echo/204");

        if (onLiberty()) {
            // a 1xx and a 204 to GET get one, to HEAD none; nothing follows the 1xx on the connection
            assertThat(get.headers("Content-Length")).containsExactly("0");
            assertThat(get.bodyLength()).isZero();
            assertThat(head.headers("Content-Length")).isEmpty();
            assertThat(noContent.headers("Content-Length")).isEmpty();
            assertThat(send("GET", "echo/204").headers("Content-Length")).containsExactly("0");
            return;
        }
        assertThat(get.headers("Content-Length")).isEqualTo(onWildFly() ? List.of() : List.of("0"));
        assertThat(head.headers("Content-Length")).containsExactly("0");
        assertThat(noContent.headers("Content-Length")).isEqualTo(onWildFly() ? List.of("0") : List.of());
    }

    @Test
    void optionsOnResourceIsJerseysWadlOnPayara() {
        RawHttp.Response response = send("OPTIONS", "api/hello");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElse("").startsWith("application/vnd.sun.wadl+xml"))
                .isEqualTo(onPayara());
    }

    @Test
    void connectLeavesTheConnectionOpenOnPayara() {
        RawHttp.Response response = RawHttp.send(server(), "CONNECT", "127.0.0.1:1", List.of(), NONE);

        print("CONNECT", response);
        // WildFly's answer is its root's (a 405 page with standalone.xml, a 404 page with the MicroProfile one)
        assertThat(response.status()).isBetween(400, onWildFly() ? 499 : 400);
        assertThat(response.closed()).as("connection closed after Connection: close").isEqualTo(!onPayara());
    }

    @Test
    void serverVersionIsNamedOnPayara() {
        RawHttp.Response response = send("GET", "api/hello");

        if (!onPayara()) {
            assertThat(response.header("Server")).isEmpty();
            assertThat(response.header("X-Powered-By")).isEmpty();
        } else if (Server.micro()) {
            // Payara Micro names itself without a version and sends no X-Powered-By
            assertThat(response.header("Server")).contains("Payara Micro");
            assertThat(response.header("X-Powered-By")).isEmpty();
        } else if (Server.glassFish()) {
            assertThat(response.header("Server")).hasValueSatisfying(server -> assertThat(server).matches("Eclipse GlassFish 8\\..+"));
            assertThat(response.header("X-Powered-By")).hasValueSatisfying(
                    by -> assertThat(by).matches("Servlet/6\\.1 JSP/4\\.0\\(Eclipse GlassFish 8\\..+ Java/.+\\)"));
        } else {
            assertThat(response.header("Server")).hasValueSatisfying(server -> assertThat(server).matches("Payara Server 6\\..+"));
            assertThat(response.header("X-Powered-By")).hasValueSatisfying(
                    by -> assertThat(by).matches("Servlet/6\\.0 JSP/3\\.1 \\(Payara Server 6\\..+ Java/.+\\)"));
        }
    }

    private RawHttp.Response send(String method, String path, String... headers) {
        RawHttp.Response response = RawHttp.send(server(), method, context() + path, List.of(headers), NONE);
        print(method + " " + (path.length() > 60 ? path.substring(0, 60) + "..." : path), response);
        return response;
    }

    private static String[] junkHeaders(int count) {
        return IntStream.range(0, count).mapToObj(i -> "X-Junk-" + i + ": v").toArray(String[]::new);
    }

    private static boolean onWildFly() {
        return Server.current() == Server.WILDFLY;
    }

    private static boolean onLiberty() {
        return Server.current() == Server.LIBERTY;
    }

    /** Payara or GlassFish. */
    private static boolean onPayara() {
        return Server.current() == Server.PAYARA;
    }

    private String context() {
        return Http.contextPath(base);
    }

    private URI server() {
        return URI.create(base.toString());
    }

    private static void print(String what, RawHttp.Response response) {
        System.out.printf("%s: %s -> %s | closed %s | %s%n", Server.current().name().toLowerCase(Locale.ROOT), what,
                response.head().replace("\r\n", " | "), response.closed(),
                response.body().length() > 200 ? response.body().substring(0, 200) : response.body());
    }
}
