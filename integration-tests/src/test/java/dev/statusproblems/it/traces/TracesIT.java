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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A problem answered for a traced JAX-RS request, on the server's own OpenTelemetry: its server span
 * (exported to the WAR's in-memory exporter) carries the problem, and the 5xx log line names the span.
 * Each request names a parcel of its own, by which the test finds its span.
 * Runs on Payara and on WildFly with {@code standalone-microprofile.xml}; on WildFly's default
 * {@code standalone.xml}, where there is no OpenTelemetry, the same problems leave without any trace,
 * with our jars in the WAR and installed server-wide (whose module imports the OpenTelemetry API).
 */
@ExtendWith(ArquillianExtension.class)
class TracesIT {

    @ArquillianResource
    private URL base;

    /**
     * The application, a CDI one as WildFly instruments only those, with our jars unless they are installed
     * server-wide; where the server traces, with the exporter and the configuration that turn its telemetry
     * on (which link against the SDK, absent elsewhere).
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = (launch().equals("wildfly-global") ? Deployments.bare("traces") : Deployments.war("traces"))
                .addClasses(TracesApplication.class, ParcelsResource.class, ParcelNotFoundException.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        if (traced()) {
            war.addClasses(SpansResource.class, InMemorySpans.class, InMemorySpansProvider.class)
                    .addAsResource("traces/microprofile-config.properties", "META-INF/microprofile-config.properties")
                    .addAsResource("traces/exporter-provider", "META-INF/services/"
                            + "io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider");
        }
        return war;
    }

    private static String launch() {
        return System.getProperty("arquillian.launch", "");
    }

    /** Whether the server runs OpenTelemetry for applications that ask: Payara, WildFly's MicroProfile configuration. */
    private static boolean traced() {
        return launch().equals("wildfly-micrometer") || Server.current() == Server.PAYARA;
    }

    private static String newParcel() {
        return UUID.randomUUID().toString();
    }

    /** The one server span of the requests for {@code path} the server exported. */
    private JsonObject serverSpan(String path) throws InterruptedException {
        HttpResponse<String> response = Http.get(base, "api/spans?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonArray spans = reader.readObject().getJsonArray("spans");
            assertThat(spans).as("the server spans of " + path + ": " + response.body()).hasSize(1);
            return spans.getJsonObject(0);
        }
    }

    @Test
    void declaredNotFoundMarksTheServerSpanWithItsType() throws Exception {
        String path = Http.contextPath(base) + "api/parcels/" + newParcel();

        HttpResponse<String> response = Http.get(base, path.substring(Http.contextPath(base).length()),
                "Accept", "application/problem+json");

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.type()).hasToString(Http.contextPath(base) + "problems/parcel-not-found");
        if (traced()) {
            JsonObject span = serverSpan(path);
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
        String path = Http.contextPath(base) + "api/parcels/" + newParcel() + "/label";
        ServerLog log = ServerLog.fromNow();

        HttpResponse<String> response = Http.get(base, path.substring(Http.contextPath(base).length()),
                "Accept", "application/problem+json");

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = ProblemJson.parse(response.body());
        String instance = problem.instance().orElseThrow().toString();
        String line = log.await(instance, Duration.ofSeconds(10));
        if (traced()) {
            JsonObject span = serverSpan(path);
            JsonObject attributes = span.getJsonObject("attributes");
            assertThat(span.getString("status")).isEqualTo("ERROR");
            assertThat(attributes.getString("statusproblems.problem.type")).isEqualTo("about:blank");
            assertThat(attributes.getString("statusproblems.problem.instance")).isEqualTo(instance);
            assertThat(attributes.getString("error.type")).isEqualTo("500");
            assertThat(line).contains("status-problems: 500 Internal Server Error " + instance + " for GET " + path
                    + " trace_id=" + span.getString("traceId") + " span_id=" + span.getString("spanId"));
            assertThat(problem.extensions()).containsEntry("traceId", span.getString("traceId"));
        } else {
            assertThat(line).doesNotContain("trace_id");
            assertThat(problem.extensions()).doesNotContainKey("traceId");
        }
    }
}
