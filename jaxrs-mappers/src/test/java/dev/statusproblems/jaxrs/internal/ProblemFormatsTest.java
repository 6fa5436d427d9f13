package dev.statusproblems.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statusproblems.model.internal.Negotiation.Format;
import org.junit.jupiter.api.Test;

class ProblemFormatsTest {

    @Test
    void noAcceptGetsJson() {
        assertThat(ProblemFormats.choose(null)).isEqualTo(Format.JSON);
    }

    @Test
    void plainXmlGetsXml() {
        assertThat(ProblemFormats.choose("application/xml")).isEqualTo(Format.XML);
    }

    @Test
    void jsonAndXmlEquallyGetJson() {
        assertThat(ProblemFormats.choose("application/xml, application/json")).isEqualTo(Format.JSON);
    }

    @Test
    void browserGetsHtml() {
        assertThat(ProblemFormats.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(Format.HTML);
    }

    @Test
    void htmlAloneGetsHtml() {
        assertThat(ProblemFormats.choose("text/html")).isEqualTo(Format.HTML);
    }

    @Test
    void javaClientsDefaultAcceptGetsJson() {
        assertThat(ProblemFormats.choose("text/html, image/gif, image/jpeg, */*; q=0.2")).isEqualTo(Format.JSON);
        assertThat(ProblemFormats.choose("text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"))
                .isEqualTo(Format.JSON);
    }

    @Test
    void malformedAcceptGetsJson() {
        assertThat(ProblemFormats.choose(";;q=x,,")).isEqualTo(Format.JSON);
    }
}
