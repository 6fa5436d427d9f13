package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.BrokenMicrometerRegistry;
import dev.statusproblems.cdi.fixtures.MicrometerRegistry;
import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.fixtures.ProblemRecorder;
import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.responses.Failure;
import dev.statusproblems.responses.ProblemRequest;
import dev.statusproblems.responses.ProblemResponse;
import dev.statusproblems.responses.ProblemResponses;
import dev.statusproblems.responses.Settings;
import dev.statusproblems.testsupport.CapturedLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.smallrye.metrics.MetricRegistryProducer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every problem sent, counted as {@code statusproblems.sent.problems} on the registry the application's
 * server hands it through CDI, in a real Weld container: Micrometer's {@code MeterRegistry} (WildFly's
 * micrometer subsystem), SmallRye's MicroProfile Metrics application registry (Payara has MicroProfile
 * Metrics 5.1, with the same producers).
 */
class ProblemMetricsTest {

    private static final String NAME = "statusproblems.sent.problems";

    private static ProblemResponse send(ProblemResponses pipeline, String wayIn, Failure failure) {
        return pipeline.respond(ProblemRequest.of("GET", "/shop/api/orders/42", "/shop", null, null).by(wayIn),
                failure);
    }

    private static ProblemResponse send(String wayIn, Failure failure) {
        return send(ProblemResponses.of(Settings.defaults()), wayIn, failure);
    }

    @Nested
    @EnableWeld
    class OnMicrometer {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld().addExtension(new StatusProblemsExtension())
                .addBeanClasses(MicrometerRegistry.class, ProblemRecorder.class, OutOfCreditException.class)).build();

        @Inject
        MeterRegistry registry;

        @Inject
        ProblemRecorder recorder;

        private double count(String status, String type, String wayIn) {
            Counter counter = registry.find(NAME).tags("http.response.status_code", status,
                    "statusproblems.problem.type", type, "statusproblems.way_in", wayIn).counter();
            return counter == null ? 0 : counter.count();
        }

        @Test
        void eachProblemIsCountedByStatusTypeAndWayIn() {
            ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
            send(pipeline, "JAX-RS", Failure.status(404));
            send(pipeline, "JAX-RS", Failure.status(404));
            send(pipeline, "servlet", Failure.status(404));
            send(pipeline, "JAX-RS", Failure.thrown(new IllegalStateException("database down")));

            assertThat(count("404", "about:blank", "JAX-RS")).isEqualTo(2.0);
            assertThat(count("404", "about:blank", "servlet")).isEqualTo(1.0);
            assertThat(count("500", "about:blank", "JAX-RS")).isEqualTo(1.0);
        }

        @Test
        void counterIsTaggedWithNothingButStatusTypeAndWayIn() {
            send("JAX-RS", Failure.problem(ProblemDetail.builder(404).detail("Order 42 does not exist")
                    .instance("/shop/api/orders/42").build()));

            assertThat(registry.find(NAME).counters()).singleElement().satisfies(counter -> {
                assertThat(counter.getId().getTags()).containsExactlyInAnyOrder(
                        Tag.of("http.response.status_code", "404"), Tag.of("statusproblems.problem.type", "about:blank"),
                        Tag.of("statusproblems.way_in", "JAX-RS"));
            });
        }

        @Test
        void declaredTypeIsCountedUnderTheUriItIsSentWith() {
            send("JAX-RS", Failure.thrown(new OutOfCreditException("Balance 30, price 50", 30, List.of())));

            assertThat(count("403", "/shop/problems/out-of-credit", "JAX-RS")).isEqualTo(1.0);
        }

        @Test
        void declaredTypeResolvedAgainstTheApplicationsTypeBaseIsCountedUnderTheResolvedUri() {
            ProblemResponses pipeline = ProblemResponses.of(
                    Settings.of(Map.of("statusproblems.type-base", "https://example.com/problems/")));

            send(pipeline, "JAX-RS", Failure.thrown(new OutOfCreditException("Balance 30, price 50", 30, List.of())));

            assertThat(count("403", "https://example.com/problems/out-of-credit", "JAX-RS")).isEqualTo(1.0);
        }

        @Test
        void typeMadeToEndLikeADeclaredOneIsCountedAsOther() {
            ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
            send(pipeline, "JAX-RS", Failure.thrown(new OutOfCreditException("Balance 30, price 50", 30, List.of())));

            send(pipeline, "JAX-RS", Failure.problem(ProblemDetail.builder(403)
                    .type("https://example.com/accounts/7/out-of-credit").build()));

            assertThat(count("403", "/shop/problems/out-of-credit", "JAX-RS")).isEqualTo(1.0);
            assertThat(count("403", "_OTHER", "JAX-RS")).isEqualTo(1.0);
        }

        @Test
        void typeMadeToEndLikeADeclaredOneIsCountedAsOtherEvenWhenItComesFirst() {
            ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
            send(pipeline, "JAX-RS", Failure.problem(ProblemDetail.builder(403)
                    .type("https://example.com/accounts/7/out-of-credit").build()));

            send(pipeline, "JAX-RS", Failure.thrown(new OutOfCreditException("Balance 30, price 50", 30, List.of())));

            assertThat(count("403", "_OTHER", "JAX-RS")).isEqualTo(1.0);
            assertThat(count("403", "/shop/problems/out-of-credit", "JAX-RS")).isEqualTo(1.0);
        }

