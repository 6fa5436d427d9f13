package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ko|ko",
        "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7|ko",
        "en-US,en;q=0.9,ko;q=0.8|en",
        "fr-CH, fr;q=0.9, ko;q=0.5|ko",
        "en;q=0.5, ko;q=0.6|ko",
        "fr, de|en",
        "*|en",
        "ko;q=0, en|en",
        "KO|ko",
    })
    void negotiatePicksTheMostPreferredSupportedLanguage(String header, String expected) {
        assertThat(Languages.negotiate(header).getLanguage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {";;;", "ko;q=abc", "ko;q=7", ",,,", "q=1", "\u0000\u0001", "ko;q="})
    void malformedOrAbsentHeaderGetsEnglish(String header) {
        assertThat(Languages.negotiate(header)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void hugeHeaderIsReadOnlyAsFarAsItsFirstRanges() {
        String header = "ko," + "x-junk;q=0.1,".repeat(100_000);

        assertThat(Languages.negotiate(header)).isEqualTo(Locale.KOREAN);
    }

    @Test
    void unsupportedLocaleFallsBackToEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(Languages.of(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
            assertThat(HttpStatus.of(404).title(Locale.FRENCH)).isEqualTo("Not Found");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void koreanLocaleWithCountryIsKorean() {
        assertThat(Languages.of(Locale.KOREA)).isEqualTo(Locale.KOREAN);
    }
}
