package dev.statusproblems.it.shop;

import dev.statusproblems.model.StatusProblems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The shop's resources, each failing (or succeeding) one way. */
@Path("")
@RequestScoped
public class ShopResource {

    private static final EntityTag CATALOG_VERSION = new EntityTag("v1");

    @Inject
    StatusProblems problems;

    /** Order 42 does not exist; ids below 1 are invalid. */
    @GET
    @Path("orders/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Order order(@PathParam("id") @Min(1) long id) {
        if (id == 42) {
            throw new NotFoundException("Order 42 does not exist");
        }
        return new Order("tea", (int) id);
    }

    /** At most 100 orders at a time. */
    @GET
    @Path("orders")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Order> orders(@QueryParam("limit") @Max(100) Integer limit) {
        return List.of(new Order("tea", limit == null ? 1 : limit));
    }

    /** Echoes a valid order. */
    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Order create(@Valid @NotNull Order order) {
        return order;
    }

    /** Deletes an order: 204. */
    @DELETE
    @Path("orders/{id}")
    public void delete(@PathParam("id") long id) {
        // nothing to delete in a test shop
    }

    /** The catalog, version "v1": 304 for a client that has it. */
    @GET
    @Path("catalog")
    @Produces(MediaType.TEXT_PLAIN)
    public Response catalog(@Context Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(CATALOG_VERSION);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok("tea, coffee").tag(CATALOG_VERSION).build();
    }

    /** Fails with a secret in its message. */
    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("db password is hunter2");
    }

    /** No customer exists: a 404 built with the injected factory, with an extension member. */
    @GET
    @Path("customers/{name}")
    public String customer(@PathParam("name") String name) {
        throw problems.notFound().detail("No customer named %s", name).with("customer", name).toException();
    }

    /** Every account is 20 short. */
    @POST
    @Path("accounts/{id}/orders")
    public String orderOnAccount(@PathParam("id") long account) {
        throw new OutOfCreditException(30, 50);
    }
}
