package dev.statusproblems.jaxrs.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.statusproblems.jaxrs.ClientErrorProblemException;
import dev.statusproblems.jaxrs.ProblemClientFilter;
import dev.statusproblems.jaxrs.ProblemResponseException;
import dev.statusproblems.jaxrs.ServerErrorProblemException;
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

            assertThat(thrown).isInstanceOf(ServerErrorProblemException.class);
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

    @Test
    void declaredProblemTypeIsRebuiltWithItsMembersAsTheCause() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.throwing(OutOfCreditException.class));
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("credit")).request().get(String.class));

            assertThat(thrown).isInstanceOf(ClientErrorProblemException.class);
            assertThat(thrown.status()).isEqualTo(403);
            OutOfCreditException typed = thrown.typed(OutOfCreditException.class).orElseThrow();
            assertThat(typed).hasMessage("Your balance is 30, but that costs 50");
            assertThat(typed.balance()).isEqualTo(30);
        } finally {
            client.close();
        }
    }

    @Test
    void declaredProblemTypeIsRebuiltFromProblemXml() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.throwing(OutOfCreditException.class));
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("credit")).request("application/problem+xml").get(String.class));

            assertThat(thrown.typed(OutOfCreditException.class)).hasValueSatisfying(
                    typed -> assertThat(typed.balance()).isEqualTo(30));
            assertThat(thrown.getResponse().getMediaType().toString()).startsWith("application/problem+xml");
        } finally {
            client.close();
        }
    }

    @Test
    void rebuiltExceptionCarriesTheProblemAndTheResponseHeaders() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.throwing(OutOfCreditException.class));
        try {
            OutOfCreditException typed = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("credit")).request().get(String.class))
                    .typed(OutOfCreditException.class).orElseThrow();

            ProblemResponseException origin = ProblemResponseException.from(typed).orElseThrow();
            assertThat(origin.getResponse().getHeaderString("Content-Language")).isEqualTo("en");
            assertThat(origin.problem()).hasValueSatisfying(p -> {
                assertThat(p.title()).isEqualTo("You do not have enough credit");
                assertThat(p.extensions()).containsEntry("balance", 30);
            });
        } finally {
            client.close();
        }
    }

    @Test
    void relativeTypeResolvesAgainstTheRequestUri() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.throwing(OutOfCreditException.class));
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("credit")).request().get(String.class));

            assertThat(thrown.problem()).hasValueSatisfying(
                    p -> assertThat(p.type()).isEqualTo(server.uri("problems/out-of-credit")));
        } finally {
            client.close();
        }
    }

    @Test
    void problemOfAnotherTypeStaysAProblemResponseException() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.throwing(OutOfCreditException.class));
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("orders/42")).request().get(String.class));

            assertThat(thrown).isInstanceOf(ClientErrorProblemException.class).hasNoCause();
            assertThat(thrown.typed(OutOfCreditException.class)).isEmpty();
            assertThat(thrown.problem()).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(404));
        } finally {
            client.close();
        }
    }

    @Test
    void memberOfTheWrongJsonTypeLeavesAProblemResponseExceptionThatSaysWhy() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.throwing(OutOfCreditException.class));
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("credit-with-text-balance")).request().get(String.class));

            assertThat(thrown.typed(OutOfCreditException.class)).isEmpty();
            assertThat(thrown.problem()).hasValueSatisfying(
                    p -> assertThat(p.extensions()).containsEntry("balance", "lots"));
            assertThat(thrown.getSuppressed()).hasSize(1);
            assertThat(thrown.getSuppressed()[0]).isInstanceOf(IllegalArgumentException.class).hasMessage("member 'balance' is declared int, but the problem holds the string \"lots\"");
        } finally {
            client.close();
        }
    }

    @Test
    void serverErrorProblemIsAServerErrorProblemException() {
        Client client = ClientBuilder.newClient().register(ProblemClientFilter.class);
        try {
            ProblemResponseException thrown = catchThrowableOfType(ProblemResponseException.class,
                    () -> client.target(server.uri("boom")).request().get(String.class));

            assertThat(thrown).isInstanceOf(ServerErrorProblemException.class);
            assertThat(thrown.status()).isEqualTo(500);
        } finally {
            client.close();
        }
    }

    @Test
    void classWithoutAProblemTypeIsRefusedWhenTheFilterIsMade() {
        assertThatThrownBy(() -> ProblemClientFilter.throwing(IllegalStateException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.IllegalStateException is not annotated with @ProblemType");
    }
}
