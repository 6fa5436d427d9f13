package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusTextsTest {

    @Test
    void everyRegisteredCodeHasAnEnglishTitleEqualToItsReasonPhrase() {
        for (HttpStatus status : HttpStatus.registered()) {
            assertThat(status.title(Locale.ENGLISH)).as("title of %s", status).isEqualTo(status.reasonPhrase());
        }
    }

    @Test
    void everyRegisteredCodeHasAKoreanTitleAndDescriptionInHangul() {
        for (HttpStatus status : HttpStatus.registered()) {
            assertThat(status.title(Locale.KOREAN)).as("title of %s", status).isNotBlank();
            assertThat(status.description(Locale.KOREAN)).as("description of %s", status)
                    .matches(".*[\\uAC00-\\uD7A3].*");
        }
    }

    @Test
    void everyRegisteredCodeHasAnEnglishDescription() {
        for (HttpStatus status : HttpStatus.registered()) {
            assertThat(status.description(Locale.ENGLISH)).as("description of %s", status).hasSizeGreaterThan(20);
        }
    }

    @Test
    void koreanTitlesAreTranslated() {
        assertThat(HttpStatus.of(404).title(Locale.KOREAN)).isEqualTo("찾을 수 없음");
        assertThat(HttpStatus.of(500).title(Locale.KOREAN)).isEqualTo("내부 서버 오류");
    }

    @Test
    void unauthorizedAndForbiddenDescriptionsTellTheirDifference() {
        assertThat(HttpStatus.of(401).description(Locale.ENGLISH)).contains("WWW-Authenticate").contains("403");
        assertThat(HttpStatus.of(403).description(Locale.ENGLISH)).contains("401");
        assertThat(HttpStatus.of(401).description(Locale.KOREAN)).contains("WWW-Authenticate").contains("403");
        assertThat(HttpStatus.of(403).description(Locale.KOREAN)).contains("401");
    }

    @Test
    void notFoundDescriptionSaysItMayHideAForbiddenResource() {
        assertThat(HttpStatus.of(404).description(Locale.ENGLISH)).contains("403");
        assertThat(HttpStatus.of(404).description(Locale.KOREAN)).contains("403");
    }

    @Test
    void serviceUnavailableDescriptionRecommendsRetryAfter() {
        assertThat(HttpStatus.of(503).description(Locale.ENGLISH)).contains("Retry-After");
        assertThat(HttpStatus.of(503).description(Locale.KOREAN)).contains("Retry-After");
    }

    @Test
    void redirectDescriptionsSayWhatHappensToPost() {
        assertThat(HttpStatus.of(301).description(Locale.ENGLISH)).contains("POST").contains("GET");
        assertThat(HttpStatus.of(302).description(Locale.ENGLISH)).contains("POST").contains("GET");
        assertThat(HttpStatus.of(303).description(Locale.ENGLISH)).contains("GET");
        assertThat(HttpStatus.of(307).description(Locale.KOREAN)).contains("POST");
    }

    @Test
    void formerNamesAreMentioned() {
        assertThat(HttpStatus.of(413).description(Locale.ENGLISH)).contains("Payload Too Large");
        assertThat(HttpStatus.of(422).description(Locale.ENGLISH)).contains("Unprocessable Entity");
    }
}
