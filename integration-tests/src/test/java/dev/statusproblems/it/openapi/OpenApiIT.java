package dev.statusproblems.it.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI filter the openapi-filter jar names in its {@code microprofile-config.properties}.
 * Payara (MicroProfile OpenAPI 3.1) and WildFly with {@code standalone-microprofile.xml} (4.x) serve
 * {@code /openapi}: the document there holds the problem schema and responses. WildFly's default
 * {@code standalone.xml} has no MicroProfile OpenAPI subsystem: nothing loads the filter there, and
 * the deployment works unharmed.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("carts").addClasses(CartApplication.class, CartResource.class,
                CartLockedException.class);
    }

    @Test
    void deploymentAnswersWithOrWithoutOpenApi() throws Exception {
        assertThat(Http.get(base, "api/carts/1").statusCode()).isEqualTo(200);

        HttpResponse<String> locked = Http.get(base, "api/carts/2", "Accept", "text/plain, application/problem+json");
        assertThat(locked.statusCode()).isEqualTo(409);
        ProblemDetail problem = ProblemJson.parse(locked.body());
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.title()).isEqualTo("The cart is locked");
    }

    @Test
    void operationRefersToTheProblemResponses() throws Exception {
        document().ifPresent(document -> {
            // Payara keys paths from the context root (its servers name it), WildFly from the host
            JsonObject paths = document.getJsonObject("paths");
            String key = paths.keySet().stream().filter(path -> path.endsWith("/api/carts/{id}")).findFirst()
                    .orElseThrow(() -> new AssertionError("no /api/carts/{id} among " + paths.keySet()));
            JsonObject responses = paths.getJsonObject(key).getJsonObject("get").getJsonObject("responses");

            assertThat(responses.getJsonObject("4XX").getString("$ref"))
                    .isEqualTo("#/components/responses/ClientErrorProblem");
            assertThat(responses.getJsonObject("5XX").getString("$ref"))
                    .isEqualTo("#/components/responses/ServerErrorProblem");
        });
    }

    @Test
    void documentHoldsTheProblemSchemaInBothMediaTypes() throws Exception {
        document().ifPresent(document -> {
            JsonObject components = document.getJsonObject("components");

            JsonObject problem = components.getJsonObject("schemas").getJsonObject("Problem");
            assertThat(problem.getJsonObject("properties").keySet())
                    .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
            JsonObject content = components.getJsonObject("responses").getJsonObject("ClientErrorProblem")
                    .getJsonObject("content");
            assertThat(content.getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"))
                    .isEqualTo("#/components/schemas/Problem");
            assertThat(content.getJsonObject("application/problem+xml").getJsonObject("schema").getString("$ref"))
                    .isEqualTo("#/components/schemas/Problem");
        });
    }

    @Test
    void documentListsTheApplicationsProblemTypes() throws Exception {
        document().ifPresent(document -> {
            JsonObject examples = document.getJsonObject("components").getJsonObject("responses")
                    .getJsonObject("ClientErrorProblem").getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("examples");

            assertThat(examples.keySet()).contains("about:blank", "cart-locked");
            assertThat(examples.getJsonObject("cart-locked").getJsonObject("value").getInt("status")).isEqualTo(409);
        });
    }

    /**
     * The server's OpenAPI document; none on WildFly's default configuration, which answers
     * {@code /openapi} with a 404.
     */
    private Optional<JsonObject> document() throws Exception {
        HttpResponse<String> response = Http.get(base, "../openapi", "Accept", "application/json");
        if (Server.current() == Server.WILDFLY && !"wildfly-microprofile".equals(System.getProperty("arquillian.launch"))) {
            assertThat(response.statusCode()).isEqualTo(404);
            return Optional.empty();
        }
        assertThat(response.statusCode()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return Optional.of(reader.readObject());
        }
    }
}
