package dev.statusproblems.it.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import dev.statusproblems.model.SuiteText;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A servlet application without JAX-RS, with only status-model, status-responses and servlet-filter in WEB-INF/lib. */
@ExtendWith(ArquillianExtension.class)
class FilterOnlyIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("plain", "status-model", "status-responses", "servlet-filter").addClasses(PlainServlet.class);
    }

    @Test
    void sendErrorIsProblemWithItsMessage() throws Exception {
        HttpResponse<String> response = Http.get(base, "orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).contains(URI.create("/plain/orders/42"));
    }

    @Test
    void uncaughtExceptionIsGenericServerError() throws Exception {
        HttpResponse<String> response = Http.get(base, "orders/crash");

        assertThat(response.statusCode()).isEqualTo(500);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains(SuiteText.SERVER_ERROR_DETAIL.in(Locale.ENGLISH));
        assertThat(response.body()).doesNotContain("hunter2", "IllegalStateException");
    }

    @Test
    void missingFileIsNotFoundProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "no-such-file.txt");

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.instance()).contains(URI.create("/plain/no-such-file.txt"));
    }

    @Test
    void noCatalogueWithoutTheCdiModule() throws Exception {
        HttpResponse<String> response = Http.get(base, "problems");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ProblemJson.parse(response.body()).instance()).contains(URI.create("/plain/problems"));
    }
}
