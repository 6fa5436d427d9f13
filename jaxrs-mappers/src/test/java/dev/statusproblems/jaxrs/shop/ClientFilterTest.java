package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.statusproblems.jaxrs.ProblemClientFilter;
import dev.statusproblems.jaxrs.ProblemResponseException;
import dev.statusproblems.jaxrs.StatusProblemsFeature;
import dev.statusproblems.model.ProblemDetail;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The client side, with the runtime's own JAX-RS client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientFilterTest {

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(new ShopApplication());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void problemJsonResponseIsThrownAsProblemResponseException() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.class);
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("orders/42")).request().get());

            assertThat(thrown.status()).isEqualTo(404);
            assertThat(thrown.getResponse().getStatus()).isEqualTo(404);
            assertThat(thrown.getResponse().getHeaderString("Content-Language")).isEqualTo("en");
            assertThat(thrown).hasMessage("404 Not Found: Order 42 does not exist");
            ProblemDetail problem = thrown.problem().orElseThrow();
            assertThat(problem.detail()).contains("Order 42 does not exist");
            assertThat(problem.instance()).contains(URI.create("/shop/orders/42"));
        } finally {
            client.close();
        }
    }

    @Test
    void problemXmlResponseIsThrownAsProblemResponseException() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.class);
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("nothing")).request("application/problem+xml").get());

            assertThat(thrown.status()).isEqualTo(404);
            assertThat(thrown.problem()).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo("Not Found"));
        } finally {
            client.close();
        }
    }

    @Test
    void malformedProblemBodyIsClearExceptionWithStatus() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.class);
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("bad-gateway-with-malformed-problem")).request().get());

            assertThat(thrown.status()).isEqualTo(502);
            assertThat(thrown.problem()).isEmpty();
            assertThat(thrown.getMessage()).startsWith("502 Bad Gateway: the response's problem document is malformed");
        } finally {
            client.close();
        }
    }

    @Test
    void featureWithClientFilterRegistersTheFilterOnAClient() {
        Client client = ClientBuilder.newClient().register(StatusProblemsFeature.withClientFilter());
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("orders/42")).request().get());

            assertThat(thrown.problem()).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(404));
        } finally {
            client.close();
        }
    }

    @Test
    void successResponsePassesTheFilter() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.class);
        try (Response response = client.target(server.uri("orders/7")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("\"quantity\":7");
        } finally {
            client.close();
        }
    }

    @Test
    void discoveredFeatureLeavesClientsAlone() {
        Client client = ClientBuilder.newClient();
        try (Response response = client.target(server.uri("orders/42")).request().get()) {
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        } finally {
            client.close();
        }
    }
}
