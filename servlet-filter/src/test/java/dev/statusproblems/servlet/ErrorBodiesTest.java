package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusproblems.model.HttpStatus;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemMember;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.model.ProblemXml;
import dev.statusproblems.testsupport.CapturedLog;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.security.Credential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the filter makes of each kind of error, on a real Jetty 12 with the default settings. */
final class ErrorBodiesTest {

    /** The detail of every server error, in English. */
    private static final String GENERIC_DETAIL =
            "The server could not complete the request. Quote the instance identifier when you report the problem.";

    @TempDir
    static Path files;

    private static JettyApp app;
    private CapturedLog log;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(files.resolve("present.txt"), "here");
        app = JettyApp.start(Map.of(), context -> {
            JettyApp.route(context, "/orders/*", Endpoint.of((req, res) -> res.sendError(404, "Order 42 does not exist")));
            JettyApp.route(context, "/long", Endpoint.of((req, res) -> res.sendError(400, "x".repeat(2000))));
            JettyApp.route(context, "/markup", Endpoint.of((req, res) -> res.sendError(400, "<b>bad</b> & 'wrong'")));
            JettyApp.route(context, "/database", Endpoint.of((req, res) -> res.sendError(500, "password hunter2 rejected")));
            JettyApp.route(context, "/boom", Endpoint.of((req, res) -> {
                throw new IllegalStateException("secret internals");
            }));
            JettyApp.route(context, "/template", Endpoint.of((req, res) -> {
                throw new FileNotFoundException("templates/order.html");
            }));
            JettyApp.route(context, "/credit", Endpoint.of((req, res) -> {
                throw new OutOfCreditException(30);
            }));
            JettyApp.route(context, "/widgets", Endpoint.of((req, res) -> {
                res.setHeader("Allow", "GET, HEAD");
                res.sendError(405);
            }));
            JettyApp.route(context, "/busy", Endpoint.of((req, res) -> {
                res.setHeader("Retry-After", "120");
                res.sendError(503, "maintenance");
            }));
            JettyApp.route(context, "/own-json", Endpoint.of((req, res) -> {
                res.setStatus(422);
                res.setContentType("application/json");
                res.getWriter().write("{\"error\":\"mine\"}");
            }));
            JettyApp.route(context, "/conflict", Endpoint.of((req, res) -> res.setStatus(409)));
            JettyApp.route(context, "/login-required", Endpoint.of((req, res) -> res.sendError(401)));
            JettyApp.route(context, "/no-content", Endpoint.of((req, res) -> res.setStatus(204)));
            JettyApp.route(context, "/not-modified", Endpoint.of((req, res) -> res.setStatus(304)));
            JettyApp.route(context, "/late", Endpoint.of((req, res) -> {
                ServletOutputStream out = res.getOutputStream();
                out.write("partial".getBytes(StandardCharsets.US_ASCII));
                res.flushBuffer();
                try {
                    res.sendError(500, "too late");
                } catch (IllegalStateException committed) {
                    out.write(" and the rest".getBytes(StandardCharsets.US_ASCII));
                }
            }));
            JettyApp.route(context, "/late-throw", Endpoint.of((req, res) -> {
                res.getOutputStream().write("partial".getBytes(StandardCharsets.US_ASCII));
                res.flushBuffer();
                throw new IllegalStateException("after commit");
            }));
            JettyApp.route(context, "/async-send", Endpoint.of((req, res) -> {
                AsyncContext async = req.startAsync(req, res);
                async.start(() -> {
                    try {
                        ((HttpServletResponse) async.getResponse()).sendError(404, "Order 7 is gone");
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    async.complete();
                });
            }));
            JettyApp.route(context, "/async-send-unwrapped", Endpoint.of((req, res) -> {
                AsyncContext async = req.startAsync();
                async.start(() -> {
                    try {
                        ((HttpServletResponse) async.getResponse()).sendError(404, "Order 8 is gone");
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    async.complete();
                });
            }));
            JettyApp.route(context, "/async-throw", Endpoint.of((req, res) -> {
                if (req.getDispatcherType() == jakarta.servlet.DispatcherType.ASYNC) {
                    throw new IllegalStateException("async internals");
                }
                AsyncContext async = req.startAsync();
                async.start(async::dispatch);
            }));
            JettyApp.route(context, "/async-timeout", Endpoint.of((req, res) -> req.startAsync().setTimeout(50)));
            ServletHolder statics = new ServletHolder("static", DefaultServlet.class);
            statics.setInitParameter("dirAllowed", "false");
            statics.setInitParameter("pathInfoOnly", "true");
            context.addServlet(statics, "/static/*");
            context.setBaseResource(ResourceFactory.of(context).newResource(files));
            context.setSecurityHandler(security());
            JettyApp.route(context, "/account/*", Endpoint.of((req, res) -> res.getWriter().write("yours")));
        });
    }

    private static ConstraintSecurityHandler security() {
        ConstraintSecurityHandler security = new ConstraintSecurityHandler();
        ConstraintMapping mapping = new ConstraintMapping();
        mapping.setPathSpec("/account/*");
        mapping.setConstraint(Constraint.from("user"));
        security.addConstraintMapping(mapping);
        security.setAuthenticator(new BasicAuthenticator());
        HashLoginService users = new HashLoginService("shop");
        UserStore store = new UserStore();
        store.addUser("alice", Credential.getCredential("secret"), new String[] {"user"});
        users.setUserStore(store);
        security.setLoginService(users);
        security.setRealmName("shop");
        return security;
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void captureLog() {
        log = CapturedLog.start();
    }

    @AfterEach
    void releaseLog() {
        log.close();
    }

    private static ProblemDetail problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return ProblemJson.parse(response.body());
    }

    @Test
    void clientErrorKeepsTheApplicationsMessage() {
        HttpResponse<String> response = Http.get(app.uri("/orders/42?secret=1"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        ProblemDetail problem = problem(response);
        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).hasValue("Order 42 does not exist");
        assertThat(problem.instance()).hasValue(URI.create("/shop/orders/42"));
    }

    @Test
    void clientErrorDetailIsCutToTheMaximumLength() {
        HttpResponse<String> response = Http.get(app.uri("/long"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response).detail()).hasValue("x".repeat(511) + "…");
    }

    @Test
    void serverErrorShowsTheGenericDetailAndTheIncidentOfTheLogLine() {
        HttpResponse<String> response = Http.get(app.uri("/database"));

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = problem(response);
        assertThat(problem.detail()).hasValue(GENERIC_DETAIL);
        assertThat(response.body()).doesNotContain("hunter2");
        String instance = problem.instance().orElseThrow().toString();
        assertThat(instance).startsWith("urn:uuid:");
        assertThat(log.records()).filteredOn(r -> r.getLevel() == Level.SEVERE).extracting(LogRecord::getMessage)
                .containsExactly("status-problems: 500 Internal Server Error " + instance + " for GET /shop/database");
    }

    @Test
    void uncaughtExceptionIsAServerErrorWithItsStackTraceInTheLog() {
        HttpResponse<String> response = Http.get(app.uri("/boom"));

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = problem(response);
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
        String instance = problem.instance().orElseThrow().toString();
        List<LogRecord> lines = log.containing(instance);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.getMessage()).isEqualTo("status-problems: 500 Internal Server Error " + instance
                    + " for GET /shop/boom");
            assertThat(line.getThrown()).hasMessage("secret internals");
        });
    }

    @Test
    void fileNotFoundThrownByAnApplicationServletIsAServerError() {
        HttpResponse<String> response = Http.get(app.uri("/template"));

        // a file the servlet needed is missing on the server: not the client's 404
        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = problem(response);
        assertThat(problem.detail()).hasValue(GENERIC_DETAIL);
        assertThat(response.body()).doesNotContain("templates/order.html");
    }

    @ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit")
    static final class OutOfCreditException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemMember
        final int balance;

        OutOfCreditException(int balance) {
            super("Your balance is " + balance);
            this.balance = balance;
        }
    }

    @Test
    void escapingProblemTypeExceptionIsItsProblemWithItsTypeUnderTheCatalogue() {
        HttpResponse<String> response = Http.get(app.uri("/credit"));

        assertThat(response.statusCode()).isEqualTo(403);
        ProblemDetail problem = problem(response);
        assertThat(problem.type()).isEqualTo(URI.create("/shop/problems/out-of-credit"));
        assertThat(problem.title()).isEqualTo("You do not have enough credit");
        assertThat(problem.detail()).contains("Your balance is 30");
        assertThat(problem.extensions()).containsExactly(Map.entry("balance", 30));
    }

    @Test
    void missingStaticFileIsANotFoundProblem() {
        assertThat(Http.get(app.uri("/static/present.txt")).body()).isEqualTo("here");

        HttpResponse<String> response = Http.get(app.uri("/static/absent.txt"));

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = problem(response);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.instance()).hasValue(URI.create("/shop/static/absent.txt"));
        assertThat(problem.detail()).isEmpty();
    }

    @Test
    void unauthorizedWithoutAChallengeGetsNoneAndIsLoggedOnceNamingTheServlet() {
        HttpResponse<String> first = Http.get(app.uri("/login-required"));
        Http.get(app.uri("/login-required"));

        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(first.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(log.containing("left by way of servlet without WWW-Authenticate")).singleElement()
                .satisfies(line -> assertThat(line.getMessage()).contains("GET /shop/login-required"));
    }

    @Test
    void securityConstraintUnauthorizedKeepsWwwAuthenticate() {
        HttpResponse<String> response = Http.get(app.uri("/account/orders"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).containsIgnoringCase("basic").contains("realm=\"shop\""));
        if (!JettyApp.DISPATCHES_SECURITY_ERRORS) {
            // Jetty 12.1 (ee11) answers it with its own page and never reaches the error page
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=iso-8859-1");
            assertThat(response.body()).contains("<h2>HTTP ERROR 401");
            return;
        }
        ProblemDetail problem = problem(response);
        assertThat(problem.status()).isEqualTo(401);
        // Jetty 12 dispatches this error without the jakarta.servlet.error.* attributes: no instance
        // rather than the error page's own path
        assertThat(problem.instance()).isEmpty();
    }

    @Test
    void wrongMethodKeepsAllowHeader() {
        HttpResponse<String> response = Http.send("POST", app.uri("/widgets"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(problem(response).title()).isEqualTo("Method Not Allowed");
    }

    @Test
    void unavailableKeepsRetryAfter() {
        HttpResponse<String> response = Http.get(app.uri("/busy"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("120");
        ProblemDetail problem = problem(response);
        assertThat(problem.detail()).hasValue(GENERIC_DETAIL);
        assertThat(problem.instance().orElseThrow().toString()).startsWith("urn:uuid:");
    }

    @Test
    void applicationsOwnErrorBodyPassesUnchanged() {
        HttpResponse<String> response = Http.get(app.uri("/own-json"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"error\":\"mine\"}");
    }

    @Test
    void errorStatusWithoutBodyBecomesAProblem() {
        HttpResponse<String> response = Http.get(app.uri("/conflict"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(problem(response).title()).isEqualTo("Conflict");
    }

    @Test
    void sendErrorAfterCommitLeavesTheStreamAlone() {
        HttpResponse<String> response = Http.get(app.uri("/late"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("partial and the rest");
        assertThat(log.records()).extracting(LogRecord::getMessage).contains("status-problems: 500 Internal Server Error"
                + " for GET /shop/late happened after the response was committed; the response is left as it is");
    }

    @Test
    void exceptionAfterCommitAbortsWithoutAProblemInTheStream() {
        Throwable failure = catchThrowable(() -> {
            HttpResponse<String> response = Http.get(app.uri("/late-throw"));
            assertThat(response.body()).isEqualTo("partial");
        });

        if (failure != null) {
            assertThat(failure).isInstanceOf(UncheckedIOException.class);
        }
        assertThat(log.records()).extracting(LogRecord::getMessage).anySatisfy(message -> assertThat(message)
                .matches("status-problems: 500 Internal Server Error urn:uuid:[0-9a-f-]+ for GET /shop/late-throw"
                        + " happened after the response was committed; the response is left as it is"));
    }

    @Test
    void headGetsTheHeadersWithoutBody() {
        HttpResponse<String> response = Http.send("HEAD", app.uri("/orders/42"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void noContentAndNotModifiedAreUntouched() {
        HttpResponse<String> noContent = Http.get(app.uri("/no-content"));
        HttpResponse<String> notModified = Http.get(app.uri("/not-modified"));

        assertThat(noContent.statusCode()).isEqualTo(204);
        assertThat(noContent.body()).isEmpty();
        assertThat(noContent.headers().firstValue("Content-Type")).isEmpty();
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void asyncSendErrorOnTheWrappedResponseIsAProblem() {
        HttpResponse<String> response = Http.get(app.uri("/async-send"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problem(response).detail()).hasValue("Order 7 is gone");
    }

    @Test
    void asyncSendErrorOnTheOriginalResponseReachesTheErrorPage() {
        HttpResponse<String> response = Http.get(app.uri("/async-send-unwrapped"));

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = problem(response);
        assertThat(problem.detail()).hasValue("Order 8 is gone");
        assertThat(problem.instance()).hasValue(URI.create("/shop/async-send-unwrapped"));
    }

    @Test
    void asyncExceptionIsAServerError() {
        HttpResponse<String> response = Http.get(app.uri("/async-throw"));

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = problem(response);
        assertThat(response.body()).doesNotContain("async internals");
        assertThat(log.containing(problem.instance().orElseThrow().toString())).singleElement()
                .satisfies(line -> assertThat(line.getThrown()).hasMessage("async internals"));
    }

    @Test
    void asyncTimeoutIsAServerError() {
        HttpResponse<String> response = Http.get(app.uri("/async-timeout"));

        assertThat(response.statusCode()).isIn(500, 503);
        ProblemDetail problem = problem(response);
        assertThat(problem.instance().orElseThrow().toString()).startsWith("urn:uuid:");
    }

    @Test
    void xmlWhenPreferred() {
        HttpResponse<String> response = Http.get(app.uri("/orders/42"), "Accept", "application/problem+xml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+xml");
        assertThat(ProblemXml.parse(response.body()).detail()).hasValue("Order 42 does not exist");
    }

    @Test
    void escapedHtmlForBrowsers() {
        HttpResponse<String> response = Http.get(app.uri("/markup"),
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("&lt;b&gt;bad&lt;/b&gt; &amp; &#39;wrong&#39;").doesNotContain("<b>");
    }

    @Test
    void koreanTitleWhenAskedFor() {
        HttpResponse<String> response = Http.get(app.uri("/orders/42"), "Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5");

        assertThat(response.headers().firstValue("Content-Language")).hasValue("ko");
        assertThat(problem(response).title()).isEqualTo(HttpStatus.of(404).title(Locale.KOREAN))
                .isNotEqualTo("Not Found");
    }
}
