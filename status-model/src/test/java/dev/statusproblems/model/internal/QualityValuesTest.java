package dev.statusproblems.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualityValuesTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0.,0", "0.5,0.5", "0.123,0.123", "1,1", "1.,1", "1.000,1", ".2,0.2", "' 0.8 ',0.8"})
    void readsQualityValues(String value, double weight) {
        assertThat(QualityValues.parse(value)).isEqualTo(weight);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "2", "-1", "0.1234", "1.001", "1.5", "0.5.1", "1e0", "NaN", "+0.5", "0x1"})
    void refusesWhatIsNoQualityValue(String value) {
        assertThat(QualityValues.parse(value)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "*/*;q=0.8", "text/html, */*; Q=0.5", "a/b;ext=\"x;q=abc,y\";q=1",
        "text/html,image/gif,image/jpeg,*;q=.2,*/*;q=.2", "a/b;quality=zz", "en-GB;q=0.9, ko;q=0.8"})
    void acceptsHeadersWhoseWeightsAreWellFormed(String field) {
        assertThat(QualityValues.wellFormed(field)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html;q=abc", "text/html;q=", "text/html;q", "*/*;q=2", "a/b, c/d;q=-1",
        "a/b;q=0.5;q=x", "application/json; q=abc", "a/b;ext=\"unclosed"})
    void refusesHeadersWithAMalformedWeight(String field) {
        assertThat(QualityValues.wellFormed(field)).isFalse();
    }
}