        @Test
        void typeTheApplicationDoesNotDeclareIsCountedAsOther() {
            send("JAX-RS", Failure.problem(ProblemDetail.builder(409).type("https://example.com/orders/42/conflict")
                    .build()));

            assertThat(count("409", "_OTHER", "JAX-RS")).isEqualTo(1.0);
        }

        @Test
        void observersStillReceiveEachProblemCounted() {
            send("JAX-RS", Failure.status(404));

            assertThat(recorder.sent()).singleElement().satisfies(sent -> assertThat(sent.wayIn()).isEqualTo("JAX-RS"));
        }
    }

    @Nested
    @EnableWeld
    class OnMicroProfileMetrics {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld().addExtension(new StatusProblemsExtension())
                .addBeanClasses(MetricRegistryProducer.class)).build();

        @Inject
        @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
        MetricRegistry registry;

        @Test
        void eachProblemIsCountedOnTheApplicationRegistryWithTagNamesItAllows() {
            ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
            send(pipeline, "servlet", Failure.status(404));
            send(pipeline, "servlet", Failure.status(404));
            send(pipeline, "JAX-RS", Failure.status(503));

            assertThat(registry.getCounters().get(new MetricID(NAME,
                    new org.eclipse.microprofile.metrics.Tag("http_response_status_code", "404"),
                    new org.eclipse.microprofile.metrics.Tag("statusproblems_problem_type", "about:blank"),
                    new org.eclipse.microprofile.metrics.Tag("statusproblems_way_in", "servlet"))).getCount())
                    .isEqualTo(2);
            assertThat(registry.getCounters().get(new MetricID(NAME,
                    new org.eclipse.microprofile.metrics.Tag("http_response_status_code", "503"),
                    new org.eclipse.microprofile.metrics.Tag("statusproblems_problem_type", "about:blank"),
                    new org.eclipse.microprofile.metrics.Tag("statusproblems_way_in", "JAX-RS"))).getCount())
                    .isEqualTo(1);
        }

        @Test
        void counterIsDescribed() {
            send("catalogue", Failure.status(405));

            assertThat(registry.getMetadata(NAME).getDescription()).isEqualTo("Problems (RFC 9457) sent in answer to"
                    + " requests, by status, problem type and the way in");
        }
    }

    @Nested
    @EnableWeld
    class WhenTheRegistryFails {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld().addExtension(new StatusProblemsExtension())
                .addBeanClasses(BrokenMicrometerRegistry.class, ProblemRecorder.class)).build();

        @Inject
        ProblemRecorder recorder;

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
        void responseIsSentAsItWouldBeAndObserversAreTold() {
            ProblemResponse counted = send("JAX-RS", Failure.status(404));

            assertThat(counted.problem()).isEqualTo(ProblemResponses.of(Settings.defaults(), sent -> { })
                    .respond(ProblemRequest.of("GET", "/shop/api/orders/42", "/shop", null, null).by("JAX-RS"),
                            Failure.status(404)).problem());
            assertThat(recorder.sent()).hasSize(1);
        }

        @Test
        void failureIsLoggedOnceAsAWarning() {
            ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
            send(pipeline, "JAX-RS", Failure.status(404));
            send(pipeline, "JAX-RS", Failure.status(409));

            assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                    .singleElement().satisfies(record -> {
                        assertThat(record.getMessage()).isEqualTo("status-problems: problems can no longer be counted"
                                + " as statusproblems.sent.problems; every response is sent as it is");
                        assertThat(record.getThrown()).hasRootCauseMessage("metrics backend down");
                    });
        }
    }

    @Nested
    @EnableWeld
    class WhereTheApplicationHasNoMetrics {

        @WeldSetup
        WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld().addExtension(new StatusProblemsExtension())
                .addBeanClasses(ProblemRecorder.class)).build();

        @Inject
        ProblemRecorder recorder;

        @Test
        void metricsApisAreOnlyAskedForOnceAndNoneOfTheirClassesIsLoaded() {
            ClassLoader original = Thread.currentThread().getContextClassLoader();
            HidingLoader application = new HidingLoader(original);
            Thread.currentThread().setContextClassLoader(application);
            try {
                ProblemResponses pipeline = ProblemResponses.of(Settings.defaults());
                send(pipeline, "JAX-RS", Failure.status(404));
                send(pipeline, "servlet", Failure.status(404));
                send(pipeline, "JAX-RS", Failure.status(500));
            } finally {
                Thread.currentThread().setContextClassLoader(original);
            }

            assertThat(application.refused).containsOnlyKeys("io.micrometer.core.instrument.MeterRegistry",
                    "org.eclipse.microprofile.metrics.MetricRegistry");
            assertThat(application.refused.values()).containsOnly(1);
            assertThat(recorder.sent()).hasSize(3);
        }
    }

    /** An application's class loader that sees neither Micrometer nor MicroProfile Metrics, and tells what it was asked for. */
    private static final class HidingLoader extends ClassLoader {

        private static final Set<String> HIDDEN = Set.of("io.micrometer.", "org.eclipse.microprofile.metrics.");

        final Map<String, Integer> refused = new ConcurrentHashMap<>();

        HidingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (HIDDEN.stream().anyMatch(name::startsWith)) {
                refused.merge(name, 1, Integer::sum);
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
