package dev.statusproblems.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceStrategyTest {

    @Test
    void pathIsTheDefaultAndGivesTheRequestPath() {
        InstanceStrategy strategy = InstanceStrategy.of(Settings.load(Map.<String, String>of()::get));

        assertThat(strategy).isEqualTo(InstanceStrategy.PATH);
        assertThat(strategy.forClientError("/shop/api/orders/42")).hasToString("/shop/api/orders/42");
    }

    @Test
    void pathThatNoUriReferenceCanHoldGivesNone() {
        assertThat(InstanceStrategy.PATH.forClientError("/shop/a b")).isNull();
        assertThat(InstanceStrategy.PATH.forClientError(null)).isNull();
    }

    @Test
    void uuidAndNoneAreReadInAnyCase() {
        assertThat(InstanceStrategy.of(Settings.load(Map.of(Settings.INSTANCE, "UUID")::get))
                .forClientError("/x").toString()).startsWith("urn:uuid:");
        assertThat(InstanceStrategy.of(Settings.load(Map.of(Settings.INSTANCE, "none")::get)).forClientError("/x"))
                .isNull();
    }

    @Test
    void unknownValueFallsBackToThePath() {
        assertThat(InstanceStrategy.of(Settings.load(Map.of(Settings.INSTANCE, "sometimes")::get)))
                .isEqualTo(InstanceStrategy.PATH);
    }
}
