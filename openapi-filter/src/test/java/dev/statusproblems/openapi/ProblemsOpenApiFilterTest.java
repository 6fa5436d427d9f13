package dev.statusproblems.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.ProblemTypeRegistry;
import dev.statusproblems.openapi.fixtures.ElsewhereException;
import dev.statusproblems.openapi.fixtures.OrderLockedException;
import dev.statusproblems.openapi.fixtures.OutOfCreditException;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** The filter on SmallRye OpenAPI's model, its output read back from the JSON SmallRye writes. */
class ProblemsOpenApiFilterTest {

    private static final String CLIENT_ERROR_REF = "#/components/responses/ClientErrorProblem";
    private static final String SERVER_ERROR_REF = "#/components/responses/ServerErrorProblem";

    private static final ProblemTypeRegistry REGISTRY = ProblemTypeRegistry.of(
            List.of(OutOfCreditException.class, OrderLockedException.class, ElsewhereException.class), null);

    @Test
    void problemSchemaHasTheMembersOfRfc9457() {
        JsonObject schema = filtered(ProblemsOpenApiFilter.of(REGISTRY), orders())
                .getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");

        assertThat(schema.getString("type")).isEqualTo("object");
        assertThat(schema.getBoolean("additionalProperties")).isTrue();
        JsonObject properties = schema.getJsonObject("properties");
        assertThat(properties.keySet()).containsExactly("type", "title", "status", "detail", "instance");
        assertThat(properties.getJsonObject("type").getString("format")).isEqualTo("uri-reference");
        assertThat(properties.getJsonObject("type").getString("default")).isEqualTo("about:blank");
        assertThat(properties.getJsonObject("status").getString("type")).isEqualTo("integer");
        assertThat(properties.getJsonObject("status").getInt("minimum")).isEqualTo(100);
        assertThat(properties.getJsonObject("status").getInt("maximum")).isEqualTo(599);
        assertThat(properties.getJsonObject("instance").getString("format")).isEqualTo("uri-reference");
        assertThat(schema.getJsonObject("xml").getString("namespace")).isEqualTo("urn:ietf:rfc:7807");
    }

    @Test
    void everyOperationRefersToTheClientAndServerErrorProblems() {
        JsonObject paths = filtered(ProblemsOpenApiFilter.of(REGISTRY), orders()).getJsonObject("paths");

        for (String operation : List.of("/orders/get", "/orders/post", "/orders/{id}/delete")) {
            String[] at = operation.substring(1).split("/(?=[a-z]+$)");
            JsonObject responses = paths.getJsonObject("/" + at[0]).getJsonObject(at[1]).getJsonObject("responses");
            assertThat(responses.getJsonObject("4XX").getString("$ref")).as(operation).isEqualTo(CLIENT_ERROR_REF);
            assertThat(responses.getJsonObject("5XX").getString("$ref")).as(operation).isEqualTo(SERVER_ERROR_REF);
        }
    }

    @Test
    void problemResponsesCarryTheSchemaInJsonAndXml() {
        JsonObject responses = filtered(ProblemsOpenApiFilter.of(REGISTRY), orders())
                .getJsonObject("components").getJsonObject("responses");

        for (String name : List.of("ClientErrorProblem", "ServerErrorProblem")) {
            JsonObject content = responses.getJsonObject(name).getJsonObject("content");
            assertThat(content.keySet()).as(name).containsExactly("application/problem+json", "application/problem+xml");
            for (String mediaType : content.keySet()) {
                assertThat(content.getJsonObject(mediaType).getJsonObject("schema").getString("$ref"))
                        .isEqualTo("#/components/schemas/Problem");
            }
        }
    }

    @Test
    void registeredProblemTypesAreExamplesOfTheirStatusClass() {
        JsonObject responses = filtered(ProblemsOpenApiFilter.of(REGISTRY), orders())
                .getJsonObject("components").getJsonObject("responses");

        JsonObject clientExamples = examples(responses, "ClientErrorProblem");
        assertThat(clientExamples.keySet()).containsExactly("about:blank", "out-of-credit", "order-locked");
        JsonObject outOfCredit = clientExamples.getJsonObject("out-of-credit");
        assertThat(outOfCredit.getString("summary")).isEqualTo("You do not have enough credit");
        assertThat(outOfCredit.getString("description"))
                .isEqualTo("Your current balance is lower than the price of the purchase.");
        assertThat(outOfCredit.getJsonObject("value").getString("type")).isEqualTo("out-of-credit");
        assertThat(outOfCredit.getJsonObject("value").getInt("status")).isEqualTo(403);
        assertThat(examples(responses, "ServerErrorProblem").keySet())
                .containsExactly("about:blank", "https://errors.example.org/elsewhere");
    }

