package dev.statusproblems.it.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemJson;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7's soak: many requests at 64 in flight over a mix of success and error endpoints (JAX-RS
 * and servlet), every response checked. Successes must be byte for byte what the application wrote;
 * errors must be well-formed problems whose {@code status} is the status line's, with the status
 * the application or the client caused (never a 5xx for a client's mistake).
 *
 * <p>Sized for CI by {@code -Dsoak.requests} (default 20,000 per server); the full run is
 * {@code -Dsoak.requests=100000}. {@code -Dsoak.deadline.seconds} (default 150, or one second per
 * 500 requests if more) bounds the whole run.
 * One summary line per server goes to the test's output
 * ({@code target/failsafe-reports/<server>/dev.statusproblems.it.soak.SoakIT-output.txt}).
 */
@ExtendWith(ArquillianExtension.class)
class SoakIT {

    private static final int IN_FLIGHT = 64;
    private static final int MAX_SAMPLES = 10;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("soak")
                .addClasses(SoakApplication.class, SoakResource.class, SoakServlet.class, Payload.class);
    }

    @Test
    void everyResponseUnderConcurrentLoadIsExactlyTheExpectedOne() throws Exception {
        int requests = Integer.getInteger("soak.requests", 20_000);
        // about 1,000 req/s on Payara here: the default leaves room for twice that time
        Duration deadline = Duration.ofSeconds(Long.getLong("soak.deadline.seconds", Math.max(150, requests / 500)));
        URI root = base.toURI();
        List<Call> mix = mix(root);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
        Semaphore permits = new Semaphore(IN_FLIGHT);
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        Queue<String> samples = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        int sent = 0;
        try {
            while (sent < requests) {
                long left = end - System.nanoTime();
                if (left <= 0 || !permits.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    break;
                }
                Call call = mix.get(sent % mix.size());
                sent++;
                client.sendAsync(call.request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
                    try {
                        String failure = error != null ? call.name + ": " + error : call.check(response);
                        if (response != null) {
                            bytes.addAndGet(response.body().length);
                        }
                        if (failure != null) {
                            failures.incrementAndGet();
                            if (samples.size() < MAX_SAMPLES) {
                                samples.add(failure);
                            }
                        }
                        completed.incrementAndGet();
                    } finally {
                        permits.release();
                    }
                });
            }
            long left = Math.max(0, end - System.nanoTime());
            boolean drained = permits.tryAcquire(IN_FLIGHT, left, TimeUnit.NANOSECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            String server = Server.current().name().toLowerCase(Locale.ROOT);
            System.out.printf(Locale.ROOT, "soak %s: %d requests, %d failures, %.0f req/s (%d completed, %d in flight"
                    + " at %d, %.1f s, %d MB received)%n", server, sent, failures.get() + (sent - completed.get()),
                    completed.get() / seconds, completed.get(), IN_FLIGHT, IN_FLIGHT, seconds, bytes.get() >> 20);

            assertThat(drained).as("all requests answered within %s", deadline).isTrue();
            assertThat(sent).as("requests sent within %s", deadline).isEqualTo(requests);
            assertThat(failures.get()).as("failures; the first ones: %s", samples).isZero();
            assertThat(completed.get()).isEqualTo(requests);
        } finally {
            executor.shutdownNow();
        }
    }

    /** One request of the mix (the same request object is sent many times) and how to judge its response. */
    private static final class Call {
        final String name;
        final HttpRequest request;
        final int status;
        final byte[] body;
        final String requiredHeader;

        Call(String name, HttpRequest request, int status, byte[] body, String requiredHeader) {
            this.name = name;
            this.request = request;
            this.status = status;
            this.body = body;
            this.requiredHeader = requiredHeader;
        }

        /** Returns what is wrong with {@code response}, or null when it is exactly as expected. */
        String check(HttpResponse<byte[]> response) {
            String wrong = judge(response);
            return wrong == null ? null : name + ": " + wrong;
        }

        private String judge(HttpResponse<byte[]> response) {
            if (response.statusCode() != status) {
                return "status " + response.statusCode() + " instead of " + status + ", body "
                        + new String(response.body(), StandardCharsets.UTF_8);
            }
            if (body != null) {
                return Arrays.equals(response.body(), body) ? null
                        : "body of " + response.body().length + " bytes with CRC-32 " + Payload.checksum(response.body())
                        + " instead of " + body.length + " bytes with CRC-32 " + Payload.checksum(body);
            }
            Optional<String> type = response.headers().firstValue("Content-Type");
            if (type.isEmpty() || !type.get().startsWith(ProblemJson.MEDIA_TYPE)) {
                return "Content-Type " + type.orElse("(none)");
            }
            if (requiredHeader != null && response.headers().firstValue(requiredHeader).isEmpty()) {
                return "no " + requiredHeader + " header";
            }
            ProblemDetail problem;
            try {
                problem = ProblemJson.parse(new String(response.body(), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                return "not a problem (" + e.getMessage() + "): " + new String(response.body(), StandardCharsets.UTF_8);
            }
            return problem.status() == response.statusCode() ? null
                    : "problem status " + problem.status() + " on a " + response.statusCode();
        }
    }

    /** The mix, in the proportions it is sent: mostly successes and client errors, a few 500s (each logs a stack trace). */
    private static List<Call> mix(URI root) {
        byte[] item = SoakResource.ITEM_7.getBytes(StandardCharsets.UTF_8);
        Call json = new Call("JAX-RS 200 JSON", get(root, "api/items/7", "application/json"), 200, item, null);
        Call blob = new Call("servlet 200 blob", get(root, "servlet/blob", "*/*"), 200, Payload.bytes(), null);
        Call notFound = new Call("JAX-RS 404", get(root, "api/items/42", "application/json"), 404, null, null);
        Call badRequest = new Call("servlet sendError 400", get(root, "servlet/bad", "*/*"), 400, null, null);
        Call unavailable = new Call("servlet sendError 503", get(root, "servlet/busy", "*/*"), 503, null, "Retry-After");
        Call boom = new Call("exception 500", get(root, "api/items/boom", "application/json"), 500, null, null);
        Call wrongMethod = new Call("runtime 405", HttpRequest.newBuilder(root.resolve("api/items/7"))
                .timeout(Duration.ofSeconds(30)).DELETE().build(), 405, null, "Allow");
        Call malformed = new Call("malformed JSON 400", HttpRequest.newBuilder(root.resolve("api/items"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"half")).build(), 400, null, null);
        // 16 calls: half successes (JAX-RS and servlet), seven client and server errors, one 500
        return List.of(json, blob, json, blob, notFound, badRequest, unavailable, wrongMethod,
                json, blob, json, blob, notFound, badRequest, malformed, boom);
    }

    private static HttpRequest get(URI root, String path, String accept) {
        return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).GET().build();
    }
}
