package dev.statusproblems.it.complete;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application whose web.xml is {@code metadata-complete="true"}: see that file for what the
 * Servlet specification then reads. The filter (installed by its initializer) still turns every
 * error that passes through it into a problem; only errors the container raises before any filter
 * runs (a security constraint's 401) would need the web fragment's error page.
 */
@ExtendWith(ArquillianExtension.class)
class MetadataCompleteIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("complete").addClasses(CompleteServlet.class).setWebXML("complete/web.xml");
    }

    @Test
    void filterStillInstallsItselfThroughItsInitializer() throws Exception {
        HttpResponse<String> response = Http.get(base, "orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).contains(URI.create("/complete/orders/42"));
    }

    @Test
    void catalogueStillServedThroughItsInitializer() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"statuses\"");
    }

    @Test
    void missingFileIsStillNotFoundProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "no-such-file.txt");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ProblemJson.parse(response.body()).instance()).contains(URI.create("/complete/no-such-file.txt"));
    }

    /**
     * The 401 of a security constraint is raised before any filter, so only an error page sees it.
     * WildFly follows the specification to the letter and ignores our web fragment: Undertow's own
     * HTML page. Payara still reads META-INF/web-fragment.xml under a metadata-complete web.xml, so
     * its default error page renders the problem. Users of metadata-complete on WildFly who want
     * problems here declare the error page in their web.xml (see the servlet-filter README). Open
     * Liberty answers it itself, with or without metadata-complete: an empty 401.
     */
    @Test
    void securityChallengeKeepsWwwAuthenticateAndIsAProblemOnlyWhereTheFragmentIsRead() throws Exception {
        HttpResponse<String> response = Http.get(base, "admin/report");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"shop\"");
        if (Server.current() == Server.WILDFLY) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
        } else if (Server.current() == Server.LIBERTY) {
            // Liberty reads the fragment but answers a security constraint itself, fragment or not: an empty 401
            assertThat(response.headers().firstValue("Content-Type")).isEmpty();
            assertThat(response.body()).isEmpty();
        } else {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            ProblemDetail problem = ProblemJson.parse(response.body());
            assertThat(problem.title()).isEqualTo("Unauthorized");
            assertThat(problem.instance()).contains(URI.create("/complete/admin/report"));
        }
    }
}
