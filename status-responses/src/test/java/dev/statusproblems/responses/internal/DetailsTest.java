package dev.statusproblems.responses.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DetailsTest {

    @Test
    void applicationsOwnMessageIsKeptStripped() {
        assertThat(Details.applicationMessage("  Order 42 does not exist ", "/shop/api/orders/42", 404))
                .isEqualTo("Order 42 does not exist");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "HTTP 404 Not Found", "HTTP 404", "Not Found", "not found",
        "RESTEASY003210: Could not find resource for full path: /x",
        "UT010023: Request was not handled",
        "java.lang.NumberFormatException: For input string: \"ten\"",
        "Cannot handle http://localhost:8123/shop/x",
        "No order at /shop/api/orders/42",
        "!role",
        "HTTP method GET is not supported by this URL",
        "Method PATCH is not implemented by this servlet for this URI",
    })
    void cannedOrInternalTextIsNoDetail(String message) {
        assertThat(Details.applicationMessage(message, "/shop/api/orders/42", 404)).isNull();
    }

    @Test
    void absentMessageIsNoDetail() {
        assertThat(Details.applicationMessage(null, null, 400)).isNull();
    }
}
