package dev.statusproblems.responses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.ProblemType;
import dev.statusproblems.testsupport.CapturedLog;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The server span of a request that ends in a problem, and the log line that joins it, on the OpenTelemetry SDK. */
class TracesTest {

    private static final AttributeKey<String> PROBLEM_TYPE = AttributeKey.stringKey("statusproblems.problem.type");
    private static final AttributeKey<String> PROBLEM_INSTANCE = AttributeKey.stringKey("statusproblems.problem.instance");
    private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
    private final Tracer tracer = provider.get("test");
    private final ProblemResponses responses = ProblemResponses.of(Settings.defaults(), sent -> { });

    @ProblemType(type = "out-of-stock", status = 409, title = "Out of stock")
    static final class OutOfStockException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @AfterEach
    void close() {
        provider.close();
    }

    private static ProblemRequest get(String path) {
        return ProblemRequest.of("GET", path, "/shop", null, null);
    }

    private static ProblemDetail body(ProblemResponse response) {
        return ProblemJson.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    /** What {@code send} answers while a server span is current, with the span as it ended. */
    private <T> Traced<T> inServerSpan(Function<Span, T> send) {
        Span span = tracer.spanBuilder("GET /shop/api/x").setSpanKind(SpanKind.SERVER).startSpan();
        T answer;
        Scope scope = span.makeCurrent();
        try {
            answer = send.apply(span);
        } finally {
            scope.close();
            span.end();
        }
        List<SpanData> ended = exporter.getFinishedSpanItems();
        assertThat(ended).hasSize(1);
        return new Traced<>(answer, ended.get(0));
    }

    private static final class Traced<T> {
        final T answer;
        final SpanData span;

        Traced(T answer, SpanData span) {
            this.answer = answer;
            this.span = span;
        }
    }

    @Test
    void serverErrorMarksTheSpanWithTypeErrorStatusAndIncident() {
        Traced<ProblemResponse> traced = inServerSpan(span -> responses.respond(get("/shop/api/x"),
                Failure.thrown(new IllegalStateException("boom"))));

        ProblemDetail problem = body(traced.answer);
        assertThat(traced.answer.status()).isEqualTo(500);
        assertThat(traced.span.getAttributes().get(PROBLEM_TYPE)).isEqualTo("about:blank");
        assertThat(traced.span.getAttributes().get(ERROR_TYPE)).isEqualTo("500");
        assertThat(traced.span.getAttributes().get(PROBLEM_INSTANCE))
                .isEqualTo(problem.instance().orElseThrow().toString()).startsWith("urn:uuid:");
        assertThat(traced.span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void clientErrorMarksTheSpanWithItsResolvedTypeAndLeavesItsStatusAlone() {
        Traced<ProblemResponse> traced = inServerSpan(span -> responses.respond(get("/shop/api/x"),
                Failure.thrown(new OutOfStockException())));

        assertThat(traced.answer.status()).isEqualTo(409);
        assertThat(traced.span.getAttributes().get(PROBLEM_TYPE)).isEqualTo("/shop/problems/out-of-stock");
        assertThat(traced.span.getAttributes().get(ERROR_TYPE)).isNull();
        assertThat(traced.span.getAttributes().get(PROBLEM_INSTANCE)).isNull();
        assertThat(traced.span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void serverErrorLogLineCarriesTheTraceAndSpanIdsBesideTheIncident() {
        try (CapturedLog log = CapturedLog.start()) {
            Traced<ProblemResponse> traced = inServerSpan(span -> responses.respond(get("/shop/api/x"),
                    Failure.thrown(new IllegalStateException("boom"))));

            List<LogRecord> lines = log.containing("status-problems: 500");
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).getMessage()).isEqualTo("status-problems: 500 Internal Server Error "
                    + body(traced.answer).instance().orElseThrow() + " for GET /shop/api/x trace_id="
                    + traced.span.getTraceId() + " span_id=" + traced.span.getSpanId());
            assertThat(traced.span.getTraceId()).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void serverErrorLogLineWithoutASpanHasNoIds() {
        try (CapturedLog log = CapturedLog.start()) {
            responses.respond(get("/shop/api/x"), Failure.thrown(new IllegalStateException("boom")));

            assertThat(log.containing("status-problems: 500")).singleElement()
                    .satisfies(line -> assertThat(line.getMessage()).doesNotContain("trace_id"));
        }
    }

    @Test
    void serverErrorCarriesNoTraceIdMemberByDefault() {
        Traced<ProblemResponse> traced = inServerSpan(span -> responses.respond(get("/shop/api/x"),
                Failure.thrown(new IllegalStateException("boom"))));

        assertThat(body(traced.answer).extensions()).doesNotContainKey("traceId");
    }

    @Test
    void serverErrorCarriesTheTraceIdMemberWhereTheSettingAsks() {
        ProblemResponses quoting = ProblemResponses.of(Settings.of(Map.of("statusproblems.server-error-trace-id", "true")),
                sent -> { });

        Traced<ProblemResponse> traced = inServerSpan(span -> quoting.respond(get("/shop/api/x"),
                Failure.thrown(new IllegalStateException("boom"))));

        assertThat(body(traced.answer).extensions()).containsEntry("traceId", traced.span.getTraceId());
        assertThat(traced.answer.problem().extensions()).containsEntry("traceId", traced.span.getTraceId());
    }

    @Test
    void clientErrorCarriesNoTraceIdMemberEvenWhereTheSettingAsks() {
        ProblemResponses quoting = ProblemResponses.of(Settings.of(Map.of("statusproblems.server-error-trace-id", "true")),
                sent -> { });

        Traced<ProblemResponse> traced = inServerSpan(span -> quoting.respond(get("/shop/api/x"), Failure.status(404)));

        assertThat(body(traced.answer).extensions()).doesNotContainKey("traceId");
    }

    @Test
    void untracedServerErrorCarriesNoTraceIdMemberWhereTheSettingAsks() {
        ProblemResponses quoting = ProblemResponses.of(Settings.of(Map.of("statusproblems.server-error-trace-id", "true")),
                sent -> { });

        ProblemResponse response = quoting.respond(get("/shop/api/x"), Failure.thrown(new IllegalStateException("boom")));

        assertThat(body(response).extensions()).doesNotContainKey("traceId");
    }

    /** A span whose every change fails, as a broken telemetry implementation's would. */
    private static final class FailingSpan implements Span {

        private final SpanContext context = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
                TraceFlags.getSampled(), TraceState.getDefault());

        @Override
        public <T> Span setAttribute(AttributeKey<T> key, T value) {
            throw new IllegalStateException("telemetry is broken");
        }

        @Override
        public Span addEvent(String name, Attributes attributes) {
            throw new IllegalStateException("telemetry is broken");
        }

        @Override
        public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
            throw new IllegalStateException("telemetry is broken");
        }

        @Override
        public Span setStatus(StatusCode statusCode, String description) {
            throw new IllegalStateException("telemetry is broken");
        }

        @Override
        public Span recordException(Throwable exception, Attributes additionalAttributes) {
            throw new IllegalStateException("telemetry is broken");
        }

        @Override
        public Span updateName(String name) {
            throw new IllegalStateException("telemetry is broken");
        }

        @Override
        public void end() {
        }

        @Override
        public void end(long timestamp, TimeUnit unit) {
        }

        @Override
        public SpanContext getSpanContext() {
            return context;
        }

        @Override
        public boolean isRecording() {
            return true;
        }
    }

    @Test
    void failingTelemetryChangesNoResponseAndIsLoggedOnce() {
        ProblemResponses untraced = ProblemResponses.of(Settings.defaults(), sent -> { });
        ProblemResponse expected = untraced.respond(get("/shop/api/x"), Failure.status(503));

        Scope failing = new FailingSpan().makeCurrent();
        try (CapturedLog log = CapturedLog.start()) {
            ProblemResponse first = responses.respond(get("/shop/api/x"), Failure.status(503));
            ProblemResponse second = responses.respond(get("/shop/api/x"), Failure.status(503));

            for (ProblemResponse response : List.of(first, second)) {
                assertThat(response.status()).isEqualTo(503);
                assertThat(response.headers()).isEqualTo(expected.headers());
                assertThat(body(response).toBuilder().instance((java.net.URI) null).build())
                        .isEqualTo(body(expected).toBuilder().instance((java.net.URI) null).build());
            }
            assertThat(log.containing("OpenTelemetry failed")).singleElement()
                    .satisfies(line -> assertThat(line.getLevel()).isEqualTo(Level.WARNING));
        } finally {
            failing.close();
        }
    }
}
