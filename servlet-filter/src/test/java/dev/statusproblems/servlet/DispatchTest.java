package dev.statusproblems.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import jakarta.servlet.ServletRequestAttributeEvent;
import jakarta.servlet.ServletRequestAttributeListener;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Forwards and includes, handled once, and a success path that leaves no trace in the request. */
final class DispatchTest {

    private static final List<String> ATTRIBUTES_SEEN = new CopyOnWriteArrayList<>();
    private static JettyApp app;

    @BeforeAll
    static void start() throws Exception {
        app = JettyApp.start(Map.of(), context -> {
            JettyApp.route(context, "/front", Endpoint.of((req, res) ->
                    req.getRequestDispatcher("/orders").forward(req, res)));
            JettyApp.route(context, "/orders", Endpoint.of((req, res) -> res.sendError(404, "Order 42 does not exist")));
            JettyApp.route(context, "/page", Endpoint.of((req, res) -> {
                res.setContentType("text/plain");
                res.getWriter().write("head|");
                req.getRequestDispatcher("/fragment").include(req, res);
                res.getWriter().write("|tail");
            }));
            JettyApp.route(context, "/fragment", Endpoint.of((req, res) -> res.getWriter().write("fragment")));
            JettyApp.route(context, "/ok", Endpoint.of((req, res) -> res.getWriter().write("fine")));
            context.addEventListener(new ServletRequestAttributeListener() {
                @Override
                public void attributeAdded(ServletRequestAttributeEvent event) {
                    ATTRIBUTES_SEEN.add(event.getName());
                }
            });
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void errorOfAForwardedRequestIsOneProblem() {
        HttpResponse<String> response = Http.get(app.uri("/front"));

        assertThat(response.statusCode()).isEqualTo(404);
        ProblemDetail problem = ProblemJson.parse(response.body());
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.instance()).hasValueSatisfying(instance -> assertThat(instance).hasToString("/shop/front"));
    }

    @Test
    void includedContentStreamsThroughUntouched() {
        HttpResponse<String> response = Http.get(app.uri("/page"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("head|fragment|tail");
    }

    @Test
    void successfulRequestGetsNoAttributeFromTheFilter() {
        ATTRIBUTES_SEEN.clear();

        assertThat(Http.get(app.uri("/ok")).body()).isEqualTo("fine");

        assertThat(ATTRIBUTES_SEEN).noneMatch(name -> name.startsWith("dev.statusproblems"));
    }
}
