package dev.statusproblems.it.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Problems counted as {@code statusproblems.sent.problems} on the server's own metrics endpoint, with
 * no code and no configuration in the application: on WildFly the Prometheus registry of its
 * micrometer subsystem, on the management interface ({@code standalone-micrometer.xml}, which
 * {@code src/test/server/wildfly-micrometer.cli} makes); on Payara its MicroProfile Metrics at
 * {@code /metrics?scope=application}. The lines are read as the servers write them; each test
 * compares the counter's line before and after its own requests, as Payara's application registry
 * also counts the other applications' problems.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    private static final String COUNTER = "statusproblems_sent_problems_total{";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("metered").addClasses(MeterApplication.class, MeterResource.class,
                MeterLockedException.class, MeterServlet.class);
    }

    /** The counter's lines on the server's endpoint. */
    private List<String> scrape() throws Exception {
        URI endpoint = Server.current() == Server.WILDFLY ? URI.create("http://127.0.0.1:10090/prometheus")
                : base.toURI().resolve("/metrics?scope=application");
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .GET().build());
        if (Server.current() == Server.PAYARA && response.statusCode() == 404) {
            // Payara answers "Not available scope to consume" while no application metric exists
            return List.of();
        }
        assertThat(response.statusCode()).as("GET " + endpoint).isEqualTo(200);
        return response.body().lines().filter(line -> line.startsWith(COUNTER)).collect(Collectors.toList());
    }

    /** The counter's line for one series, with {@code value}, exactly as the server writes it. */
    private static String line(int status, String type, String wayIn, double value) {
        String series = "http_response_status_code=\"" + status + "\",";
        // WildFly tags each application's meters with its deployment; Payara adds the registry's scope
        series = Server.current() == Server.WILDFLY ? "WF_DEPLOYMENT=\"metered.war\"," + series
                : series + "mp_scope=\"application\",";
        return COUNTER + series + "statusproblems_problem_type=\"" + type + "\",statusproblems_way_in=\"" + wayIn
                + "\"} " + value;
    }

    /** The series' value in {@code lines}, 0 when it has none yet. */
    private static double value(List<String> lines, int status, String type, String wayIn) {
        String prefix = line(status, type, wayIn, 0).replaceFirst(" 0\\.0$", " ");
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Double.parseDouble(l.substring(prefix.length()))).orElse(0.0);
    }

    @Test
    void declaredTypeIsCountedUnderItsTypeStatusAndWayIn() throws Exception {
        double before = value(scrape(), 409, "/metered/problems/meter-locked", "JAX-RS");

        assertThat(Http.get(base, "api/meters/locked").statusCode()).isEqualTo(409);
        assertThat(Http.get(base, "api/meters/locked").statusCode()).isEqualTo(409);

        assertThat(scrape()).contains(line(409, "/metered/problems/meter-locked", "JAX-RS", before + 2));
    }

    @Test
    void typesTheApplicationBuildsPerRequestAreCountedAsOneOther() throws Exception {
        double before = value(scrape(), 410, "_OTHER", "JAX-RS");

        assertThat(Http.get(base, "api/meters/gone").statusCode()).isEqualTo(410);
        assertThat(Http.get(base, "api/meters/gone").statusCode()).isEqualTo(410);

        List<String> after = scrape();
        assertThat(after).contains(line(410, "_OTHER", "JAX-RS", before + 2));
        assertThat(after).noneMatch(l -> l.contains("meters.example"));
    }

    @Test
    void serverErrorIsCountedUnderAboutBlank() throws Exception {
        double before = value(scrape(), 500, "about:blank", "JAX-RS");

        assertThat(Http.get(base, "api/meters/broken").statusCode()).isEqualTo(500);

        assertThat(scrape()).contains(line(500, "about:blank", "JAX-RS", before + 1));
    }

    @Test
    void servletProblemIsCountedUnderTheServletWayIn() throws Exception {
        double before = value(scrape(), 503, "about:blank", "servlet");

        assertThat(Http.get(base, "servlet/x").statusCode()).isEqualTo(503);

        assertThat(scrape()).contains(line(503, "about:blank", "servlet", before + 1));
    }

    @Test
    void catalogueProblemIsCountedUnderTheCatalogueWayIn() throws Exception {
        double before = value(scrape(), 404, "about:blank", "catalogue");

        assertThat(Http.get(base, "problems/nope").statusCode()).isEqualTo(404);

        assertThat(scrape()).contains(line(404, "about:blank", "catalogue", before + 1));
    }

    @Test
    void successIsNotCounted() throws Exception {
        assertThat(Http.get(base, "api/meters/1").statusCode()).isEqualTo(200);

        assertThat(scrape()).noneMatch(l -> l.contains("http_response_status_code=\"200\""));
    }
}
