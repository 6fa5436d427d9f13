package dev.statusproblems.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SuiteTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern HANGUL = Pattern.compile(".*[\\uAC00-\\uD7A3].*");

    /** The bundle files as they are, so that no fallback hides a missing text. */
    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SuiteText.class.getResourceAsStream("internal/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(SuiteText.class)
    void hasAnEnglishAndAKoreanTextInHangulWithTheSamePlaceholders(SuiteText text) throws IOException {
        String english = bundle("texts.properties").getProperty(text.key());
        String korean = bundle("texts_ko.properties").getProperty(text.key());

        assertThat(english).as("English %s", text.key()).isNotBlank();
        assertThat(korean).as("Korean %s", text.key()).isNotBlank().matches(HANGUL);
        assertThat(placeholders(korean)).as("placeholders of %s", text.key()).isEqualTo(placeholders(english));
    }

    @Test
    void everyKeyOfTheBundlesIsASuiteText() throws IOException {
        Set<String> keys = Arrays.stream(SuiteText.values()).map(SuiteText::key).collect(Collectors.toSet());

        assertThat(bundle("texts.properties").stringPropertyNames()).isEqualTo(keys);
        assertThat(bundle("texts_ko.properties").stringPropertyNames()).isEqualTo(keys);
    }

    @Test
    void placeholdersTakeTheArgumentsAsTheyAre() {
        assertThat(SuiteText.QUERY_PARAMETER_INVALID.in(Locale.ENGLISH, "limit"))
                .isEqualTo("Query parameter 'limit' is not valid");
        assertThat(SuiteText.INVALID_VALUES.in(Locale.ENGLISH, 1234)).isEqualTo("The request has 1234 invalid values");
        assertThat(SuiteText.INVALID_VALUES.in(Locale.KOREAN, 2)).isEqualTo("요청에 잘못된 값이 2개 있습니다");
    }

    @Test
    void bracesThatAreNoPlaceholderAreWrittenAsTheyAre() {
        assertThat(SuiteText.OPENAPI_RELATIVE_TYPES.in(Locale.ENGLISH, "/problems"))
                .isEqualTo("Relative types are sent resolved against the problem catalogue, {context root}/problems/,"
                        + " where each has its page.");
    }

    @Test
    void languageIsChosenByItsLanguageOnly() {
        assertThat(SuiteText.BODY_NOT_JSON.in(Locale.forLanguageTag("ko-KR"))).isEqualTo("요청 본문이 올바른 JSON이 아닙니다");
        assertThat(SuiteText.BODY_NOT_JSON.in(Locale.UK)).isEqualTo("The request body is not valid JSON");
    }

    @Test
    void unsupportedOrNoLanguageIsEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
        try {
            assertThat(SuiteText.BODY_UNREADABLE.in(Locale.JAPANESE)).isEqualTo("The request body cannot be read");
            assertThat(SuiteText.BODY_UNREADABLE.in(null)).isEqualTo("The request body cannot be read");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void tooFewArgumentsAreRefused() {
        assertThatThrownBy(() -> SuiteText.HEADER_FIELD_INVALID.in(Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HEADER_FIELD_INVALID has {0} but was given 0 argument(s)");
    }

    @Test
    void tooManyArgumentsAreRefused() {
        assertThatThrownBy(() -> SuiteText.BODY_NOT_XML.in(Locale.ENGLISH, "extra"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BODY_NOT_XML takes 0 argument(s) but was given 1");
    }

    @Test
    void serverErrorDetailSaysToQuoteTheInstance() {
        assertThat(SuiteText.SERVER_ERROR_DETAIL.in(Locale.ENGLISH)).isEqualTo(
                "The server could not complete the request. Quote the instance identifier when you report the problem.");
    }
}
