package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import dev.statusproblems.model.StatusProblems;
import java.net.URI;
import java.util.Map;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.WeldInitiator;
import org.junit.jupiter.api.Test;

/** The settings, read at deployment; given here as the application's own parameters. */
class ConfigurationTest {

    private static WeldContainer deploy(String key, String value) {
        return WeldInitiator.createWeld().addExtension(new StatusProblemsExtension(Map.of(key, value)))
                .addBeanClass(OutOfCreditException.class).initialize();
    }

    @Test
    void configuredTypeBaseResolvesRegisteredTypes() {
        try (WeldContainer container = deploy("statusproblems.type-base", "https://api.example.com/problems")) {
            URI type = container.select(StatusProblems.class).get().of(OutOfCreditException.class).build().type();

            assertThat(type).isEqualTo(URI.create("https://api.example.com/problems/out-of-credit"));
            assertThat(container.select(ProblemTypeRegistry.class).get().byType(type)).isPresent();
        }
    }

    @Test
    void withoutATypeBaseTypesStayAsDeclaredWhateverTheCataloguePath() {
        // The senders resolve them per request, against the catalogue in the request's context.
        try (WeldContainer container = deploy("statusproblems.catalogue-path", "/docs/problems/")) {
            assertThat(container.select(StatusProblems.class).get().of(OutOfCreditException.class).build().type())
                    .isEqualTo(URI.create("out-of-credit"));
            assertThat(container.select(StatusProblems.class).get().typeBase()).isNull();
            assertThat(container.select(ProblemTypeRegistry.class).get().typeBase()).isNull();
        }
    }

    @Test
    void typeBaseThatIsNotAUriFailsDeployment() {
        assertThat(DeploymentFailure.deploying(Map.of("statusproblems.type-base", "https://api example.com/problems/"), OutOfCreditException.class).message()).isEqualTo(
                "status-problems: statusproblems.type-base 'https://api example.com/problems/' is not a URI:"
                        + " Illegal character in authority");
    }

    @Test
    void typeBaseThatCannotBeABaseFailsDeployment() {
        assertThat(DeploymentFailure.deploying(Map.of("statusproblems.type-base", "problems"), OutOfCreditException.class).message()).isEqualTo(
                "status-problems: statusproblems.type-base 'problems' cannot be a base for type URIs; use an"
                        + " absolute URI or a path, such as https://example.com/problems/ or /problems/");
    }

    @Test
    void cataloguePathThatIsNotAPathFailsDeployment() {
        assertThat(DeploymentFailure.deploying(Map.of("statusproblems.catalogue-path", "problems"), OutOfCreditException.class).message()).isEqualTo(
                "status-problems: statusproblems.catalogue-path 'problems' is not a path for the catalogue; use"
                        + " one like /problems, or none to turn it off");
    }
}
