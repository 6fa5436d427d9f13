package dev.statusproblems.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.it.support.ServerLog;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.SuiteText;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A web application with servlets, security constraints in {@code web.xml} and a JAX-RS application
 * that lists its classes by hand, with all four jars in WEB-INF/lib: what the servlet filter and the
 * web fragment's default error page make of the container's errors.
 */
@ExtendWith(ArquillianExtension.class)
class WebIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String GENERIC_DETAIL = SuiteText.SERVER_ERROR_DETAIL.in(Locale.ENGLISH);
    private static final long DOWNLOAD_SIZE = 32L * 1024 * 1024;
    private static final String FILE = "0123456789";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("web")
                .addClasses(ListedApplication.class, PaymentsResource.class, ErrorServlet.class, AsyncServlet.class,
                        DownloadServlet.class)
                .addAsWebResource(new StringAsset(FILE), "file.txt")
                .setWebXML("web/web.xml");
    }

    @Test
    void featureArrivesThroughServicesWhenClassesAreListed() throws Exception {
        HttpResponse<String> response = Http.get(base, "rest/payments/9");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Payment 9 does not exist");
        assertThat(problem.instance()).contains(URI.create("/web/rest/payments/9"));
    }

    @Test
    void sendErrorWithClientStatusKeepsItsMessageAsDetail() throws Exception {
        HttpResponse<String> response = Http.get(base, "servlet/orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).contains(URI.create("/web/servlet/orders/42"));
    }

    @Test
    void sendErrorWithServerStatusIsGeneric() throws Exception {
        ServerLog log = ServerLog.fromNow();

        HttpResponse<String> response = Http.get(base, "servlet/database");

        assertThat(response.statusCode()).isEqualTo(503);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Service Unavailable");
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(response.body()).doesNotContain("10.0.0.7", "hunter2");
        String instance = problem.instance().orElseThrow().toString();
        assertThat(instance).startsWith("urn:uuid:");
        assertThat(log.await(instance, Duration.ofSeconds(10))).contains("503 Service Unavailable");
    }

    @Test
    void uncaughtServletExceptionIsGenericServerErrorLoggedWithItsTrace() throws Exception {
        ServerLog log = ServerLog.fromNow();

        HttpResponse<String> response = Http.get(base, "servlet/crash");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException", "ErrorServlet");
        String instance = problem.instance().orElseThrow().toString();
        assertThat(log.await(instance, Duration.ofSeconds(10)))
                .contains("status-problems: 500 Internal Server Error " + instance + " for GET /web/servlet/crash");
        assertThat(log.await("java.lang.IllegalStateException: db password is hunter2", Duration.ofSeconds(10)))
                .isNotEmpty();
    }

    @Test
    void headOfServletErrorHasNoBody() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "servlet/orders/42")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void notModifiedFromServletIsUntouched() throws Exception {
        HttpResponse<String> response = Http.get(base, "servlet/catalog");

        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"v1\"");
        // Liberty adds its own (BareWebIT); the suite adds none
        assertThat(response.headers().firstValue("Content-Language")).isEqualTo(Server.current().ownContentLanguage());
        assertThat(response.body()).isEmpty();
    }

    @Test
    void missingStaticFileIsNotFoundProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "styles/no-such-file.css");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.instance()).contains(URI.create("/web/styles/no-such-file.css"));
        // the container's canned text (Payara: "The requested resource ... is not available") is not ours to repeat
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void securityConstraintChallengeIsUnauthorizedProblemKeepingWwwAuthenticate() throws Exception {
        HttpResponse<String> response = Http.get(base, "admin/report");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"shop\"");
        if (Server.current() == Server.LIBERTY) {
            // Liberty answers a security constraint itself, never through the web fragment's default error
            // page: an empty 401 (ErrorCodePagesIT: the error pages by code a Liberty user declares)
            assertThat(response.headers().firstValue("Content-Type")).isEmpty();
            assertThat(response.body()).isEmpty();
            return;
        }
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Unauthorized");
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.instance()).contains(URI.create("/web/admin/report"));
    }

    @Test
    void securityConstraintDenyingEveryoneIsForbiddenProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "closed/report");

        assertThat(response.statusCode()).isEqualTo(403);
        if (Server.current() == Server.LIBERTY) {
            // Liberty's own page, as for the 401 above
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=ISO-8859-1");
            assertThat(response.body()).startsWith("Error 403: ");
            return;
        }
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Forbidden");
        assertThat(problem.instance()).contains(URI.create("/web/closed/report"));
    }

    @Test
    void asyncSendErrorIsProblemWithItsMessage() throws Exception {
        HttpResponse<String> response = Http.get(base, "async/conflict");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).as("%s %s", response.headers().map(), response.body())
                .hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Conflict");
        assertThat(problem.detail()).contains("Order 7 is already paid");
        assertThat(problem.instance()).contains(URI.create("/web/async/conflict"));
    }

    @Test
    void asyncTimeoutIsServerErrorProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "async/timeout");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(problem.instance()).hasValueSatisfying(id -> assertThat(id.toString()).startsWith("urn:uuid:"));
    }

    @Test
    void largeDownloadStreamsThroughByteForByte() throws Exception {
        HttpResponse<InputStream> response = Http.stream(Http.request(base, "download?size=" + DOWNLOAD_SIZE).GET()
                .timeout(Duration.ofSeconds(60)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(DOWNLOAD_SIZE);
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long count = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                received.update(buffer, 0, read);
                count += read;
            }
        }
        assertThat(count).isEqualTo(DOWNLOAD_SIZE);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expectedSha256());
    }

    private static String expectedSha256() throws Exception {
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        byte[] chunk = DownloadServlet.pattern();
        for (long left = DOWNLOAD_SIZE; left > 0; left -= chunk.length) {
            expected.update(chunk, 0, (int) Math.min(chunk.length, left));
        }
        return HexFormat.of().formatHex(expected.digest());
    }

    @Test
    void protectedFolderIsNotFoundProblemInEverySpelling() throws Exception {
        // Undertow answers these before any filter or error page; the jar's servlet extension routes them to the problem
        for (String path : List.of("WEB-INF/web.xml", "web-inf/web.xml", "%57EB-INF/web.xml", "WEB-INF;x=1/web.xml",
                "x/../WEB-INF/web.xml", "WEB-INF/", "META-INF/MANIFEST.MF", "meta-inf/MANIFEST.MF")) {
            URI uri = URI.create(base + path); // as written: resolving would remove the dot segments
            HttpResponse<String> get = Http.send(HttpRequest.newBuilder(uri).GET().build());
            if (Server.current() == Server.PAYARA && path.contains(";")) {
                // Payara's mapper redirects a folder named with a path parameter to the folder, with its own page
                assertThat(get.statusCode()).as(path).isEqualTo(301);
                assertThat(get.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/web/WEB-INF/"));
                assertThat(get.body()).doesNotContain("web-app");
                continue;
            }
            HttpResponse<String> head = Http.send(HttpRequest.newBuilder(uri)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(get.statusCode()).as(path).isEqualTo(404);
            assertThat(get.headers().firstValue("Content-Type")).as(path).hasValue(PROBLEM_JSON);
            assertThat(ProblemJson.parse(get.body()).status()).isEqualTo(404);
            assertThat(get.body()).doesNotContain("web-app", "Manifest");
            assertThat(head.statusCode()).as(path).isEqualTo(404);
            assertThat(head.body()).isEmpty();
            assertThat(fields(head)).as(path).isEqualTo(fields(get));
        }
    }

    @Test
    void unsatisfiableRangeOnStaticFileIsProblemWithContentRange() throws Exception {
        HttpResponse<String> response = Http.get(base, "file.txt", "Range", "bytes=999999-1000000");

        if (Server.current() == Server.LIBERTY) {
            // Liberty's file serving ignores Range: a 200 with the whole file, which the suite leaves alone (BareWebIT)
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(FILE);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + FILE.length());
        assertThat(ProblemJson.parse(response.body()).status()).isEqualTo(416);
    }

    @Test
    void methodHttpServletDoesNotHandleIsProblemWithTheAllowItsOptionsAnswer() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "servlet/orders/42")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());
        HttpResponse<String> options = Http.send(Http.request(base, "servlet/orders/42")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(ProblemJson.parse(response.body()).status()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).isEqualTo(options.headers().firstValue("Allow")).isPresent();
    }

    @Test
    void writeToStaticFileIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(base, "file.txt")
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());

        if (Server.current() == Server.LIBERTY) {
            // Liberty's file serving answers any method with the file: a 200 the suite leaves alone (BareWebIT)
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(FILE);
            return;
        }
        // Undertow's default servlet refuses the method, Payara's (read-only by default) the write
        int status = Server.current() == Server.WILDFLY ? 405 : 403;
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(ProblemJson.parse(response.body()).status()).isEqualTo(status);
        if (status == 405) {
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        }
    }

    private static Map<String, List<String>> fields(HttpResponse<String> response) {
        Map<String, List<String>> fields = new TreeMap<>(response.headers().map());
        fields.remove("date");
        return fields;
    }
}