    @Test
    void problemTypeMemberListsTheRegisteredTypesWithTheirStatus() {
        String description = filtered(ProblemsOpenApiFilter.of(REGISTRY), orders()).getJsonObject("components")
                .getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties")
                .getJsonObject("type").getString("description");

        assertThat(description).contains(
                "\n- out-of-credit (403 Forbidden): You do not have enough credit",
                "\n- order-locked (409 Conflict): Conflict",
                "\n- https://errors.example.org/elsewhere (503 Service Unavailable): Service Unavailable",
                "\nRelative types are sent resolved against the problem catalogue, {context root}/problems/,");
    }

    @Test
    void typeBaseResolvesTheDocumentedTypes() {
        ProblemTypeRegistry based = REGISTRY.withTypeBase(URI.create("https://api.example.com/problems/"));

        JsonObject clientExamples = examples(filtered(ProblemsOpenApiFilter.of(based), orders())
                .getJsonObject("components").getJsonObject("responses"), "ClientErrorProblem");

        assertThat(clientExamples.getJsonObject("https://api.example.com/problems/out-of-credit")
                .getJsonObject("value").getString("type")).isEqualTo("https://api.example.com/problems/out-of-credit");
    }

    @Test
    void applicationsOwnProblemSchemaIsKept() {
        OpenAPI openAPI = orders();
        openAPI.components(OASFactory.createComponents().addSchema("Problem", OASFactory.createSchema()
                .description("Our own problem").addProperty("code", OASFactory.createSchema())));

        JsonObject schema = filtered(ProblemsOpenApiFilter.of(REGISTRY), openAPI)
                .getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");

        assertThat(schema.getString("description")).isEqualTo("Our own problem");
        assertThat(schema.getJsonObject("properties").keySet()).containsExactly("code");
    }

    @Test
    void operationsOwnClientErrorResponseIsKept() {
        OpenAPI openAPI = orders();
        openAPI.getPaths().getPathItem("/orders").getGET().getResponses()
                .addAPIResponse("4XX", OASFactory.createAPIResponse().description("Our own client error"));

        JsonObject responses = filtered(ProblemsOpenApiFilter.of(REGISTRY), openAPI).getJsonObject("paths")
                .getJsonObject("/orders").getJsonObject("get").getJsonObject("responses");

        assertThat(responses.getJsonObject("4XX").getString("description")).isEqualTo("Our own client error");
        assertThat(responses.getJsonObject("5XX").getString("$ref")).isEqualTo(SERVER_ERROR_REF);
        assertThat(responses.getJsonObject("200").getString("description")).isEqualTo("The orders");
    }

    @Test
    void applicationsOwnSharedResponseIsKeptAndReferred() {
        OpenAPI openAPI = orders();
        openAPI.components(OASFactory.createComponents().addResponse("ClientErrorProblem",
                OASFactory.createAPIResponse().description("Our own 4xx")));

        JsonObject document = filtered(ProblemsOpenApiFilter.of(REGISTRY), openAPI);

        assertThat(document.getJsonObject("components").getJsonObject("responses")
                .getJsonObject("ClientErrorProblem").getString("description")).isEqualTo("Our own 4xx");
        assertThat(document.getJsonObject("paths").getJsonObject("/orders").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("4XX").getString("$ref")).isEqualTo(CLIENT_ERROR_REF);
    }

