package dev.statusproblems.it.invalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.statusproblems.it.support.Deployments;
import dev.statusproblems.it.support.Server;
import dev.statusproblems.it.support.ServerLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An application with an invalid {@code @ProblemType} does not start, and the server says why; Open Liberty
 * starts it anyway and only logs why.
 */
@ExtendWith(ArquillianExtension.class)
class InvalidProblemTypeIT {

    private static final String INVALID = "invalid";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = INVALID, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.war(INVALID).addClasses(RedirectingException.class);
    }

    @Test
    void redirectStatusFailsTheDeploymentNamingTheClass() throws InterruptedException {
        String reason = "@ProblemType on " + RedirectingException.class.getName()
                + ": status 302 is not an error status; use 400–599";
        ServerLog log = ServerLog.fromNow();
        Throwable failure = catchThrowable(() -> deployer.deploy(INVALID));
        try {
            if (Server.current() == Server.LIBERTY) {
                // Liberty logs an initializer's exception as a warning (CWWWC0001W) and starts the application anyway
                assertThat(failure).isNull();
                assertThat(log.await(reason, Duration.ofSeconds(10))).contains("CWWWC0001W").contains(reason);
                return;
            }
            if (Server.micro()) {
                // Payara Micro lists the application as deployed and starts anyway: the failure is in its log only
                assertThat(failure).isNull();
                assertThat(log.await(reason, Duration.ofSeconds(10))).contains(reason);
                return;
            }
            assertThat(failure).isNotNull();
            if (Server.glassFish()) {
                // GlassFish 8 answers the deployer with the initializer's name and leaves our message to its log
                assertThat(messages(failure)).anySatisfy(message -> assertThat(message)
                        .contains("Error invoking ServletContainerInitializer dev.statusproblems.cdi.internal.CatalogueInitializer"));
                assertThat(log.await(reason, Duration.ofSeconds(10))).contains(reason);
            } else {
                assertThat(messages(failure)).anySatisfy(message -> assertThat(message).contains(reason));
            }
            // each server wraps the initializer's ServletException in its own words
            assertThat(failure.getMessage()).startsWith(Server.current() == Server.WILDFLY
                    ? "Cannot deploy invalid.war" : "Could not deploy invalid.war");
        } finally {
            undeployQuietly();
        }
    }

    private void undeployQuietly() {
        try {
            deployer.undeploy(INVALID);
        } catch (RuntimeException notDeployed) {
            // the failed deployment may already be gone
        }
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null && messages.size() < 20; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
