package dev.statusproblems.it.traces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.it.support.ServerLog;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A problem answered for a traced JAX-RS request, on the server's own OpenTelemetry: its server span
 * (exported to the WAR's in-memory exporter) carries the problem, and the 5xx log line names the span.
 * The request carries a W3C {@code traceparent}, so the test knows the trace id the server continues.
 * Runs on Payara and on WildFly with {@code standalone-microprofile.xml}; on WildFly's default
 * {@code standalone.xml}, where there is no OpenTelemetry, the same problems leave without any trace.
 */
@ExtendWith(ArquillianExtension.class)
class TracesIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("traces")
                .addClasses(TracesApplication.class, ParcelsResource.class, ParcelNotFoundException.class,
                        SpansResource.class, InMemorySpans.class, InMemorySpansProvider.class)
                .addAsResource("traces/microprofile-config.properties", "META-INF/microprofile-config.properties")
                .addAsResource("traces/exporter-provider",
                        "META-INF/services/io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider");
    }

    /** Whether the server runs OpenTelemetry for applications that ask: not WildFly's default configuration. */
    private static boolean traced() {
        return !"wildfly".equals(System.getProperty("arquillian.launch"));
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private HttpResponse<String> tracedGet(String path, String traceId) throws InterruptedException {
        return Http.get(base, path, "Accept", "application/problem+json",
                "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
    }

    /** The one server span of {@code traceId} the server exported. */
    private JsonObject serverSpan(String traceId) throws InterruptedException {
        HttpResponse<String> response = Http.get(base, "api/spans/" + traceId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        System.out.println("TRACE " + traceId + ": " + response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonArray spans = reader.readArray();
            assertThat(spans).as("the server spans of trace " + traceId).hasSize(1);
            return spans.getJsonObject(0);
        }
    }

    @Test
    void declaredNotFoundMarksTheServerSpanWithItsType() throws Exception {
        String traceId = newTraceId();

        HttpResponse<String> response = tracedGet("api/parcels/42", traceId);

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).hasToString(Http.contextPath(base) + "problems/parcel-not-found");
        if (traced()) {
            JsonObject span = serverSpan(traceId);
            JsonObject attributes = span.getJsonObject("attributes");
            assertThat(attributes.getString("statusproblems.problem.type")).isEqualTo(problem.type().toString());
            assertThat(attributes.containsKey("statusproblems.problem.instance")).isFalse();
            if (Server.current() == Server.WILDFLY) {
                // semantic conventions: a 4xx leaves a server span's status unset (Payara sets ERROR on any exception)
                assertThat(span.getString("status")).isEqualTo("UNSET");
            }
        }
    }

    @Test
    void serverErrorMarksTheServerSpanAndItsLogLineNamesIt() throws Exception {
        String traceId = newTraceId();
        ServerLog log = ServerLog.fromNow();

        HttpResponse<String> response = tracedGet("api/parcels/boom", traceId);

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = ProblemJson.parse(response.body());
        String instance = problem.instance().orElseThrow().toString();
        String line = log.await(instance, Duration.ofSeconds(10));
        if (traced()) {
            JsonObject span = serverSpan(traceId);
            JsonObject attributes = span.getJsonObject("attributes");
            assertThat(span.getString("status")).isEqualTo("ERROR");
            assertThat(attributes.getString("statusproblems.problem.type")).isEqualTo("about:blank");
            assertThat(attributes.getString("statusproblems.problem.instance")).isEqualTo(instance);
            assertThat(attributes.getString("error.type")).isEqualTo("500");
            assertThat(line).contains("status-problems: 500 Internal Server Error " + instance
                    + " for GET " + Http.contextPath(base) + "api/parcels/boom trace_id=" + traceId
                    + " span_id=" + span.getString("spanId"));
            assertThat(problem.extensions()).containsEntry("traceId", traceId);
        } else {
            assertThat(line).doesNotContain("trace_id");
            assertThat(problem.extensions()).doesNotContainKey("traceId");
        }
    }
}