    @Test
    void documentWithoutPathsGetsTheSchema() {
        JsonObject document = filtered(ProblemsOpenApiFilter.of(REGISTRY), OASFactory.createOpenAPI().openapi("3.0.3"));

        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet()).containsExactly("Problem");
    }

    @Test
    void disabledFilterLeavesTheDocumentAlone() {
        System.setProperty(ProblemsOpenApiFilter.ENABLED, "false");
        try {
            JsonObject document = filtered(ProblemsOpenApiFilter.of(REGISTRY), orders());

            assertThat(document.containsKey("components")).isFalse();
            assertThat(document.getJsonObject("paths").getJsonObject("/orders").getJsonObject("get")
                    .getJsonObject("responses").keySet()).containsExactly("200");
        } finally {
            System.clearProperty(ProblemsOpenApiFilter.ENABLED);
        }
    }

    @Test
    void filterWithoutCdiListsNoTypesOfItsOwn() {
        JsonObject responses = filtered(new ProblemsOpenApiFilter(), orders())
                .getJsonObject("components").getJsonObject("responses");

        assertThat(examples(responses, "ClientErrorProblem").keySet()).containsExactly("about:blank");
        assertThat(examples(responses, "ServerErrorProblem").getJsonObject("about:blank").getJsonObject("value")
                .getString("title")).isEqualTo("Internal Server Error");
    }

    @Test
    void jarNamesTheFilterForMicroProfileOpenApiBelowTheApplicationsOwnConfig() throws Exception {
        Properties config = new Properties();
        try (InputStream in = ProblemsOpenApiFilter.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }

        assertThat(config).containsOnly(
                org.assertj.core.api.Assertions.entry("mp.openapi.filter", ProblemsOpenApiFilter.class.getName()),
                org.assertj.core.api.Assertions.entry("config_ordinal", "50"));
        assertThat(Class.forName(config.getProperty("mp.openapi.filter")).getConstructor().newInstance())
                .isInstanceOf(OASFilter.class);
    }

    @Test
    void smallRyeAppliesTheFilterTheJarNamesWithNoCode() {
        JsonObject document = read(SmallRyeOpenAPI.builder().withConfig(ConfigProvider.getConfig())
                .withInitialModel(orders()).enableModelReader(false).enableStandardStaticFiles(false)
                .enableAnnotationScan(false).build().toJSON());

        assertThat(document.getJsonObject("components").getJsonObject("schemas").keySet()).containsExactly("Problem");
        assertThat(document.getJsonObject("paths").getJsonObject("/orders").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("4XX").getString("$ref")).isEqualTo(CLIENT_ERROR_REF);
    }

    @Test
    void filterInACdiContainerListsTheApplicationsRegisteredTypes() {
        // discovery on: the extension comes from the cdi-extension jar's META-INF/services, as on a server
        try (WeldContainer container = new Weld().addBeanClass(OutOfCreditException.class).initialize()) {
            assertThat(container.select(ProblemTypeRegistry.class).get().types()).hasSize(1);
            JsonObject responses = filtered(new ProblemsOpenApiFilter(), orders())
                    .getJsonObject("components").getJsonObject("responses");

            assertThat(examples(responses, "ClientErrorProblem").keySet())
                    .containsExactly("about:blank", "out-of-credit");
        }
    }

    private static OpenAPI orders() {
        Schema orders = OASFactory.createSchema().addProperty("id", OASFactory.createSchema());
        return OASFactory.createOpenAPI().openapi("3.0.3")
                .paths(OASFactory.createPaths()
                        .addPathItem("/orders", OASFactory.createPathItem()
                                .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                        .addAPIResponse("200", OASFactory.createAPIResponse().description("The orders")
                                                .content(OASFactory.createContent().addMediaType("application/json",
                                                        OASFactory.createMediaType().schema(orders))))))
                                .POST(OASFactory.createOperation()))
                        .addPathItem("/orders/{id}", OASFactory.createPathItem()
                                .DELETE(OASFactory.createOperation())));
    }

    private static JsonObject filtered(OASFilter filter, OpenAPI openAPI) {
        // as a server runs it: SmallRye applies the filter to the model it built, then writes the document
        String document = SmallRyeOpenAPI.builder().withInitialModel(openAPI).enableModelReader(false)
                .enableStandardStaticFiles(false).enableAnnotationScan(false).enableStandardFilter(false)
                .withFilters(List.of(filter)).build().toJSON();
        return read(document);
    }

    private static JsonObject read(String document) {
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            return reader.readObject();
        }
    }

    private static JsonObject examples(JsonObject responses, String name) {
        return responses.getJsonObject(name).getJsonObject("content").getJsonObject("application/problem+json")
                .getJsonObject("examples");
    }
}
