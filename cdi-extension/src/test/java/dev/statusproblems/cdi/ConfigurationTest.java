package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import dev.statusproblems.model.StatusProblems;
import dev.statusproblems.model.internal.Settings;
import java.net.URI;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.junit5.WeldInitiator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings are read at deployment from MicroProfile Config or, as here, system properties. */
class ConfigurationTest {

    @AfterEach
    void clearSettings() {
        System.clearProperty(Settings.TYPE_BASE);
        System.clearProperty(Settings.CATALOGUE_PATH);
    }

    private static WeldContainer deploy() {
        return WeldInitiator.createWeld().addExtension(new StatusProblemsExtension())
                .addBeanClass(OutOfCreditException.class).initialize();
    }

    @Test
    void configuredTypeBaseResolvesRegisteredTypes() {
        System.setProperty(Settings.TYPE_BASE, "https://api.example.com/problems");

        try (WeldContainer container = deploy()) {
            URI type = container.select(StatusProblems.class).get().of(OutOfCreditException.class).build().type();

            assertThat(type).isEqualTo(URI.create("https://api.example.com/problems/out-of-credit"));
            assertThat(container.select(ProblemTypeRegistry.class).get().byType(type)).isPresent();
        }
    }

    @Test
    void withoutATypeBaseTypesStayAsDeclaredWhateverTheCataloguePath() {
        // The senders resolve them per request, against the catalogue in the request's context.
        System.setProperty(Settings.CATALOGUE_PATH, "/docs/problems/");

        try (WeldContainer container = deploy()) {
            assertThat(container.select(StatusProblems.class).get().of(OutOfCreditException.class).build().type())
                    .isEqualTo(URI.create("out-of-credit"));
            assertThat(container.select(StatusProblems.class).get().typeBase()).isNull();
            assertThat(container.select(ProblemTypeRegistry.class).get().typeBase()).isNull();
        }
    }

    @Test
    void typeBaseThatIsNotAUriFailsDeployment() {
        System.setProperty(Settings.TYPE_BASE, "https://api example.com/problems/");

        assertThat(DeploymentFailure.deploying(OutOfCreditException.class).message()).isEqualTo(
                "status-problems: statusproblems.type-base 'https://api example.com/problems/' is not a URI:"
                        + " Illegal character in authority");
    }

    @Test
    void typeBaseThatCannotBeABaseFailsDeployment() {
        System.setProperty(Settings.TYPE_BASE, "problems");

        assertThat(DeploymentFailure.deploying(OutOfCreditException.class).message()).isEqualTo(
                "status-problems: statusproblems.type-base 'problems' cannot be a base for type URIs; use an"
                        + " absolute URI or a path, such as https://example.com/problems/ or /problems/");
    }

    @Test
    void cataloguePathThatIsNotAPathFailsDeployment() {
        System.setProperty(Settings.CATALOGUE_PATH, "problems");

        assertThat(DeploymentFailure.deploying(OutOfCreditException.class).message()).isEqualTo(
                "status-problems: statusproblems.catalogue-path 'problems' is not a path for the catalogue; use"
                        + " one like /problems, or none to turn it off");
    }
}
