package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An error status whose stream or writer the application flushes or closes before writing anything
 * (as Open Liberty's RESTEasy does for an entity-less JAX-RS error) still gets the problem; a byte
 * written keeps the application's body; a success's stream is the container's own. On Jetty 12 and
 * Tomcat 10.1.
 */
final class HeldOutputTest {

    @TempDir
    static Path dir;

    private static JettyApp jetty;
    private static TomcatApp tomcat;

    private static Map<String, Servlet> servlets() {
        return Map.of(
                "/stream-flushed-and-closed", Endpoint.of((req, res) -> {
                    res.setStatus(400);
                    ServletOutputStream out = res.getOutputStream();
                    out.flush();
                    out.close();
                }),
                "/writer-flushed-and-closed", Endpoint.of((req, res) -> {
                    res.setStatus(503);
                    PrintWriter writer = res.getWriter();
                    writer.flush();
                    writer.close();
                }),
                "/buffer-flushed", Endpoint.of((req, res) -> {
                    res.setStatus(409);
                    res.flushBuffer();
                }),
                "/written-after-flush", Endpoint.of((req, res) -> {
                    res.setStatus(400);
                    res.setContentType("text/plain");
                    ServletOutputStream out = res.getOutputStream();
                    out.flush();
                    out.write('x');
                }),
                "/written-asynchronously", Endpoint.of((req, res) -> {
                    res.setStatus(422);
                    res.setContentType("text/plain");
                    ServletOutputStream out = res.getOutputStream();
                    out.flush();
                    AsyncContext async = req.startAsync();
                    out.setWriteListener(new WriteListener() {
                        @Override
                        public void onWritePossible() throws IOException {
                            if (out.isReady()) {
                                out.write("mine".getBytes(StandardCharsets.US_ASCII));
                                async.complete();
                            }
                        }

                        @Override
                        public void onError(Throwable failure) {
                            async.complete();
                        }
                    });
                }),
                "/success", Endpoint.of((req, res) -> {
                    res.setStatus(200);
                    res.setContentType("text/plain");
                    ServletOutputStream out = res.getOutputStream();
                    out.write(out.getClass().getName().getBytes(StandardCharsets.US_ASCII));
                }));
    }

    @BeforeAll
    static void start() throws Exception {
        jetty = JettyApp.start(Map.of(), context -> servlets().forEach((path, servlet) ->
                JettyApp.route(context, path, (jakarta.servlet.http.HttpServlet) servlet)));
        Path tomcatDir = Files.createDirectories(dir.resolve("tomcat-base"));
        tomcat = TomcatApp.start(tomcatDir, context -> servlets().forEach((path, servlet) -> {
            Tomcat.addServlet(context, path, servlet).setAsyncSupported(true);
            TomcatApp.map(context, path, path);
        }));
    }

    @AfterAll
    static void stop() throws Exception {
        if (jetty != null) {
            jetty.close();
        }
        if (tomcat != null) {
            tomcat.close();
        }
    }

    /** A container under test, named for the test report. */
    record Container(String name, Function<String, URI> uri, String streamPackage) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Container> containers() {
        return Stream.of(new Container("Jetty", path -> jetty.uri(path), "org.eclipse.jetty."),
                new Container("Tomcat", path -> tomcat.uri(path), "org.apache.catalina."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void errorStreamFlushedAndClosedBeforeAnyByteIsAProblem(Container on) {
        assertProblem(Http.get(on.uri().apply("/stream-flushed-and-closed")), 400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void errorWriterFlushedAndClosedBeforeAnyCharacterIsAProblem(Container on) {
        assertProblem(Http.get(on.uri().apply("/writer-flushed-and-closed")), 503);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void errorBufferFlushedBeforeAnyByteIsAProblem(Container on) {
        assertProblem(Http.get(on.uri().apply("/buffer-flushed")), 409);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void errorBodyWrittenAfterAFlushIsTheApplicationsOwn(Container on) {
        HttpResponse<String> response = Http.get(on.uri().apply("/written-after-flush"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEqualTo("x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void errorBodyWrittenByAWriteListenerIsTheApplicationsOwn(Container on) {
        HttpResponse<String> response = Http.get(on.uri().apply("/written-asynchronously"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("mine");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("containers")
    void successStreamIsTheContainersOwn(Container on) {
        HttpResponse<String> response = Http.get(on.uri().apply("/success"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(on.streamPackage());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(status);
    }
}
