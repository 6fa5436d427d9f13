package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The errors the containers' own servlets raise, the same generated cases on Jetty 12, Tomcat 10.1
 * and Undertow 2.3 (WildFly's): a default servlet's ranges and preconditions, methods a servlet does not handle, protected
 * folders. Each error is a problem whose status is the status line, with the headers HTTP requires,
 * and HEAD answers as GET does without the body.
 */
final class ContainerErrorsTest {

    private static final String FILE = "0123456789";
    private static final String SECRET = "secret-content";

    @TempDir
    static Path dir;

    private static JettyApp jetty;
    private static TomcatApp tomcat;
    private static UndertowApp undertow;

    /** An HttpServlet that handles GET only: HttpServlet's own doPost, doPut and doDelete answer 405. */
    static final class Catalogue extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().write("catalogue");
        }
    }

    /** An HttpServlet that handles POST and DELETE. */
    static final class Inbox extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_ACCEPTED);
        }

        @Override
        protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    /** A range the way Undertow's default servlet refuses one: type and length first, then 416 with length 0. */
    static final class Ranged extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getOutputStream();
            response.setContentLength(FILE.length());
            response.setStatus(416);
            response.setHeader("Content-Range", "bytes */" + FILE.length());
            response.setContentLength(0);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Path jettyRoot = Files.createDirectories(dir.resolve("jetty"));
        files(jettyRoot, "<secret>" + SECRET + "</secret>");
        jetty = JettyApp.start(Map.of(), context -> {
            // as Jetty's WebAppContext protects them
            context.setProtectedTargets(new String[] {"/WEB-INF", "/META-INF"});
            context.setBaseResource(ResourceFactory.of(context).newResource(jettyRoot));
            ServletHolder statics = new ServletHolder("default", DefaultServlet.class);
            statics.setInitParameter("dirAllowed", "false");
            context.addServlet(statics, "/");
            jettyRoutes(context);
        });
        Path tomcatDir = Files.createDirectories(dir.resolve("tomcat-base"));
        tomcat = TomcatApp.start(tomcatDir, context -> {
            files(tomcatDir.resolve("shop"), "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                    + "<!-- " + SECRET + " --></web-app>");
            Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet");
            TomcatApp.map(context, "/", "default");
            Tomcat.addServlet(context, "catalogue", new Catalogue());
            TomcatApp.map(context, "/catalogue", "catalogue");
            Tomcat.addServlet(context, "inbox", new Inbox());
            TomcatApp.map(context, "/inbox", "inbox");
            Tomcat.addServlet(context, "ranged", new Ranged());
            TomcatApp.map(context, "/ranged", "ranged");
            Tomcat.addServlet(context, "refusing", refusing());
            TomcatApp.map(context, "/refusing", "refusing");
        });
        Path undertowRoot = Files.createDirectories(dir.resolve("undertow"));
        files(undertowRoot, "<secret>" + SECRET + "</secret>");
        undertow = UndertowApp.start(undertowRoot, Map.of("/catalogue", new Catalogue(), "/inbox", new Inbox(),
                "/ranged", new Ranged(), "/refusing", refusing()));
    }

    private static void jettyRoutes(ServletContextHandler context) {
        context.addServlet(new ServletHolder("catalogue", new Catalogue()), "/catalogue");
        context.addServlet(new ServletHolder("inbox", new Inbox()), "/inbox");
        context.addServlet(new ServletHolder("ranged", new Ranged()), "/ranged");
        context.addServlet(new ServletHolder("refusing", refusing()), "/refusing");
    }

    /** A servlet that dispatches methods itself and refuses some without saying which it takes. */
    private static HttpServlet refusing() {
        return Endpoint.of((req, res) -> res.sendError(405));
    }

    private static void files(Path root, String webXml) {
        try {
            Files.writeString(root.resolve("file.txt"), FILE);
            Files.createDirectories(root.resolve("WEB-INF"));
            Files.writeString(root.resolve("WEB-INF/web.xml"), webXml);
            Files.createDirectories(root.resolve("META-INF"));
            Files.writeString(root.resolve("META-INF/MANIFEST.MF"), SECRET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (undertow != null) {
            undertow.close();
        }
        if (jetty != null) {
            jetty.close();
        }
        if (tomcat != null) {
            tomcat.close();
        }
    }

    private static Stream<Arguments> onEveryContainer(Stream<Object[]> cases) {
        Container onJetty = new Container("Jetty", path -> jetty.uri(path));
        Container onTomcat = new Container("Tomcat", path -> tomcat.uri(path));
        Container onUndertow = new Container("Undertow", path -> undertow.uri(path));
        return cases.flatMap(c -> Stream.of(withContainer(onJetty, c), withContainer(onTomcat, c),
                withContainer(onUndertow, c)));
    }

    private static Arguments withContainer(Container container, Object[] c) {
        Object[] all = new Object[c.length + 1];
        all[0] = container;
        System.arraycopy(c, 0, all, 1, c.length);
        return Arguments.of(all);
    }

    /** A container under test, named for the test report. */
    record Container(String name, Function<String, URI> uri) {
        @Override
        public String toString() {
            return name;
        }
    }

    // --- ranges and preconditions on a static file ---

    static Stream<Arguments> unsatisfiableRanges() {
        return onEveryContainer(Stream.of("bytes=999999-1000000", "bytes=10-", "bytes=10-20", "bytes=100-200,300-400",
                "bytes=10-10").map(range -> new Object[] {range}));
    }

    @ParameterizedTest(name = "{0} Range: {1}")
    @MethodSource("unsatisfiableRanges")
    void unsatisfiableRangeOnAStaticFileIsA416ProblemWithContentRange(Container on, String range) {
        URI file = on.uri().apply("/file.txt");
        HttpResponse<String> response = Http.get(file, "Range", range);

        assertProblem(response, 416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */10");
        if (on.name().equals("Tomcat")) {
            // Tomcat ignores Range on HEAD, as RFC 9110 §14.2 lets it: range handling is defined for GET only
            HttpResponse<String> head = Http.send("HEAD", file, "Range", range);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        } else {
            assertHeadLikeGet(file, "Range", range);
        }
    }

    static Stream<Arguments> malformedRanges() {
        return onEveryContainer(Stream.of("bytes=abc", "bytes=5-2", "bytes=--1", "bytes=1-2-3", "bytes=,", "bytes=",
                "bytes=-", "bytes=1-a", "bytes=9223372036854775808-", "lines=1-2", "bytes=0-1,abc", "bytes = 0-1",
                "bytes=" + "0-0,".repeat(200) + "0-0").map(range -> new Object[] {range}));
    }

    @ParameterizedTest(name = "{0} Range: {1}")
    @MethodSource("malformedRanges")
    void malformedRangeOnAStaticFileIsTheFileOrAProblem(Container on, String range) {
        HttpResponse<String> response = Http.get(on.uri().apply("/file.txt"), "Range", range);

        assertThat(response.statusCode()).isIn(200, 206, 416);
        if (response.statusCode() == 416) {
            assertProblem(response, 416);
            assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */10");
        } else if (response.statusCode() == 200) {
            assertThat(response.body()).isEqualTo(FILE); // an invalid range is ignored (RFC 9110 §14.2)
        } else {
            assertThat(response.headers().firstValue("Content-Type")).isNotEqualTo(Optional.of("application/problem+json"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void errorStatusSetAfterAContentTypeWithNoBodyIsAProblemWithItsContentRange(Container on) {
        HttpResponse<String> response = Http.get(on.uri().apply("/ranged"));

        assertProblem(response, 416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */10");
        assertHeadLikeGet(on.uri().apply("/ranged"));
    }

    static Stream<Arguments> containers() {
        return onEveryContainer(Stream.<Object[]>of(new Object[0]));
    }

    static Stream<Arguments> failedPreconditions() {
        return onEveryContainer(Stream.of(
                new Object[] {"If-Unmodified-Since", "Sat, 01 Jan 2000 00:00:00 GMT"},
                new Object[] {"If-Match", "\"not-the-etag\""},
                new Object[] {"If-Match", "W/\"weak\""}));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("failedPreconditions")
    void failedPreconditionOnAStaticFileIsTheFileOrA412Problem(Container on, String header, String value) {
        URI file = on.uri().apply("/file.txt");
        HttpResponse<String> response = Http.get(file, header, value);

        // Jetty makes no ETag by default and so does not evaluate If-Match
        assertThat(response.statusCode()).isIn(200, 412);
        if (response.statusCode() == 412) {
            assertProblem(response, 412);
        } else {
            assertThat(response.body()).isEqualTo(FILE);
        }
        assertHeadLikeGet(file, header, value);
    }

    // --- methods a servlet does not handle ---

    static Stream<Arguments> methodsOnServlets() {
        List<Object[]> cases = new ArrayList<>();
        for (String path : List.of("/file.txt", "/catalogue", "/inbox")) {
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "FOO", "get")) {
                cases.add(new Object[] {method, path});
            }
        }
        return onEveryContainer(cases.stream());
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("methodsOnServlets")
    void methodTheServletDoesNotHandleIsA405ProblemWithTheAllowItsOptionsAnswer(Container on, String method, String path) {
        URI uri = on.uri().apply(path);
        HttpResponse<String> response = Http.send(method, uri);

        if (response.statusCode() < 400) {
            assertThat(response.headers().firstValue("Content-Type")).isNotEqualTo(Optional.of("application/problem+json"));
            return;
        }
        // an unknown method is not implemented by HttpServlet (501); every other refusal is a 405
        assertProblem(response, method.equals("FOO") || method.equals("get") || method.equals("PATCH") ? 501 : 405);
        if (response.statusCode() == 405) {
            Set<String> allowed = methods(response.headers().firstValue("Allow").orElseThrow());
            // Undertow's default servlet declares every doXxx, to serve forwards and includes, and so
            // answers OPTIONS with them all, yet serves a request only these
            Set<String> expected = on.name().equals("Undertow") && path.equals("/file.txt")
                    ? Set.of("GET", "HEAD", "OPTIONS")
                    : methods(Http.send("OPTIONS", uri).headers().firstValue("Allow").orElseThrow());
            assertThat(allowed).doesNotContain(method).isEqualTo(expected);
        }
        if (method.equals("GET")) {
            assertHeadLikeGet(uri);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void servletThatDispatchesMethodsItselfGetsNoInventedAllow(Container on) {
        HttpResponse<String> response = Http.send("PUT", on.uri().apply("/refusing"));

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow")).isEmpty();
    }

    private static Set<String> methods(String allow) {
        return Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    // --- protected folders ---

    static Stream<Arguments> protectedPaths() {
        return onEveryContainer(Stream.of("/WEB-INF/web.xml", "/web-inf/web.xml", "/Web-Inf/web.xml", "/WEB-INF/",
                "/WEB-INF/nothing-here", "/%57EB-INF/web.xml", "/%57%45%42%2D%49%4E%46/web.xml", "/%77eb-inf/web.xml",
                "/WEB-INF;x=1/web.xml", "/WEB-INF/web.xml;x=1", "/x/../WEB-INF/web.xml", "/./WEB-INF/web.xml",
                "/WEB-INF/./web.xml",
                "/META-INF/MANIFEST.MF", "/meta-inf/MANIFEST.MF", "/%4DETA-INF/MANIFEST.MF", "/META-INF;a=b/MANIFEST.MF",
                "/catalogue/../META-INF/MANIFEST.MF").map(path -> new Object[] {path}));
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("protectedPaths")
    void protectedFolderIsANotFoundProblemInEverySpelling(Container on, String path) {
        URI uri = on.uri().apply(path);
        HttpResponse<String> response = Http.get(uri);

        assertThat(response.body()).doesNotContain(SECRET);
        // a request target the container refuses to read is a 400, also a problem
        assertProblem(response, response.statusCode() == 400 ? 400 : 404);
        assertHeadLikeGet(uri);
    }

    static Stream<Arguments> ambiguousProtectedPaths() {
        return onEveryContainer(Stream.of("/x/%2E%2E/WEB-INF/web.xml", "//WEB-INF/web.xml", "/WEB-INF//web.xml",
                "/%2E/WEB-INF/web.xml", "/WEB-INF%2Fweb.xml").map(path -> new Object[] {path}));
    }

    /**
     * A path with an encoded dot segment, an empty segment or an encoded slash: Jetty refuses every
     * such path, Tomcat an encoded slash, with their own 400 page before any application sees it (the
     * suite cannot answer there); Tomcat normalises the others and answers them as the plain spelling,
     * and Undertow takes an encoded slash as a character of the name.
     */
    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("ambiguousProtectedPaths")
    void ambiguousPathToAProtectedFolderIsTheContainersBadRequestOrANotFoundProblem(Container on, String path) {
        URI uri = on.uri().apply(path);
        HttpResponse<String> response = Http.get(uri);

        assertThat(response.body()).doesNotContain(SECRET);
        if (on.name().equals("Jetty") || (on.name().equals("Tomcat") && path.contains("%2F"))) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        } else {
            assertProblem(response, 404);
            assertHeadLikeGet(uri);
        }
    }

    // --- the shared assertions ---

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        if (response.request().method().equals("HEAD")) {
            assertThat(response.body()).isEmpty();
            return;
        }
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(status);
        assertThat(response.headers().allValues("Date")).hasSizeLessThanOrEqualTo(1);
    }

    /** HEAD answers with GET's status and header fields, Date aside, and no body (RFC 9110 §9.3.2). */
    private static void assertHeadLikeGet(URI uri, String... headers) {
        HttpResponse<String> get = Http.get(uri, headers);
        HttpResponse<String> head = Http.send("HEAD", uri, headers);

        assertThat(head.statusCode()).isEqualTo(get.statusCode());
        assertThat(head.body()).isEmpty();
        assertThat(fields(head)).isEqualTo(fields(get));
    }

    private static Map<String, List<String>> fields(HttpResponse<String> response) {
        Map<String, List<String>> fields = new TreeMap<>(response.headers().map());
        fields.remove("date");
        return fields;
    }
}
