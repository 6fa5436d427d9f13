package dev.statusproblems.it.roundtrip;

import dev.statusproblems.jaxrs.ProblemResponseException;
import dev.statusproblems.model.ProblemDetail;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** The client deployment: charges through the Rest Client and says what it caught. */
@Path("checkout")
public class CheckoutResource {

    @GET
    @Path("{format}")
    @Produces("text/plain")
    public String checkout(@PathParam("format") String format, @QueryParam("server") URI server,
            @Context UriInfo uri) {
        // the credit server is on this server, or where the test says (Payara Micro: a server per deployment)
        URI root = server != null ? server : uri.getBaseUri();
        CreditApi credit = RestClientBuilder.newBuilder().baseUri(root.resolve("/credit-server/api/"))
                .build(CreditApi.class);
        try {
            return format.equals("xml") ? credit.chargeAsXml(50) : credit.charge(50);
        } catch (OutOfCreditException e) {
            ProblemResponseException origin = ProblemResponseException.from(e).orElseThrow();
            ProblemDetail problem = origin.problem().orElseThrow();
            return "caught " + e.getClass().getSimpleName() + ": balance=" + e.balance() + ", cost=" + e.cost()
                    + ", message=" + e.getMessage() + ", type=" + problem.type() + ", status=" + problem.status()
                    + ", content-type=" + origin.getResponse().getMediaType();
        }
    }
}
