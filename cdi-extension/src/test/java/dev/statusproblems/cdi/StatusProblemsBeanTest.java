package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.CardOutOfCreditException;
import dev.statusproblems.cdi.fixtures.OrderLockedException;
import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.cdi.internal.StatusProblemsExtension;
import dev.statusproblems.model.ProblemDetail;
import dev.statusproblems.model.ProblemException;
import dev.statusproblems.model.ProblemTypeDefinition;
import dev.statusproblems.model.StatusProblems;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class StatusProblemsBeanTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                    .addExtension(new StatusProblemsExtension())
                    .addBeanClasses(OutOfCreditException.class, OrderLockedException.class))
            .build();

    @Inject
    StatusProblems problems;

    @Inject
    ProblemTypeRegistry registry;

    @Inject
    Instance<StatusProblems> factories;

    @Test
    void injectedFactoryThrowsProblemsOfAnyStatus() {
        ProblemException thrown = problems.notFound().detail("Order %s does not exist", 42).with("orderId", 42)
                .toException();

        ProblemDetail problem = thrown.problem();
        assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).contains("Order 42 does not exist");
        assertThat(problem.extensions()).containsExactly(Map.entry("orderId", 42));
    }

    @Test
    void injectedFactoryKeepsRegisteredTypeAsDeclaredWithoutATypeBase() {
        ProblemDetail problem = problems.of(OutOfCreditException.class).build();

        assertThat(problem.type()).isEqualTo(URI.create("out-of-credit"));
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.title()).isEqualTo("You do not have enough credit");
    }

    @Test
    void injectedFactoryBuildsFromAThrownProblemTypeException() {
        ProblemDetail problem = problems.of(new OutOfCreditException("Your balance is 30, but that costs 50.", 30,
                List.of("/account/12345"))).build();

        assertThat(problem.type()).isEqualTo(URI.create("out-of-credit"));
        assertThat(problem.detail()).contains("Your balance is 30, but that costs 50.");
        assertThat(problem.extensions()).containsExactly(Map.entry("balance", 30),
                Map.entry("accounts", List.of("/account/12345")));
    }

    @Test
    void everyInjectionGetsTheOneImmutableFactory() {
        assertThat(factories.get()).isSameAs(factories.get()).isSameAs(problems);
        assertThat(problems.typeBase()).isNull();
    }

    @Test
    void registryHoldsEveryDiscoveredProblemType() {
        assertThat(registry.definitions()).extracting(ProblemTypeDefinition::exceptionClass)
                .containsExactly(OrderLockedException.class, OutOfCreditException.class);
        assertThat(registry.typeBase()).isNull();
    }

    @Test
    void registryFindsATypeAsDeclared() {
        ProblemTypeDefinition outOfCredit = ProblemTypeDefinition.of(OutOfCreditException.class);

        assertThat(registry.byType(URI.create("out-of-credit"))).containsSame(outOfCredit);
        assertThat(registry.byType(URI.create("unknown"))).isEmpty();
    }

    @Test
    void registryFindsASubclassByItsNearestRegisteredSuperclass() {
        assertThat(registry.byException(CardOutOfCreditException.class))
                .containsSame(ProblemTypeDefinition.of(OutOfCreditException.class));
        assertThat(registry.byException(IllegalStateException.class)).isEmpty();
    }
}
