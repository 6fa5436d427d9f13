package dev.statusproblems.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty(Settings.DETAIL_MAX_LENGTH);
    }

    @Test
    void fallbackComesBeforeSystemProperties() {
        System.setProperty(Settings.DETAIL_MAX_LENGTH, "100");

        assertThat(Settings.load(Map.of(Settings.DETAIL_MAX_LENGTH, "200")::get).number(Settings.DETAIL_MAX_LENGTH, 512))
                .isEqualTo(200);
        assertThat(Settings.load().number(Settings.DETAIL_MAX_LENGTH, 512)).isEqualTo(100);
    }

    @Test
    void unsetOrMalformedValueGetsTheDefault() {
        assertThat(Settings.load().number(Settings.DETAIL_MAX_LENGTH, 512)).isEqualTo(512);
        System.setProperty(Settings.DETAIL_MAX_LENGTH, "lots");
        assertThat(Settings.load().number(Settings.DETAIL_MAX_LENGTH, 512)).isEqualTo(512);
    }

    @Test
    void flagsReadTrueAndFalseInAnyCase() {
        Settings settings = Settings.load(Map.of("a", "TRUE", "b", "false", "c", "maybe")::get);

        assertThat(settings.flag("a", false)).isTrue();
        assertThat(settings.flag("b", true)).isFalse();
        assertThat(settings.flag("c", true)).isTrue();
        assertThat(settings.flag("d", false)).isFalse();
    }
}
