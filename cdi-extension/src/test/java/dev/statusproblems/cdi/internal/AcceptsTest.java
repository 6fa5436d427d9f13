package dev.statusproblems.cdi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.internal.Negotiation.Format;
import org.junit.jupiter.api.Test;

class AcceptsTest {

    @Test
    void htmlAloneGetsHtml() {
        assertThat(Accepts.choose("text/html")).isEqualTo(Format.HTML);
    }

    @Test
    void xmlAloneGetsXml() {
        assertThat(Accepts.choose("application/xml")).isEqualTo(Format.XML);
    }

    @Test
    void browserHeaderGetsHtml() {
        assertThat(Accepts.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(Format.HTML);
    }

    @Test
    void anythingGetsJson() {
        assertThat(Accepts.choose("*/*")).isEqualTo(Format.JSON);
    }

    @Test
    void jsonPreferredOverHtmlGetsJson() {
        assertThat(Accepts.choose("text/html;q=0.5, application/json")).isEqualTo(Format.JSON);
    }

    @Test
    void unrelatedTypeGetsJson() {
        assertThat(Accepts.choose("image/png")).isEqualTo(Format.JSON);
    }

    @Test
    void malformedHeaderGetsJson() {
        assertThat(Accepts.choose(";;q=x,,")).isEqualTo(Format.JSON);
        assertThat(Accepts.choose(null)).isEqualTo(Format.JSON);
    }
}
