package dev.statusproblems.it.apps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.apps.alpha.AlphaApplication;
import dev.statusproblems.it.apps.alpha.AlphaLedger;
import dev.statusproblems.it.apps.alpha.AlphaRejectedException;
import dev.statusproblems.it.apps.alpha.AlphaResource;
import dev.statusproblems.it.apps.alpha.AlphaServlet;
import dev.statusproblems.it.apps.beta.BetaApplication;
import dev.statusproblems.it.apps.beta.BetaLedger;
import dev.statusproblems.it.apps.beta.BetaRefusedException;
import dev.statusproblems.it.apps.beta.BetaResource;
import dev.statusproblems.it.apps.beta.BetaServlet;
import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two applications deployed side by side on one server, each with our jars in WEB-INF/lib, its own
 * {@code @ProblemType}, its own observer of {@code ProblemSent} and its own {@code web.xml}
 * configuration: each one's JAX-RS errors, servlet errors and catalogue follow its own configuration
 * and list its own problem types, and each one's observers see its own problems only.
 *
 * <p>alpha: {@code statusproblems.instance=uuid}, {@code statusproblems.detail-max-length=10}.
 * beta: {@code statusproblems.instance=none}, {@code statusproblems.catalogue-path=/docs}.
 *
 * <p>Also on the WildFly with our jars installed server-wide, where both applications share one copy
 * of our classes, and so any state that copy keeps for all applications.
 */
@ExtendWith(ArquillianExtension.class)
class SideBySideIT {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String UUID_URN = "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ArquillianResource
    @OperateOnDeployment("alpha")
    private URL alpha;

    @ArquillianResource
    @OperateOnDeployment("beta")
    private URL beta;

    @Deployment(name = "alpha", order = 1, testable = false)
    static WebArchive alphaDeployment() {
        return war("alpha")
                .addClasses(AlphaApplication.class, AlphaResource.class, AlphaServlet.class, AlphaLedger.class,
                        AlphaRejectedException.class)
                .setWebXML("apps/alpha-web.xml");
    }

    @Deployment(name = "beta", order = 2, testable = false)
    static WebArchive betaDeployment() {
        return war("beta")
                .addClasses(BetaApplication.class, BetaResource.class, BetaServlet.class, BetaLedger.class,
                        BetaRefusedException.class)
                .setWebXML("apps/beta-web.xml");
    }

    @Test
    void alphaJaxRsClientErrorHasAUuidInstanceAndADetailCutToTen() throws Exception {
        ProblemDetail problem = problem(Http.get(alpha, "api/things/j1"), 404);

        assertThat(problem.instance()).hasValueSatisfying(instance -> assertThat(instance.toString()).matches(UUID_URN));
        assertThat(problem.detail()).contains("The alpha…");
    }

    @Test
    void alphaProblemTypeHasAUuidInstanceAndADetailCutToTen() throws Exception {
        ProblemDetail problem = problem(Http.get(alpha, "api/refuse/j2"), 409);

        assertThat(problem.type()).isEqualTo(URI.create("/alpha/problems/alpha-rejected"));
        assertThat(problem.title()).isEqualTo("Alpha rejected the request");
        assertThat(problem.instance()).hasValueSatisfying(instance -> assertThat(instance.toString()).matches(UUID_URN));
        assertThat(problem.detail()).contains("The alpha…");
    }

    @Test
    void alphaServletErrorHasAUuidInstanceAndADetailCutToTen() throws Exception {
        ProblemDetail problem = problem(Http.get(alpha, "servlet/s1"), 404);

        assertThat(problem.instance()).hasValueSatisfying(instance -> assertThat(instance.toString()).matches(UUID_URN));
        assertThat(problem.detail()).contains("The alpha…");
    }

    @Test
    void alphaCatalogueListsOnlyAlphasProblemType() throws Exception {
        assertThat(catalogueTypes(alpha, "problems")).containsExactly("/alpha/problems/alpha-rejected");
    }

