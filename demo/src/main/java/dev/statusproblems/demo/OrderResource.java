package dev.statusproblems.demo;

import dev.statusproblems.model.StatusProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A small order service: {@code /api/orders}. */
@Path("orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private static final int PRICE = 20;
    private static final int BALANCE = 30;

    private final Map<Integer, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Inject
    StatusProblems problems;

    /** Creates an order; Bean Validation checks it first, and a body of {@code null} or nothing is no order. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid Order order) {
        int id = ids.incrementAndGet();
        orders.put(id, order);
        return Response.created(URI.create("orders/" + id)).entity(json(id, order)).build();
    }

    /** An order, or a 404 problem built with {@code StatusProblems}. */
    @GET
    @Path("{id}")
    public String get(@PathParam("id") @Min(1) int id) {
        Order order = orders.get(id);
        if (order == null) {
            throw problems.notFound().detail("Order %d does not exist", id).with("orderId", id).toException();
        }
        return json(id, order);
    }

    /** Pays for an order: the demo account's balance never covers more than one item. */
    @POST
    @Path("{id}/payment")
    public String pay(@PathParam("id") int id) {
        Order order = orders.get(id);
        if (order == null) {
            throw problems.notFound().detail("Order %d does not exist", id).with("orderId", id).toException();
        }
        int cost = order.getQuantity() * PRICE;
        if (cost > BALANCE) {
            throw new OutOfCreditException(BALANCE, cost);
        }
        return "{\"paid\":" + cost + "}";
    }

    /** The warehouse is always closed for maintenance: 503 with Retry-After. */
    @GET
    @Path("warehouse")
    public String warehouse() {
        throw new ServiceUnavailableException(120L);
    }

    private static String json(int id, Order order) {
        return Json.createObjectBuilder().add("id", id).add("item", order.getItem())
                .add("quantity", order.getQuantity()).build().toString();
    }
}
