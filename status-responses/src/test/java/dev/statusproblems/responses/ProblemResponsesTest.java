package dev.statusproblems.responses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemSent;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.testsupport.CapturedLog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** What the one pipeline decides, whichever sender asks. */
class ProblemResponsesTest {

    private static final String GENERIC_DETAIL =
            "The server could not complete the request. Quote the instance identifier when you report the problem.";

    private final List<ProblemSent> sent = new ArrayList<>();
    private final ProblemResponses responses = ProblemResponses.of(Settings.defaults(), sent::add);

    private static ProblemRequest get(String path) {
        return ProblemRequest.of("GET", path, "/shop", null, null);
    }

    private static ProblemRequest korean(String path) {
        return ProblemRequest.of("GET", path, "/shop", null, "ko");
    }

    private static ProblemDetail body(ProblemResponse response) {
        return ProblemJson.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    @ProblemType(type = "out-of-credit", status = 403, title = "You do not have enough credit")
    static final class OutOfCreditException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfCreditException(String message) {
            super(message);
        }
    }

    @Test
    void clientErrorGetsTheApplicationsMessageAndThePathAsInstance() {
        ProblemResponse response = responses.respond(get("/shop/orders/42"),
                Failure.status(404).withMessage("Order 42 does not exist"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.mediaType()).contains("application/problem+json");
        assertThat(body(response).detail()).contains("Order 42 does not exist");
        assertThat(body(response).instance()).hasValueSatisfying(i -> assertThat(i).hasToString("/shop/orders/42"));
        assertThat(response.headers()).containsEntry("Content-Language", List.of("en"))
                .containsEntry("Vary", List.of("Accept, Accept-Language"));
    }

    @Test
    void runtimesCannedMessageIsNoDetail() {
        ProblemResponse response = responses.respond(get("/shop/x"), Failure.status(404).withMessage("HTTP 404 Not Found"));

        assertThat(body(response).detail()).isEmpty();
    }

    @Test
    void problemExceptionOfAClientErrorGetsThePathAsInstanceToo() {
        ProblemException thrown = new ProblemException(ProblemDetail.builder(409).detail("Order 42 is shipped").build());

        ProblemResponse response = responses.respond(get("/shop/orders/42"), Failure.thrown(thrown));

        assertThat(response.status()).isEqualTo(409);
        assertThat(body(response).instance()).hasValueSatisfying(i -> assertThat(i).hasToString("/shop/orders/42"));
        assertThat(body(response).detail()).contains("Order 42 is shipped");
    }

    @Test
    void serverErrorWithoutDetailGetsTheGenericDetailAndAnIncidentId() {
        ProblemException thrown = new ProblemException(ProblemDetail.builder(503).build());

        ProblemDetail problem = body(responses.respond(get("/shop/x"), Failure.thrown(thrown)));

        assertThat(problem.detail()).contains(GENERIC_DETAIL);
        assertThat(problem.instance()).hasValueSatisfying(i -> assertThat(i.toString()).startsWith("urn:uuid:"));
    }

    @Test
    void uncaughtExceptionShowsNothingOfItself() {
        ProblemDetail problem = body(responses.respond(get("/shop/x"),
                Failure.thrown(new IllegalStateException("db password is hunter2"))));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).contains(GENERIC_DETAIL);
    }

