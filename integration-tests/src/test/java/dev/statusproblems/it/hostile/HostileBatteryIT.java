package dev.statusproblems.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.testsupport.RawHttp;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The generated hostile battery: one test per family, each sending its cartesian product of cases
 * to every kind of path and collecting every broken rule, grouped by rule and kind of path, into one
 * failure. Where the container answers before any application code, the case expects that answer
 * by its {@link Container} name. Counts go to the test's output, e.g.
 * {@code hostile battery wildfly: 4200 cases, 0 failures}.
 */
@ExtendWith(ArquillianExtension.class)
class HostileBatteryIT {

    /** The content of the static file. */
    static final String STATIC_CONTENT = "hello static";

    private static final int PARALLEL = 4;
    private static final int EXAMPLES = 2;
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("battery")
                .addClasses(HostileApplication.class, HostileResource.class, HostileServlet.class, Item.class,
                        Secrets.class, AppFailure.class, ThrowingMapper.class, ThrowingObserver.class, Echo.class,
                        EchoResource.class, EchoServlet.class, HostileAsyncServlet.class, BatteryConflictException.class)
                .addAsWebResource(new StringAsset(STATIC_CONTENT), "static/hello.txt")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    void headerValues() throws Exception {
        run("headers", Cases.headerValues(Http.contextPath(base)));
    }

    @Test
    void requestTargets() throws Exception {
        run("targets", Cases.requestTargets(Http.contextPath(base)));
    }

    @Test
    void methods() throws Exception {
        run("methods", Cases.methods(Http.contextPath(base)));
    }

    @Test
    void bodies() throws Exception {
        run("bodies", Cases.bodies(Http.contextPath(base)));
    }

    @Test
    void framing() throws Exception {
        run("framing", Cases.framing(Http.contextPath(base), base.getHost() + ":" + base.getPort()));
    }

    @Test
    void statuses() throws Exception {
        run("statuses", Cases.statuses(Http.contextPath(base)));
    }

    @AfterAll
    static void printCount() {
        System.out.printf("hostile battery %s: %d cases, %d failures%n", server(), CASES.get(), FAILURES.get());
    }

    private void run(String family, List<Case> generated) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        Map<String, List<String>> failures = new TreeMap<>();
        int failed = 0;
        try {
            List<Future<List<String>>> verdicts = new ArrayList<>();
            List<Case> cases = new ArrayList<>();
            for (Case generatedCase : generated) {
                Case request = generatedCase.container(Container.expected(generatedCase));
                cases.add(request);
                verdicts.add(pool.submit(() -> verdict(request)));
            }
            for (int i = 0; i < cases.size(); i++) {
                List<String> broken = verdicts.get(i).get(60, TimeUnit.SECONDS);
                if (broken.size() > 1) {
                    failed++;
                }
                for (String line : broken.subList(1, broken.size())) {
                    List<String> examples = failures.computeIfAbsent(line + " [" + cases.get(i).kind() + "]",
                            key -> new ArrayList<>());
                    examples.add(cases.get(i) + " -> " + broken.get(0));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        CASES.addAndGet(generated.size());
        FAILURES.addAndGet(failed);
        StringBuilder report = new StringBuilder(String.format("hostile battery %s, family %s: %d cases, %d failures%n",
                server(), family, generated.size(), failed));
        failures.forEach((rule, examples) -> {
            report.append(String.format("  %s: %d, e.g.%n", rule, examples.size()));
            examples.stream().limit(EXAMPLES).forEach(example -> report.append("      ").append(example).append('\n'));
        });
        System.out.print(report);
        failures.forEach((rule, examples) -> {
            System.out.printf("  every case of %s:%n", rule);
            examples.forEach(example -> System.out.println("      " + example));
        });
        assertThat(failed).as(report.toString()).isZero();
    }

    /** The answer in one line, then each rule it breaks. */
    private List<String> verdict(Case request) {
        RawHttp.Response response = send(request);
        RawHttp.Response get = request.isHead() ? send(request.method("GET")) : null;
        List<String> verdict = new ArrayList<>();
        verdict.add(summary(response));
        verdict.addAll(Checks.broken(request, response, get));
        return verdict;
    }

    private RawHttp.Response send(Case request) {
        URI server = URI.create(base.toString());
        if (request.raw().isPresent()) {
            return RawHttp.exchange(server, request.raw().get(), true);
        }
        return RawHttp.send(server, request.method(), request.target(), request.headers(), request.body());
    }

    private static String summary(RawHttp.Response response) {
        String body = response.body().replaceAll("[\\r\\n]+", " ");
        return response.status() + " " + response.header("Content-Type").orElse("(no type)")
                + response.header("Content-Length").map(length -> " length " + length).orElse("")
                + (body.isEmpty() ? "" : " " + (body.length() > 160 ? body.substring(0, 160) + "..." : body));
    }

    private static String server() {
        return Server.current().name().toLowerCase(Locale.ROOT);
    }
}
