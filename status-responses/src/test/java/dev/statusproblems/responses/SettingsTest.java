package dev.statusproblems.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statusproblems.responses.Settings.Detail;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsAreThoseTheSettingsDocument() {
        Settings defaults = Settings.defaults();

        assertThat(defaults.jaxrsEnabled()).isTrue();
        assertThat(defaults.servletEnabled()).isTrue();
        assertThat(defaults.instance()).isEqualTo(Settings.Instance.PATH);
        assertThat(defaults.serverErrorDetails()).isFalse();
        assertThat(defaults.detailMaxLength()).isEqualTo(512);
        assertThat(defaults.cataloguePath()).contains("/problems");
        assertThat(defaults.asyncTimeout()).isEqualTo(Settings.AsyncTimeout.AUTO);
        assertThat(defaults.typeBase()).isEmpty();
        assertThat(defaults.retryAfter(503)).isEmpty();
        assertThat(defaults.hidesForbidden("/admin")).isFalse();
    }

    @Test
    void forbiddenIsHiddenUnderEachPrefixAtASegmentBoundaryOrEverywhere() {
        Settings under = Settings.of(Map.of("statusproblems.forbidden-as-not-found", "/admin/, /internal"));

        assertThat(under.hidesForbidden("/admin")).isTrue();
        assertThat(under.hidesForbidden("/admin/users")).isTrue();
        assertThat(under.hidesForbidden("/internal/x")).isTrue();
        assertThat(under.hidesForbidden("/administrator")).isFalse();
        assertThat(under.hidesForbidden("/orders")).isFalse();
        assertThat(Settings.of(Map.of("statusproblems.forbidden-as-not-found", "TRUE")).hidesForbidden("/x")).isTrue();
    }

    @Test
    void retryAfterOfACodeWinsOverThatOfItsClass() {
        Settings settings = Settings.of(Map.of("statusproblems.5xx.retry-after", "30", "statusproblems.503.retry-after",
                "120"));

        assertThat(settings.retryAfter(503)).contains(Duration.ofSeconds(120));
        assertThat(settings.retryAfter(502)).contains(Duration.ofSeconds(30));
        assertThat(settings.retryAfter(429)).isEmpty();
    }

    @Test
    void relativeTypesResolveToTheCatalogueUnderTheContextRoot() {
        assertThat(Settings.defaults().typeBase("/shop")).hasValueSatisfying(base -> assertThat(base)
                .hasToString("/shop/problems/"));
        assertThat(Settings.defaults().typeBase("")).hasValueSatisfying(base -> assertThat(base)
                .hasToString("/problems/"));
        assertThat(Settings.of(Map.of("statusproblems.catalogue-path", "/errors/")).typeBase("/shop"))
                .hasValueSatisfying(base -> assertThat(base).hasToString("/shop/errors/"));
    }

    @Test
    void configuredTypeBaseWinsWithOrWithoutATrailingSlash() {
        Settings settings = Settings.of(Map.of("statusproblems.type-base", "https://api.example.com/probs"));

        assertThat(settings.typeBase("/shop")).hasValueSatisfying(base -> assertThat(base)
                .hasToString("https://api.example.com/probs/"));
    }

    @Test
    void noCatalogueAndNoTypeBaseLeaveRelativeTypesAsDeclared() {
        assertThat(Settings.of(Map.of("statusproblems.catalogue-path", "none")).typeBase("/shop")).isEmpty();
    }

    @Test
    void statusSettingsOfACodeWinOverThoseOfItsClass() {
        Settings settings = Settings.of(Map.of("statusproblems.4xx.detail", "none", "statusproblems.404.detail",
                "generic", "statusproblems.5xx.problem", "false", "statusproblems.503.problem", "true"));

        assertThat(settings.detail(404)).isEqualTo(Detail.GENERIC);
        assertThat(settings.detail(409)).isEqualTo(Detail.NONE);
        assertThat(settings.detail(500)).isEqualTo(Detail.GENERIC);
        assertThat(settings.handles(500)).isFalse();
        assertThat(settings.handles(503)).isTrue();
        assertThat(settings.handles(404)).isTrue();
        assertThat(settings.handles(302)).isFalse();
    }

    @Test
    void valuesAreReadInAnyCaseAndTrimmed() {
        Settings settings = Settings.of(Map.of("statusproblems.instance", " UUID ", "statusproblems.jaxrs.enabled",
                "FALSE"));

        assertThat(settings.instance()).isEqualTo(Settings.Instance.UUID);
        assertThat(settings.jaxrsEnabled()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " | ", value = {
        "statusproblems.instance | sometimes | is not one of path, uuid, none",
        "statusproblems.detail-max-length | lots | is not a whole number of 1 or more",
        "statusproblems.detail-max-length | 0 | is not a whole number of 1 or more",
        "statusproblems.server-error-details | yes | is neither true nor false",
        "statusproblems.servlet.enabled | 1 | is neither true nor false",
        "statusproblems.404.detail | all | is not one of message, generic, none",
        "statusproblems.5xx.problem | off | is neither true nor false",
        "statusproblems.catalogue-path | problems | is not a path for the catalogue",
        "statusproblems.catalogue-path | /a/../b | is not a path for the catalogue",
        "statusproblems.type-base | https://x/a b | is not a URI",
        "statusproblems.type-base | problems/ | cannot be a base for type URIs",
        "statusproblems.servlet.async-timeout | never | is not one of auto, filter, container",
        "statusproblems.503.retry-after | soon | is not a whole number of seconds, 0 or more",
        "statusproblems.forbidden-as-not-found | admin | is neither true, false nor a list of path prefixes",
        "statusproblems.forbidden-as-not-found | /a/../b | is neither true, false nor a list of path prefixes",
        "statusproblems.429.retry-after | -5 | is not a whole number of seconds, 0 or more",
    })
    void malformedValueIsRefusedNamingItsKeyAndValue(String key, String value, String fault) {
        assertThatThrownBy(() -> Settings.of(Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key + " '" + value + "' " + fault);
    }

    @Test
    void systemPropertyWinsOverTheApplicationsParameter() {
        String key = Setting.DETAIL_MAX_LENGTH.key();
        System.setProperty(key, "100");
        try {
            assertThat(Settings.read(Map.of(key, "200")).detailMaxLength()).isEqualTo(100);
        } finally {
            System.clearProperty(key);
        }
        assertThat(Settings.read(Map.of(key, "200")).detailMaxLength()).isEqualTo(200);
    }

    @Test
    void everyKeyIsKnownByItsSetting() {
        for (Setting setting : Setting.values()) {
            String key = setting.perStatus() ? setting.key("4xx") : setting.key();
            assertThat(Setting.ofKey(key)).contains(setting);
        }
        assertThat(Setting.ofKey("statusproblems.200.detail")).isEmpty();
        assertThat(Setting.ofKey("statusproblems.instances")).isEmpty();
    }
}
