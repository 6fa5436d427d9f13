package dev.statusproblems.restclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.statusproblems.jaxrs.ClientErrorProblemException;
import dev.statusproblems.jaxrs.ProblemResponseException;
import dev.statusproblems.jaxrs.ServerErrorProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The MicroProfile Rest Client of the runtime this run has, against a server of the same runtime. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestClientTest {

    private TestServer server;
    private ShopClient shop;

    @BeforeAll
    void start() {
        server = TestServer.start();
        shop = RestClientBuilder.newBuilder().baseUri(server.base()).build(ShopClient.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void declaredProblemTypeIsThrownTypedWithItsMembers() {
        OutOfCreditException thrown = catchThrowableOfType(OutOfCreditException.class, shop::credit);

        assertThat(thrown).hasMessage("Your current balance is 30, but that costs 50.");
        assertThat(thrown.balance()).isEqualTo(30);
        assertThat(thrown.cost()).isEqualTo(50);
    }

    @Test
    void declaredProblemTypeIsThrownTypedFromProblemXml() {
        OutOfCreditException thrown = catchThrowableOfType(OutOfCreditException.class, shop::creditAsXml);

        assertThat(thrown.balance()).isEqualTo(30);
        assertThat(ProblemResponseException.from(thrown).orElseThrow().getResponse().getMediaType().toString())
                .startsWith("application/problem+xml");
    }

    @Test
    void typedExceptionCarriesTheProblemAndTheResponseHeaders() {
        OutOfCreditException thrown = catchThrowableOfType(OutOfCreditException.class, shop::credit);

        ProblemResponseException origin = ProblemResponseException.from(thrown).orElseThrow();
        assertThat(origin).isInstanceOf(ClientErrorProblemException.class);
        assertThat(origin.getResponse().getHeaderString("Content-Language")).isEqualTo("en");
        assertThat(origin.problem()).hasValueSatisfying(p -> {
            assertThat(p.type()).isEqualTo(URI.create("/shop/problems/out-of-credit"));
            assertThat(p.title()).isEqualTo("You do not have enough credit");
            assertThat(p.status()).isEqualTo(403);
        });
    }

    @Test
    void checkedProblemTypeIsThrownByAMethodThatDeclaresIt() {
        Throwable thrown = catchThrowable(shop::quota);

        // Jersey's Rest Client wraps a declared checked exception in a WebApplicationException (a 500)
        QuotaExceededException typed = (QuotaExceededException) (TestServer.RUNTIME.equals("jersey")
                ? ((WebApplicationException) thrown).getCause() : thrown);
        assertThat(typed).hasMessage("You may place 10 orders a day");
        assertThat(typed.limit()).isEqualTo(10);
        assertThat(ProblemResponseException.from(thrown)).hasValueSatisfying(e -> assertThat(e.status()).isEqualTo(429));
    }

    @Test
    void checkedProblemTypeIsNotThrownByAMethodThatDoesNotDeclareIt() {
        PlainShopClient plain = RestClientBuilder.newBuilder().baseUri(server.base())
                .register(ProblemResponseExceptionMapper.throwing(QuotaExceededException.class))
                .build(PlainShopClient.class);

        Throwable thrown = catchThrowable(plain::quota);

        if (TestServer.RUNTIME.equals("jersey")) {
            // Jersey then reads the body the mapper has read already
            assertThat(thrown).isInstanceOf(ProcessingException.class).hasMessage("Error reading entity from input stream.");
        } else {
            assertThat(thrown).isInstanceOf(WebApplicationException.class);
            assertThat(((WebApplicationException) thrown).getResponse().getStatus()).isEqualTo(429);
        }
    }

    @Test
    void problemOfAnotherTypeIsAClientErrorProblemException() {
        ClientErrorProblemException thrown = catchThrowableOfType(ClientErrorProblemException.class,
                () -> shop.order(42));

        assertThat(thrown.status()).isEqualTo(404);
        assertThat(thrown.problem()).hasValueSatisfying(
                p -> assertThat(p.detail()).contains("Order 42 does not exist"));
        assertThat(thrown).hasNoCause();
    }

    @Test
    void serverErrorIsAServerErrorProblemException() {
        ServerErrorProblemException thrown = catchThrowableOfType(ServerErrorProblemException.class, shop::boom);

        assertThat(thrown.status()).isEqualTo(500);
        assertThat(thrown.problem()).hasValueSatisfying(p -> assertThat(p.instance()).isPresent());
    }

    @Test
    void malformedProblemIsAProblemResponseExceptionWithoutAProblem() {
        ServerErrorProblemException thrown = catchThrowableOfType(ServerErrorProblemException.class, shop::malformed);

        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.problem()).isEmpty();
        assertThat(thrown.getMessage()).startsWith("502 Bad Gateway: the response's problem document is malformed");
    }

    @Test
    void memberOfTheWrongJsonTypeLeavesAProblemResponseExceptionThatSaysWhy() {
        ClientErrorProblemException thrown = catchThrowableOfType(ClientErrorProblemException.class,
                shop::creditWithTextBalance);

        assertThat(thrown.problem()).hasValueSatisfying(p -> assertThat(p.extensions()).containsEntry("balance", "lots"));
        assertThat(thrown.getSuppressed()).hasSize(1);
        assertThat(thrown.getSuppressed()[0]).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("member 'balance' is declared int, but the problem holds the string \"lots\"");
    }

    @Test
    void oneLineOnABuilderRegistersTheMapper() {
        PlainShopClient plain = RestClientBuilder.newBuilder().baseUri(server.base())
                .register(ProblemResponseExceptionMapper.throwing(OutOfCreditException.class))
                .build(PlainShopClient.class);

        OutOfCreditException thrown = catchThrowableOfType(OutOfCreditException.class, plain::credit);

        assertThat(thrown.balance()).isEqualTo(30);
    }

    @Test
    void interfaceThatAsksForNothingKeepsTheRestClientsOwnException() {
        PlainShopClient plain = RestClientBuilder.newBuilder().baseUri(server.base()).build(PlainShopClient.class);

        WebApplicationException thrown = catchThrowableOfType(WebApplicationException.class, plain::credit);

        assertThat(thrown.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void declaredTypeAClientCannotRebuildFailsTheClientsBuild() {
        assertThatThrownBy(() -> RestClientBuilder.newBuilder().baseUri(server.base()).build(OverdueClient.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ThrowsProblems on " + OverdueClient.class.getName() + ": @ProblemMember on "
                        + DatedException.class.getName() + ".due: a client cannot read a member of type"
                        + " java.time.LocalDate from a problem; use a String, a number, a Boolean, an enum, a URI,"
                        + " a List or a Map");
    }

    @Test
    void classAClientCannotRebuildIsRefusedWhenTheMapperIsMade() {
        assertThatThrownBy(() -> ProblemResponseExceptionMapper.throwing(DatedException.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("@ProblemMember on " + DatedException.class.getName() + ".due:");
    }
}
