package dev.statusproblems.responses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.responses.internal.Negotiation.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NegotiationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/problem+json|JSON",
        "application/json|JSON",
        "*/*|JSON",
        "application/problem+xml|XML",
        "application/xml|XML",
        "text/xml|XML",
        "application/problem+json;q=0.5, application/problem+xml|XML",
        "application/problem+xml;q=0.5, application/json|JSON",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML",
        "text/html;q=0.1, application/json|JSON",
        "text/plain|JSON",
        "image/png|JSON",
        "text/html|HTML",
        "application/xml, application/json|JSON",
        "text/html, image/gif, image/jpeg, */*; q=0.2|JSON",
        "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2|JSON",
    })
    void choosesThePreferredRepresentation(String accept, Format expected) {
        assertThat(Negotiation.choose(accept)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {";;;", ",,,", "text/html;q=abc", "application/xml;q=", "\u0000", "/", "a/b/c", "text/html;q",
        "text/html;q=2", "text/html;q=-1", "text/html;q=0.1234", "application/xml;q=1.001"})
    void malformedOrAbsentHeaderGetsJson(String accept) {
        assertThat(Negotiation.choose(accept)).isEqualTo(Format.JSON);
    }
}
