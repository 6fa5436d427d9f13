package dev.statusproblems.it.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The problem's round trip: one deployment throws {@code OutOfCreditException}, another calls it
 * through the server's MicroProfile Rest Client with an interface that declares it and
 * {@code @ThrowsProblems}, and catches it typed, with its members, from problem+json and problem+xml.
 */
@ExtendWith(ArquillianExtension.class)
class RoundTripIT {

    @ArquillianResource
    @OperateOnDeployment("credit-client")
    private URL client;

    @ArquillianResource
    @OperateOnDeployment("credit-server")
    private URL server;

    @Deployment(name = "credit-server", order = 1, testable = false)
    static WebArchive server() {
        return Deployments.war("credit-server")
                .addClasses(CreditApplication.class, ChargeResource.class, OutOfCreditException.class);
    }

    @Deployment(name = "credit-client", order = 2, testable = false)
    static WebArchive client() {
        return Deployments.war("credit-client")
                .addAsLibrary(Deployments.jar("rest-client"))
                .addClasses(CreditApplication.class, CheckoutResource.class, CreditApi.class,
                        OutOfCreditException.class);
    }

    @Test
    void restClientCatchesTheServersExceptionTypedFromProblemJson() throws Exception {
        HttpResponse<String> response = Http.get(client, "api/checkout/json" + serverParameter());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("caught OutOfCreditException: balance=30, cost=50, message=Your"
                + " current balance is 30, but that costs 50., type=/credit-server/problems/out-of-credit,"
                + " status=403, content-type=application/problem+json");
    }

    @Test
    void restClientCatchesTheServersExceptionTypedFromProblemXml() throws Exception {
        HttpResponse<String> response = Http.get(client, "api/checkout/xml" + serverParameter());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("caught OutOfCreditException: balance=30, cost=50, message=Your"
                + " current balance is 30, but that costs 50., type=/credit-server/problems/out-of-credit,"
                + " status=403, content-type=application/problem+xml");
    }

    /** On Payara Micro the credit server runs in a server of its own: the client is told where. */
    private String serverParameter() throws Exception {
        return Server.micro() ? "?server=" + server.toURI().resolve("/") : "";
    }
}
