package dev.statusproblems.it.serverwide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
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
 * Runs only on the WildFly that has our jars as a global module (README, "Server-wide install"):
 * a WAR WITHOUT our jars still answers with problems.
 */
@ExtendWith(ArquillianExtension.class)
class ServerWideIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bare("bare").addClasses(BareApplication.class, BareResource.class, BareServlet.class);
    }

    @Test
    void warHoldsNoJarOfOurs() {
        assertThat(deployment().getContent(path -> path.get().startsWith("/WEB-INF/lib/"))).isEmpty();
    }

    @Test
    void jaxrsExceptionIsProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).contains(URI.create("/bare/api/orders/42"));
    }

    @Test
    void unmatchedJaxrsPathIsProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/nothing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void servletSendErrorIsProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "servlet/orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ProblemJson.parse(response.body()).detail()).contains("Order 42 does not exist");
    }

    @Test
    void missingFileIsProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "no-such-file.txt");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void catalogueIsServed() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"statuses\"");
    }
}
