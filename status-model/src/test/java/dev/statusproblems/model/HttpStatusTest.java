package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statusproblems.model.StatusHeader.Requirement;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStatusTest {

    @Test
    void registryHoldsEveryIanaCodeAndNoOther() {
        assertThat(HttpStatus.registered()).extracting(HttpStatus::code).containsExactly(
                100, 101, 102, 103,
                200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
                300, 301, 302, 303, 304, 305, 306, 307, 308,
                400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
                421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
                500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100|Continue|RFC 9110, Section 15.2.1",
        "103|Early Hints|RFC 8297",
        "207|Multi-Status|RFC 4918, Section 11.1",
        "308|Permanent Redirect|RFC 9110, Section 15.4.9",
        "413|Content Too Large|RFC 9110, Section 15.5.14",
        "416|Range Not Satisfiable|RFC 9110, Section 15.5.17",
        "418|(Unused)|RFC 9110, Section 15.5.19",
        "422|Unprocessable Content|RFC 9110, Section 15.5.21",
        "425|Too Early|RFC 8470, Section 5.2",
        "429|Too Many Requests|RFC 6585, Section 4",
        "451|Unavailable For Legal Reasons|RFC 7725, Section 3",
        "511|Network Authentication Required|RFC 6585, Section 6",
    })
    void registeredCodeHasItsCurrentReasonPhraseAndReference(int code, String phrase, String reference) {
        HttpStatus status = HttpStatus.of(code);

        assertThat(status.code()).isEqualTo(code);
        assertThat(status.reasonPhrase()).isEqualTo(phrase);
        assertThat(status.reference()).isEqualTo(reference);
        assertThat(status.isRegistered()).isTrue();
        assertThat(status.behavesAs()).isSameAs(status);
    }

    @ParameterizedTest
    @CsvSource({"199,INFORMATIONAL", "250,SUCCESSFUL", "399,REDIRECTION", "499,CLIENT_ERROR", "599,SERVER_ERROR"})
    void unregisteredCodeKeepsItsNumberAndBehavesAsTheX00OfItsClass(int code, StatusClass statusClass) {
        HttpStatus status = HttpStatus.of(code);

        assertThat(status.code()).isEqualTo(code);
        assertThat(status.isRegistered()).isFalse();
        assertThat(status.statusClass()).isEqualTo(statusClass);
        assertThat(status.behavesAs().code()).isEqualTo(code / 100 * 100);
        assertThat(status.reasonPhrase()).isEqualTo(status.behavesAs().reasonPhrase());
        assertThat(status.title(Locale.ENGLISH)).isEqualTo(status.behavesAs().title(Locale.ENGLISH));
        assertThat(status.toString()).startsWith(code + " ");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 99, 600, 1000, Integer.MAX_VALUE})
    void codeOutsideTheRangeIsRefusedNamingTheValue(int code) {
        assertThatThrownBy(() -> HttpStatus.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTP status code must be between 100 and 599, but was " + code);
    }

    @Test
    void everyCodeHasTheClassOfItsFirstDigit() {
        for (int code = 100; code < 600; code++) {
            assertThat(HttpStatus.of(code).statusClass()).isEqualTo(StatusClass.values()[code / 100 - 1]);
            assertThat(StatusClass.of(code)).isEqualTo(HttpStatus.of(code).statusClass());
        }
    }

    @Test
    void ofReturnsTheSharedInstance() {
        assertThat(HttpStatus.of(404)).isSameAs(HttpStatus.of(404)).isEqualTo(HttpStatus.of(404));
        assertThat(HttpStatus.of(404)).isNotEqualTo(HttpStatus.of(400));
    }

    @Test
    void onlyInformationalNoContentResetContentAndNotModifiedForbidContent() {
        String forbidding = HttpStatus.registered().stream().filter(s -> !s.allowsContent())
                .map(s -> Integer.toString(s.code())).collect(Collectors.joining(","));

        assertThat(forbidding).isEqualTo("100,101,102,103,204,205,304");
        assertThat(HttpStatus.of(199).allowsContent()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "401,WWW-Authenticate,MUST", "405,Allow,MUST", "407,Proxy-Authenticate,MUST",
        "416,Content-Range,SHOULD", "206,Content-Range,MUST", "429,Retry-After,MAY", "503,Retry-After,MAY",
        "301,Location,SHOULD", "302,Location,SHOULD", "303,Location,SHOULD", "307,Location,SHOULD",
        "308,Location,SHOULD", "101,Upgrade,MUST", "426,Upgrade,MUST", "201,Location,MAY",
    })
    void statusNamesTheHeaderThatGoesWithIt(int code, String header, Requirement requirement) {
        assertThat(HttpStatus.of(code).headers()).containsExactly(new StatusHeader(header, requirement));
    }

    @Test
    void plainStatusesHaveNoAssociatedHeader() {
        assertThat(HttpStatus.of(200).headers()).isEmpty();
        assertThat(HttpStatus.of(404).headers()).isEmpty();
        assertThat(HttpStatus.of(500).headers()).isEmpty();
    }

    @Test
    void redirectsSayWhatHappensToTheMethod() {
        assertThat(HttpStatus.of(301).redirectMethod()).contains(RedirectMethod.MAY_BECOME_GET);
        assertThat(HttpStatus.of(302).redirectMethod()).contains(RedirectMethod.MAY_BECOME_GET);
        assertThat(HttpStatus.of(303).redirectMethod()).contains(RedirectMethod.BECOMES_GET);
        assertThat(HttpStatus.of(307).redirectMethod()).contains(RedirectMethod.KEPT);
        assertThat(HttpStatus.of(308).redirectMethod()).contains(RedirectMethod.KEPT);
        assertThat(HttpStatus.of(304).redirectMethod()).isEmpty();
        assertThat(HttpStatus.of(200).redirectMethod()).isEmpty();
    }

    @Test
    void cacheableByDefaultAreExactlyTheCodesOfRfc9110Section15_1AndRfc7725() {
        String cacheable = HttpStatus.registered().stream().filter(HttpStatus::isCacheableByDefault)
                .map(s -> Integer.toString(s.code())).collect(Collectors.joining(","));

        assertThat(cacheable).isEqualTo("200,203,204,206,300,301,308,404,405,410,414,451,501");
    }

    @Test
    void unregisteredCodeIsNeverCacheable() {
        assertThat(HttpStatus.of(299).isCacheableByDefault()).isFalse();
        assertThat(HttpStatus.of(200).isCacheableByDefault()).isTrue();
    }

    @Test
    void retryHelpsForTimeoutsRateLimitsAndTemporaryFailures() {
        String retryable = HttpStatus.registered().stream().filter(HttpStatus::isRetryable)
                .map(s -> Integer.toString(s.code())).collect(Collectors.joining(","));

        assertThat(retryable).isEqualTo("408,421,425,429,502,503,504");
        assertThat(HttpStatus.of(400).isRetryable()).isFalse();
    }

    @Test
    void statusClassKnowsWhichClassesAreErrors() {
        assertThat(StatusClass.CLIENT_ERROR.isError()).isTrue();
        assertThat(StatusClass.SERVER_ERROR.isError()).isTrue();
        assertThat(StatusClass.REDIRECTION.isError()).isFalse();
    }
}