    @Test
    void declaredProblemTypeResolvesToTheCataloguePageAndKeepsItsMessage() {
        ProblemDetail problem = body(responses.respond(get("/shop/orders/42/pay"),
                Failure.thrown(new OutOfCreditException("Your balance is 30"))));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.type()).hasToString("/shop/problems/out-of-credit");
        assertThat(problem.detail()).contains("Your balance is 30");
        assertThat(problem.instance()).hasValueSatisfying(i -> assertThat(i).hasToString("/shop/orders/42/pay"));
    }

    @Test
    void blankProblemIsTitledInTheRequestsLanguage() {
        ProblemResponse response = responses.respond(korean("/shop/x"),
                Failure.problem(ProblemDetail.builder(404).build()));

        assertThat(body(response).title()).isEqualTo(dev.statusproblems.model.HttpStatus.of(404)
                .title(java.util.Locale.KOREAN));
        assertThat(response.headers()).containsEntry("Content-Language", List.of("ko"));
    }

    @Test
    void metadataOfTheIntendedBodyIsDroppedAndTheRestKept() {
        ProblemResponse response = responses.respond(get("/shop/x"), Failure.status(503).withHeaders(Map.of(
                "ETag", List.of("\"v1\""), "Last-Modified", List.of("Tue, 01 Dec 2026 10:00:00 GMT"),
                "Content-Type", List.of("text/plain"), "Retry-After", List.of("120"), "X-Trace", List.of("abc"))));

        assertThat(response.headers()).containsKeys("Retry-After", "X-Trace")
                .doesNotContainKeys("ETag", "Last-Modified", "Content-Type");
    }

    @Test
    void headerTheStatusRequiresIsKept() {
        ProblemResponse response = responses.respond(get("/shop/file"),
                Failure.status(416).withHeaders(Map.of("Content-Range", List.of("bytes */10"))));

        assertThat(response.headers()).containsEntry("Content-Range", List.of("bytes */10"));
    }

    @Test
    void problemExceptionsHeadersAreSent() {
        ProblemException thrown = new ProblemException(ProblemDetail.builder(429).build(),
                Map.of("Retry-After", List.of("30")));

        assertThat(responses.respond(get("/shop/x"), Failure.thrown(thrown)).headers())
                .containsEntry("Retry-After", List.of("30"));
    }

    @Test
    void applicationsVaryIsMergedNotReplaced() {
        ProblemResponse response = responses.respond(get("/shop/x"),
                Failure.status(400).withHeaders(Map.of("vary", List.of("Origin"))));

        assertThat(response.headers()).containsEntry("Vary", List.of("Origin, Accept, Accept-Language"))
                .doesNotContainKey("vary");
    }

    @Test
    void statedLengthIsTheBodysInBytes() {
        ProblemResponse response = responses.respond(korean("/shop/x"), Failure.status(404));

        assertThat(response.contentLength()).isEqualTo(response.body().length).isGreaterThan(
                new String(response.body(), StandardCharsets.UTF_8).length());
    }

    @Test
    void formatFollowsAccept() {
        ProblemRequest xml = ProblemRequest.of("GET", "/shop/x", "/shop", "application/problem+xml", null);
        ProblemRequest browser = ProblemRequest.of("GET", "/shop/x", "/shop", "text/html,*/*;q=0.8", null);

        assertThat(responses.respond(xml, Failure.status(404)).mediaType()).contains("application/problem+xml");
        assertThat(responses.respond(browser, Failure.status(404)).mediaType()).contains("text/html;charset=UTF-8");
    }

    @Test
    void perStatusDetailSettingIsFollowed() {
        ProblemResponses quiet = ProblemResponses.of(Settings.of(Map.of("statusproblems.4xx.detail", "none")), s -> { });

        assertThat(body(quiet.respond(get("/shop/x"), Failure.status(404).withMessage("Order 42 does not exist")))
                .detail()).isEmpty();
    }

    @Test
    void longMessageIsCutToTheConfiguredLength() {
        ProblemResponses shortDetails = ProblemResponses.of(Settings.of(Map.of("statusproblems.detail-max-length", "10")),
                s -> { });

        assertThat(body(shortDetails.respond(get("/shop/x"), Failure.status(400).withMessage("a".repeat(40))))
                .detail()).hasValueSatisfying(detail -> assertThat(detail).hasSize(10).endsWith("…"));
    }

    @Test
    void observersHearOfEveryProblemWithTheRequest() {
        responses.respond(get("/shop/orders/42"), Failure.status(404));

        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.problem().status()).isEqualTo(404);
            assertThat(event.method()).isEqualTo("GET");
            assertThat(event.path()).isEqualTo("/shop/orders/42");
        });
    }

    @Test
    void observersHearOfADeclaredRelativeTypeBothAsGivenAndAsSent() {
        responses.respond(get("/shop/orders/42/pay"), Failure.thrown(new OutOfCreditException("Your balance is 30")));

        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.typeAsGiven()).hasToString("out-of-credit");
            assertThat(event.problem().type()).hasToString("/shop/problems/out-of-credit");
        });
    }

    @Test
    void failingObserverNeverBreaksTheResponse() {
        ProblemResponses failing = ProblemResponses.of(Settings.defaults(), s -> {
            throw new IllegalStateException("metrics backend down");
        });

        assertThat(failing.respond(get("/shop/x"), Failure.status(404)).status()).isEqualTo(404);
    }

    @Test
    void requestTimeoutClosesTheConnection() {
        ProblemResponse response = responses.respond(get("/shop/upload"), Failure.status(408));

        assertThat(response.headers()).containsEntry("Connection", List.of("close"));
    }

    @Test
    void requestTimeoutKeepsTheApplicationsOwnConnectionField() {
        ProblemResponse response = responses.respond(get("/shop/upload"),
                Failure.status(408).withHeaders(Map.of("connection", List.of("keep-alive"))));

        assertThat(response.headers()).containsEntry("connection", List.of("keep-alive")).doesNotContainKey("Connection");
    }

    @Test
    void otherClientErrorsLeaveTheConnectionAlone() {
        ProblemResponse response = responses.respond(get("/shop/x"), Failure.status(404));

        assertThat(response.headers()).doesNotContainKey("Connection");
    }

    @Test
    void configuredRetryAfterFillsInWhereTheApplicationSentNone() {
        ProblemResponses configured = ProblemResponses.of(Settings.of(Map.of("statusproblems.503.retry-after", "60")),
                sent::add);

        ProblemResponse response = configured.respond(get("/shop/x"), Failure.status(503));

        assertThat(response.headers()).containsEntry("Retry-After", List.of("60"));
        assertThat(body(response).extensions()).isEmpty();
    }

    @Test
    void applicationsOwnRetryAfterWinsOverTheConfiguredOne() {
        ProblemResponses configured = ProblemResponses.of(Settings.of(Map.of("statusproblems.503.retry-after", "60")),
                sent::add);
        ProblemException thrown = ProblemDetail.builder(503).retryAfter(java.time.Duration.ofSeconds(5)).toException();

        ProblemResponse response = configured.respond(get("/shop/x"), Failure.thrown(thrown));

        assertThat(response.headers()).containsEntry("Retry-After", List.of("5"));
        assertThat(body(response).extensions()).isEmpty();
    }

    @Test
    void unauthorizedWithoutAChallengeIsLoggedOncePerWayInAndGetsNoInventedOne() {
        try (CapturedLog log = CapturedLog.start()) {
            ProblemResponse first = responses.respond(get("/shop/a").by("JAX-RS"), Failure.status(401));
            responses.respond(get("/shop/b").by("JAX-RS"), Failure.status(401));
            responses.respond(get("/shop/c").by("servlet"), Failure.status(401));

            assertThat(first.headers()).doesNotContainKey("WWW-Authenticate");
            List<LogRecord> warnings = log.containing("without WWW-Authenticate");
            assertThat(warnings).extracting(LogRecord::getLevel).containsOnly(Level.WARNING);
            assertThat(warnings).extracting(LogRecord::getMessage).containsExactly(
                    "status-problems: a 401 for GET /shop/a left by way of JAX-RS without WWW-Authenticate, which"
                            + " RFC 9110 (Section 15.5.2) requires; give the challenge (ProblemDetail.Builder.challenge,"
                            + " or the response's WWW-Authenticate header). Logged once per application and way in",
                    "status-problems: a 401 for GET /shop/c left by way of servlet without WWW-Authenticate, which"
                            + " RFC 9110 (Section 15.5.2) requires; give the challenge (ProblemDetail.Builder.challenge,"
                            + " or the response's WWW-Authenticate header). Logged once per application and way in");
        }
    }

    @Test
    void unauthorizedWithTheApplicationsChallengeKeepsItAndLogsNoWarning() {
        try (CapturedLog log = CapturedLog.start()) {
            ProblemException thrown = ProblemDetail.builder(401).challenge("Bearer realm=\"shop\"").toException();

            ProblemResponse response = responses.respond(get("/shop/a").by("JAX-RS"), Failure.thrown(thrown));

            assertThat(response.headers()).containsEntry("WWW-Authenticate", List.of("Bearer realm=\"shop\""));
            assertThat(body(response).extensions()).isEmpty();
            assertThat(log.containing("without WWW-Authenticate")).isEmpty();
        }
    }

    private ProblemResponses hidingUnder(String prefixes) {
        return ProblemResponses.of(Settings.of(Map.of("statusproblems.forbidden-as-not-found", prefixes)), sent::add);
    }

    @Test
    void forbiddenToAClientNotAuthenticatedLeavesAsThePlainNotFoundWhereConfigured() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.statusproblems");
        Level level = logger.getLevel();
        logger.setLevel(Level.FINE);
        try (CapturedLog log = CapturedLog.start()) {
            ProblemResponse response = hidingUnder("/admin").respond(get("/shop/admin/users/7"),
                    Failure.status(403).withMessage("User 7 is not yours").withHeaders(Map.of("WWW-Authenticate",
                            List.of("Basic realm=\"shop\""), "X-Trace", List.of("t"))));

            assertThat(response.status()).isEqualTo(404);
            assertThat(body(response)).isEqualTo(ProblemDetail.builder(404).instance("/shop/admin/users/7").build());
            assertThat(response.headers()).doesNotContainKey("WWW-Authenticate");
            assertThat(log.containing("403 for GET /shop/admin/users/7: User 7 is not yours; answered as 404"))
                    .extracting(LogRecord::getLevel).containsExactly(Level.FINE);
        } finally {
            logger.setLevel(level);
        }
    }

    @Test
    void forbiddenProblemTypeToAClientNotAuthenticatedIsHiddenToo() {
        ProblemResponse response = hidingUnder("true").respond(get("/shop/orders"),
                Failure.thrown(new OutOfCreditException("Your balance is 30")));

        assertThat(response.status()).isEqualTo(404);
        assertThat(body(response).type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(body(response).detail()).isEmpty();
        assertThat(body(response).extensions()).isEmpty();
    }

    @Test
    void forbiddenToAnAuthenticatedClientStaysForbidden() {
        ProblemResponse response = hidingUnder("true").respond(get("/shop/admin").authenticated(true),
                Failure.status(403).withMessage("Admins only"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(body(response).detail()).contains("Admins only");
    }

    @Test
    void forbiddenOutsideTheConfiguredPathsOrByDefaultStaysForbidden() {
        assertThat(hidingUnder("/admin").respond(get("/shop/administrator"), Failure.status(403)).status())
                .isEqualTo(403);
        assertThat(responses.respond(get("/shop/admin"), Failure.status(403)).status()).isEqualTo(403);
    }

    @Test
    void forbiddenUnderAnEncodedOrDottedSpellingOfAHiddenPathIsHiddenToo() {
        assertThat(hidingUnder("/admin").respond(get("/shop/%61dmin/x"), Failure.status(403)).status()).isEqualTo(404);
        assertThat(hidingUnder("/admin").respond(get("/shop/public/../admin"), Failure.status(403)).status())
                .isEqualTo(404);
        assertThat(hidingUnder("/admin").respond(get("/shop/public/%2e%2e/admin"), Failure.status(403)).status())
                .isEqualTo(404);
        assertThat(hidingUnder("/admin").respond(get("/shop/admin;jsessionid=1/x"), Failure.status(403)).status())
                .isEqualTo(404);
    }
}
