package dev.statusproblems.responses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.responses.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstanceStrategyTest {

    @Test
    void pathIsTheDefaultAndGivesTheRequestPath() {
        Settings.Instance strategy = Settings.defaults().instance();

        assertThat(strategy).isEqualTo(Settings.Instance.PATH);
        assertThat(InstanceStrategy.forClientError(strategy, "/shop/api/orders/42")).hasToString("/shop/api/orders/42");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "/shop/a b => /shop/a%20b",
        "/problems/a[b] => /problems/a%5Bb%5D",
        "/x{|}^\\`\"<>#y => /x%7B%7C%7D%5E%5C%60%22%3C%3E%23y",
        "/x\u0085y => /x%C2%85y",
        "/caf\u00e9 => /caf%C3%A9",
        "/\uD83D\uDE00 => /%F0%9F%98%80",
        "/a%zz%4 => /a%25zz%254",
        "/a%2Fb;x=1/c:d@e!$&'()*+,=~ => /a%2Fb;x=1/c:d@e!$&'()*+,=~",
    })
    void pathIsPercentEncodedWhereNoUriMayHoldIt(String path, String instance) {
        assertThat(InstanceStrategy.forClientError(Settings.Instance.PATH, path)).hasToString(instance);
    }

    @Test
    void noPathGivesNone() {
        assertThat(InstanceStrategy.forClientError(Settings.Instance.PATH, null)).isNull();
        assertThat(InstanceStrategy.forClientError(Settings.Instance.PATH, "relative")).isNull();
    }

    @Test
    void uuidAndNoneAreReadInAnyCase() {
        assertThat(InstanceStrategy.forClientError(Settings.of(Map.of("statusproblems.instance", "UUID")).instance(), "/x").toString()).startsWith("urn:uuid:");
        assertThat(InstanceStrategy.forClientError(Settings.of(Map.of("statusproblems.instance", "none")).instance(), "/x"))
                .isNull();
    }
}
