package dev.statusproblems.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.cdi.fixtures.ElsewhereException;
import dev.statusproblems.cdi.fixtures.OrderLockedException;
import dev.statusproblems.cdi.fixtures.OutOfCreditException;
import dev.statusproblems.model.ProblemTypeDefinition;
import java.net.URI;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

class ProblemTypeRegistryTest {

    private final ProblemTypeRegistry undeclaredBase =
            ProblemTypeRegistry.of(List.of(OutOfCreditException.class, ElsewhereException.class), null);

    @Test
    void rebasedRegistryResolvesRelativeTypesAgainstTheNewBase() {
        ProblemTypeRegistry rebased = undeclaredBase.withTypeBase(URI.create("/shop/problems/"));

        assertThat(rebased.typeBase()).isEqualTo(URI.create("/shop/problems/"));
        assertThat(rebased.types()).extracting(d -> rebased.resolve(d.type())).containsExactly(
                URI.create("/shop/problems/out-of-credit"), URI.create("https://errors.example.org/elsewhere"));
        assertThat(rebased.byType(URI.create("/shop/problems/out-of-credit")))
                .containsSame(ProblemTypeDefinition.of(OutOfCreditException.class));
        assertThat(undeclaredBase.typeBase()).isNull();
    }

    @Test
    void mergedRegistryHoldsEachClassOfBothOnceWithTheFirstsBase() {
        ProblemTypeRegistry other = ProblemTypeRegistry.of(List.of(OrderLockedException.class,
                OutOfCreditException.class), URI.create("https://api.example.com/problems/"));

        ProblemTypeRegistry merged = undeclaredBase.merge(other);

        assertThat(merged.definitions()).extracting(ProblemTypeDefinition::exceptionClass).containsExactly(
                ElsewhereException.class, OrderLockedException.class, OutOfCreditException.class);
        assertThat(merged.typeBase()).isNull();
    }

    @Test
    void applicationsRegistryIsFoundWithoutInjectionWhileTheContainerRuns() {
        try (WeldContainer container = new Weld().addBeanClass(OutOfCreditException.class).initialize()) {
            ProblemTypeRegistry injected = container.select(ProblemTypeRegistry.class).get();

            assertThat(ProblemTypeRegistry.ofApplication()).containsSame(injected);
            assertThat(injected.definitions()).extracting(ProblemTypeDefinition::exceptionClass)
                    .containsExactly(OutOfCreditException.class);
        }

        assertThat(ProblemTypeRegistry.ofApplication()).isEmpty();
    }
}
