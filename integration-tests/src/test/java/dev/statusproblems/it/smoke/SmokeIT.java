package dev.statusproblems.it.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Http;
import dev.statusproblems.it.support.MicroLoopback;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.it.support.ServerLog;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves the machinery on each server: our jars deploy, requests reach a JAX-RS resource and a
 * plain servlet over HTTP, and the server log can be read. Asserts status codes only, so it holds
 * whatever our modules do to error bodies.
 */
@ExtendWith(ArquillianExtension.class)
class SmokeIT {

    private static final String SMOKE = "smoke";
    private static final String REDEPLOYED = "smoke-redeployed";

    @ArquillianResource
    @OperateOnDeployment(SMOKE)
    private URL base;

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = SMOKE, testable = false)
    static WebArchive deployment() {
        return Deployments.war(SMOKE)
                .addClasses(SmokeApplication.class, OrdersResource.class, LogResource.class,
                        MissingOrderServlet.class);
    }

    /** The same application, deployed by a test while it reads the server log. */
    @Deployment(name = REDEPLOYED, managed = false, testable = false)
    static WebArchive redeployed() {
        return Deployments.war(REDEPLOYED).addClasses(SmokeApplication.class, LogResource.class);
    }

    @Test
    void deploymentIsServedUnderItsName() {
        assertThat(Http.contextPath(base)).isEqualTo("/smoke/");
    }

    @Test
    void resourceAnswersOk() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("order 7");
    }

    @Test
    void resourceNotFoundExceptionIs404() throws Exception {
        HttpResponse<String> response = Http.get(base, "api/orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void servletSendErrorIs404() throws Exception {
        HttpResponse<String> response = Http.get(base, "servlet/orders/42");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void missingFileIs404() throws Exception {
        HttpResponse<String> response = Http.get(base, "no-such-file.txt");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void applicationLogLineReachesServerLog() throws Exception {
        ServerLog log = ServerLog.fromNow();
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> response = Http.send(Http.request(base, "api/log/" + marker)
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(log.await("smoke marker " + marker, Duration.ofSeconds(10))).contains(marker);
    }

    /**
     * Scanning finds the {@code @Provider} feature and service loading finds META-INF/services: the
     * runtime must not be handed one of our classes twice (RESTEasy: RESTEASY002155 "... is already
     * registered. 2nd registration is being ignored"; Jersey: "... already registered").
     */
    @Test
    void deploymentRegistersEachOfOurProvidersOnce() throws Exception {
        // Payara Micro starts a second server for this deployment; its log handler, finding the first
        // server's file locked, writes the next unique name
        ServerLog log = Server.micro()
                ? ServerLog.fromNow(Path.of(Server.current().logFile() + ".1"))
                : ServerLog.fromNow();
        deployer.deploy(REDEPLOYED);
        try {
            String marker = UUID.randomUUID().toString();
            URI root = Server.micro() ? MicroLoopback.root(REDEPLOYED) : base.toURI();
            URL redeployed = root.resolve("/" + REDEPLOYED + "/").toURL();

            HttpResponse<String> response = Http.send(Http.request(redeployed, "api/log/" + marker)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());

            assertThat(response.statusCode()).isEqualTo(204);
            // the marker is written after the deployment's lines: all of them are in the log by then
            log.await("smoke marker " + marker, Duration.ofSeconds(10));
            assertThat(log.lines())
                    .filteredOn(line -> line.contains("dev.statusproblems"))
                    .noneMatch(line -> line.contains("RESTEASY002155") || line.contains("already registered")
                            || line.contains("previous registration"));
        } finally {
            deployer.undeploy(REDEPLOYED);
        }
    }
}
