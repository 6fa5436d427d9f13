package dev.statusproblems.cdi;

import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.statusproblems.cdi.fixtures.FailingObserver;
import dev.statusproblems.cdi.fixtures.ProblemRecorder;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.Settings;
import dev.statusproblems.testsupport.CapturedLog;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.logging.Level;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A problem sent through the application's pipeline, as every sender sends it, received by the
 * application's observers in a real Weld container with the extension, which the pipeline finds
 * through {@code ProblemObservers}.
 */
class ProblemEventsTest {

    private static final ProblemDetail NOT_FOUND = ProblemDetail.builder(404).detail("Order 42 does not exist")
            .instance("/shop/api/orders/42").build();

    /** Sends {@link #NOT_FOUND} in answer to GET /shop/api/orders/42 with a pipeline made for the test. */
    private static void send() {
        ProblemResponses.of(Settings.defaults()).respond(
                ProblemRequest.of("GET", "/shop/api/orders/42", "/shop", null, null), Failure.problem(NOT_FOUND));
    }

    @Nested
    @EnableWeld
    class WithAnObserver {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                .addExtension(new StatusProblemsExtension()).addBeanClasses(ProblemRecorder.class)).build();

        @Inject
        ProblemRecorder recorder;

        @Test
        void observerReceivesTheProblemTheMethodAndThePath() {
            send();

            assertThat(recorder.sent()).singleElement().satisfies(sent -> {
                assertThat(sent.problem()).isEqualTo(NOT_FOUND);
                assertThat(sent.method()).isEqualTo("GET");
                assertThat(sent.path()).isEqualTo("/shop/api/orders/42");
            });
        }
    }

    @Nested
    @EnableWeld
    class WithAFailingObserver {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                .addExtension(new StatusProblemsExtension()).addBeanClasses(FailingObserver.class)).build();

        private CapturedLog log;

        @BeforeEach
        void captureLog() {
            log = CapturedLog.start();
        }

        @AfterEach
        void releaseLog() {
            log.close();
        }

        @Test
        void failingObserverNeverBreaksTheCaller() {
            assertThatCode(ProblemEventsTest::send)
                    .doesNotThrowAnyException();
        }

        @Test
        void failingObserverIsLoggedAsAWarning() {
            send();

            assertThat(log.records()).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(record.getMessage()).isEqualTo("status-problems: an observer of ProblemSent{GET"
                        + " /shop/api/orders/42 -> 404 about:blank} failed; the response is sent as it is");
                assertThat(record.getThrown()).isInstanceOf(IllegalStateException.class)
                        .hasMessage("metrics backend down");
            });
        }
    }

    @Nested
    @EnableWeld
    class FromAThreadOfAnotherApplication {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                .addExtension(new StatusProblemsExtension()).addBeanClasses(ProblemRecorder.class)).build();

        @Inject
        ProblemRecorder recorder;

        @Test
        void aProblemSentWhereThisContainerDidNotStartIsNotToldToItsObserversAndTheNextOneIs() throws Exception {
            ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
            ProblemRequest request = ProblemRequest.of("GET", "/shop/api/orders/42", "/shop", null, null);
            Thread thread = Thread.currentThread();
            ClassLoader own = thread.getContextClassLoader();
            try (URLClassLoader another = new URLClassLoader(new URL[0], null)) {
                thread.setContextClassLoader(another);
                pipeline.respond(request, Failure.problem(NOT_FOUND));
            } finally {
                thread.setContextClassLoader(own);
            }
            assertThat(recorder.sent()).isEmpty();

            pipeline.respond(request, Failure.problem(NOT_FOUND));

            assertThat(recorder.sent()).singleElement()
                    .satisfies(sent -> assertThat(sent.problem()).isEqualTo(NOT_FOUND));
        }
    }
}
