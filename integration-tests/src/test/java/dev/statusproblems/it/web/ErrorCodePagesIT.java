package dev.statusproblems.it.web;

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
 * Security constraints with the jar's error page declared for 401 and 403 in {@code web.xml}: what an
 * Open Liberty user adds to get problems there (Liberty answers them with its own page, never the web
 * fragment's default error page); every server sends the same problems with it.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorCodePagesIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("codes").setWebXML("codes/web.xml");
    }

    @Test
    void securityChallengeIsUnauthorizedProblemKeepingWwwAuthenticate() throws Exception {
        HttpResponse<String> response = Http.get(base, "admin/report");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"shop\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.instance()).contains(URI.create("/codes/admin/report"));
    }

    @Test
    void constraintDenyingEveryoneIsForbiddenProblem() throws Exception {
        HttpResponse<String> response = Http.get(base, "closed/report");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.instance()).contains(URI.create("/codes/closed/report"));
    }
}