    @Test
    void alphaCatalogueHasNoPageForBetasProblemType() throws Exception {
        ProblemDetail problem = problem(Http.get(alpha, "problems/beta-refused", "Accept", "application/json"), 404);

        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.instance()).hasValueSatisfying(instance -> assertThat(instance.toString()).matches(UUID_URN));
    }

    @Test
    void betaJaxRsClientErrorHasNoInstanceAndTheWholeDetail() throws Exception {
        ProblemDetail problem = problem(Http.get(beta, "api/things/j1"), 404);

        assertThat(problem.instance()).isEmpty();
        assertThat(problem.detail()).contains("The beta application has no thing j1");
    }

    @Test
    void betaProblemTypeResolvesUnderBetasCataloguePathAndHasNoInstance() throws Exception {
        ProblemDetail problem = problem(Http.get(beta, "api/refuse/j2"), 422);

        assertThat(problem.type()).isEqualTo(URI.create("/beta/docs/beta-refused"));
        assertThat(problem.title()).isEqualTo("Beta refused the request");
        assertThat(problem.instance()).isEmpty();
        assertThat(problem.detail()).contains("The beta application refuses j2");
    }

    @Test
    void betaServletErrorHasNoInstanceAndTheWholeDetail() throws Exception {
        ProblemDetail problem = problem(Http.get(beta, "servlet/s1"), 404);

        assertThat(problem.instance()).isEmpty();
        assertThat(problem.detail()).contains("The beta servlet has nothing at /s1");
    }

    @Test
    void betaCatalogueIsServedAtItsOwnPathAndListsOnlyBetasProblemType() throws Exception {
        assertThat(catalogueTypes(beta, "docs")).containsExactly("/beta/docs/beta-refused");
    }

    @Test
    void betaHasNoCatalogueAtTheDefaultPath() throws Exception {
        ProblemDetail problem = problem(Http.get(beta, "problems", "Accept", "application/json"), 404);

        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.instance()).isEmpty();
    }

    @Test
    void betaCatalogueHasNoPageForAlphasProblemType() throws Exception {
        ProblemDetail problem = problem(Http.get(beta, "docs/alpha-rejected", "Accept", "application/json"), 404);

        assertThat(problem.type()).isEqualTo(ProblemDetail.ABOUT_BLANK);
        assertThat(problem.instance()).isEmpty();
    }

    @Test
    void eachApplicationsObserversSeeItsOwnProblemsOnly() throws Exception {
        // the servlet filter announces its problem after writing it, the JAX-RS mappers before: the
        // servlet's first, so that its observers have it by the time the ledger is read
        for (URL app : List.of(alpha, beta)) {
            assertThat(Http.get(app, "servlet/observed").statusCode()).isEqualTo(404);
        }
        for (URL app : List.of(alpha, beta)) {
            assertThat(Http.get(app, "api/things/observed").statusCode()).isEqualTo(404);
        }

        assertThat(ledger(alpha)).contains("404 /alpha/api/things/observed", "404 /alpha/servlet/observed")
                .noneMatch(line -> line.contains("/beta/"));
        assertThat(ledger(beta)).contains("404 /beta/api/things/observed", "404 /beta/servlet/observed")
                .noneMatch(line -> line.contains("/alpha/"));
    }

    /** A WAR with our jars in WEB-INF/lib, or without them where the server has them installed server-wide. */
    private static WebArchive war(String name) {
        return "wildfly-global".equals(System.getProperty("arquillian.launch")) ? Deployments.bare(name)
                : Deployments.war(name);
    }

    private static ProblemDetail problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.status()).isEqualTo(status);
        return problem;
    }

    private static List<String> catalogueTypes(URL app, String path) throws InterruptedException {
        HttpResponse<String> response = Http.get(app, path, "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject catalogue = reader.readObject();
            return catalogue.getJsonArray("problemTypes").getValuesAs(JsonObject.class).stream()
                    .map(type -> type.getString("type")).toList();
        }
    }

    private static List<String> ledger(URL app) throws InterruptedException {
        HttpResponse<String> response = Http.get(app, "api/ledger");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().lines().toList();
    }
}
