package dev.statusproblems.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which messages of a 4xx exception may become the problem's detail. */
class ClientDetailTest {

    private final ProblemResponses responses = ProblemResponses.fromSettings();
    private final RequestFacts outsideRequest = RequestFacts.of(null, null, null, null);

    @Test
    void applicationMessageIsKept() {
        assertThat(responses.clientDetail("Order 42 does not exist", 404, outsideRequest)).isEqualTo("Order 42 does not exist");
    }

    @Test
    void cannedWebApplicationExceptionMessageIsDropped() {
        assertThat(responses.clientDetail("HTTP 404 Not Found", 404, outsideRequest)).isNull();
    }

    @Test
    void resteasyMessageCodeIsDropped() {
        assertThat(responses.clientDetail("RESTEASY003210: Could not find resource for full path: /x", 404, outsideRequest))
                .isNull();
    }

    @Test
    void classNameIsDropped() {
        assertThat(responses.clientDetail("java.lang.NumberFormatException: For input string: \"ten\"",
                404, outsideRequest)).isNull();
    }

    @Test
    void urlIsDropped() {
        assertThat(responses.clientDetail("Cannot handle http://localhost:8123/shop/x", 404, outsideRequest)).isNull();
    }

    @Test
    void longMessageIsCutToTheConfiguredLength() {
        assertThat(responses.clientDetail("a".repeat(600), 404, outsideRequest)).hasSize(512).endsWith("…");
    }
}
