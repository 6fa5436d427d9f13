package dev.statusproblems.jaxrs.shop;

import dev.statusproblems.model.StatusProblems;
import jakarta.json.JsonStructure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.w3c.dom.Document;

/** The resources the tests call, each failing one way. */
@Path("")
public class ShopResource {

    @GET
    @Path("orders/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Order order(@PathParam("id") @Min(1) long id) {
        if (id == 42) {
            throw new NotFoundException("Order 42 does not exist");
        }
        return new Order("tea", (int) id);
    }

    @GET
    @Path("orders")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Order> orders(@QueryParam("limit") @Max(100) Integer limit) {
        return List.of(new Order("tea", limit == null ? 1 : limit));
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Order create(@Valid @NotNull Order order) {
        return order;
    }

    @GET
    @Path("quote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Order quote() {
        return new Order("tea", 1);
    }

    @POST
    @Path("json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    public String json(JsonStructure body) {
        return "read " + body.getValueType();
    }

    @POST
    @Path("xml")
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.TEXT_PLAIN)
    public String xml(Document body) {
        return "read " + body.getDocumentElement().getTagName();
    }

    @GET
    @Path("quota")
    @Produces(MediaType.APPLICATION_JSON)
    public Order quota(@HeaderParam("X-Quota") int quota) {
        return new Order("tea", quota);
    }

    @PUT
    @Path("stock")
    @Consumes(MediaType.TEXT_PLAIN)
    public void stock(String count) {
        // accepted and forgotten
    }

    @GET
    @Path("broken-order")
    @Produces(MediaType.APPLICATION_JSON)
    @NotNull
    public Order brokenOrder() {
        return null;
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("db password is hunter2");
    }

    @GET
    @Path("maintenance")
    public String maintenance() {
        throw new ServiceUnavailableException(120L);
    }

    @GET
    @Path("private")
    public String privateThing() {
        throw new NotAuthorizedException("Bearer realm=\"shop\"");
    }

    @GET
    @Path("login-required")
    public String loginRequired() {
        throw new WebApplicationException(401);
    }

    @GET
    @Path("moved")
    public String moved() {
        throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("http://localhost/elsewhere"));
    }

    @GET
    @Path("conflict")
    public String conflict() {
        throw new WebApplicationException(Response.status(409).type(MediaType.TEXT_PLAIN).entity("custom").build());
    }

    @GET
    @Path("echo-url")
    public String echoUrl(@Context UriInfo uriInfo) {
        throw new BadRequestException("Cannot handle " + uriInfo.getRequestUri());
    }

    @GET
    @Path("slow-down")
    public String slowDown() {
        throw StatusProblems.create().tooManyRequests().detail("Slow down").header("Retry-After", 30)
                .with("limit", 10).toException();
    }

    @GET
    @Path("credit")
    public String credit() {
        throw new OutOfCreditException("Your balance is 30, but that costs 50", 30);
    }

    @GET
    @Path("bad-gateway-with-malformed-problem")
    public Response malformedProblem() {
        return Response.status(502).type("application/problem+json").entity("{not json").build();
    }

    @GET
    @Path("credit-with-text-balance")
    public Response creditWithTextBalance() {
        return Response.status(403).type("application/problem+json")
                .entity("{\"type\":\"out-of-credit\",\"title\":\"You do not have enough credit\",\"status\":403,"
                        + "\"balance\":\"lots\"}")
                .build();
    }
}
