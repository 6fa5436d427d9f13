package dev.statusproblems.jaxrs.shop;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        try (TestServer server = TestServer.start(new ShopApplication())) {
            System.out.println("RUNTIME " + TestServer.RUNTIME + " " + server.uri(""));
            for (String p : new String[] {"nothing", "orders/42", "orders/0", "orders?limit=ten", "orders?limit=500", "boom", "maintenance", "private", "moved", "conflict", "echo-url", "slow-down", "credit", "broken-order", "orders/x"}) {
                HttpResponse<String> r = server.get(p);
                System.out.println(p + " -> " + r.statusCode() + " " + r.headers().map() + "\n   " + r.body());
            }
            dump(server, HttpRequest.newBuilder(server.uri("orders")).POST(HttpRequest.BodyPublishers.ofString("{\"name\":")).header("Content-Type", "application/json"));
            dump(server, HttpRequest.newBuilder(server.uri("orders")).POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\",\"quantity\":-1}")).header("Content-Type", "application/json"));
            dump(server, HttpRequest.newBuilder(server.uri("orders")).POST(HttpRequest.BodyPublishers.ofString("x")).header("Content-Type", "text/plain"));
            dump(server, HttpRequest.newBuilder(server.uri("orders/1")).DELETE());
            dump(server, HttpRequest.newBuilder(server.uri("orders/1")).header("Accept", "image/png"));
            dump(server, HttpRequest.newBuilder(server.uri("orders/42")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            dump(server, HttpRequest.newBuilder(server.uri("orders/1")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        }
    }

    private static void dump(TestServer server, HttpRequest.Builder b) {
        HttpResponse<String> r = server.send(b);
        System.out.println(r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + r.headers().map() + "\n   " + r.body());
    }
}
